/**
 * What every document of a run shares, read once: the Tinos fonts (for measuring, the PDF and the HTML
 * page), the DOCX layout template and the agency registry, each with its content hash.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DocumentError } from '../core/errors.ts';
import { sha256 } from '../core/hash.ts';
import { FONT_VARIANTS, TINOS_FILES, type FontFiles } from '../layout/fonts.ts';
import type { InputFile } from '../model/inputs.ts';
import { parseRegistry, type Registry } from '../model/registry.ts';
import { decodeText } from '../readers/encoding.ts';
import { parseSourceText } from '../readers/parse.ts';

export interface FontResources {
  files: FontFiles;
  inputs: InputFile[];
}

let fonts: FontResources | undefined;
const require = createRequire(import.meta.url);

/** The Tinos font files of the `@expo-google-fonts/tinos` package (read once per process). */
export function loadFonts(): FontResources {
  if (!fonts) {
    const dir = require.resolve('@expo-google-fonts/tinos/package.json').replace(/package\.json$/, '');
    const entries = FONT_VARIANTS.map((variant) => {
      const path = dir + TINOS_FILES[variant];
      const bytes = new Uint8Array(readFileSync(path));
      return { variant, bytes, input: { path, sha256: sha256(bytes) } };
    });
    fonts = {
      files: Object.fromEntries(entries.map((e) => [e.variant, e.bytes])) as FontFiles,
      inputs: entries.map((e) => e.input),
    };
  }
  return fonts;
}

export interface LoadedTemplate extends InputFile {
  bytes: Uint8Array;
}

/** The DOCX layout template; a file that cannot be read gives a message that says what to do. */
export function loadDocxTemplate(path: string): LoadedTemplate | { error: string } {
  try {
    const bytes = readFileSync(path);
    return { path, bytes, sha256: sha256(bytes) };
  } catch {
    return { error: `không mở được mẫu DOCX "${path}". Kiểm tra đường dẫn, hoặc chạy "npm run build:template" để tạo lại mẫu mặc định.` };
  }
}

export interface LoadedRegistry {
  registry: Registry;
  file?: InputFile;
}

/** The agency registry; without the file, an empty one (documents may declare their agency in full). */
export function loadRegistry(path: string): LoadedRegistry {
  if (!existsSync(path)) return { registry: { path, agencies: new Map() } };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new DocumentError([{ severity: 'loi', file: path, message: 'không đọc được danh mục cơ quan. Kiểm tra quyền đọc tệp.' }]);
  }
  return { registry: parseRegistry(parseSourceText(decodeText(bytes, path), path)), file: { path, sha256: sha256(bytes) } };
}
