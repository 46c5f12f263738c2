/**
 * What every document of a run shares, read once: the Tinos fonts (for measuring, the PDF and the HTML
 * page), the DOCX layout template and the agency registry, each with its content hash.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DocumentError, type Problem } from '../core/errors.ts';
import type { Kept } from '../core/kept.ts';
import { sha256 } from '../core/hash.ts';
import { FONT_VARIANTS, TINOS_FILES, type FontFiles, type FontVariant } from '../layout/fonts.ts';
import type { InputFile } from '../model/inputs.ts';
import { parseRegistry, type Registry } from '../model/registry.ts';
import { decodeText } from '../readers/encoding.ts';
import { parseSourceText } from '../readers/parse.ts';
import { readTemplateFile } from '../readers/template.ts';
import { inputsJsonSchema, templateInputs } from '../content/template-inputs.ts';
import { templateFault } from '../content/templates.ts';
import { isInside } from './files.ts';
import { CONTENT_TEMPLATE_DIR, CONTENT_TEMPLATE_EXT } from './resolver.ts';

export interface FontResources {
  /** Each face's bytes, read when first used (a run that measures with the width tables and writes no PDF never reads them). */
  files: FontFiles;
  /** Each face's file and hash. */
  inputs: Record<FontVariant, InputFile>;
}

let fonts: FontResources | undefined;
const require = createRequire(import.meta.url);

/**
 * The Tinos font files of the `@expo-google-fonts/tinos` package, once per process (see readFonts).
 */
export function loadFonts(hashOf?: (path: string) => string | undefined): FontResources {
  return (fonts ??= readFonts(hashOf));
}

/**
 * The Tinos font files. `hashOf`: a file's hash when known without reading it (the build's file stamps,
 * build/file-stamps.ts); when it gives none, the file is read and hashed. A file read later must still
 * be the one of that hash (the layout chose its width table by it): one changed during the run (the
 * package reinstalled while `theo-doi` runs) fails the documents that need its bytes, never mixes two fonts.
 */
export function readFonts(hashOf: (path: string) => string | undefined = () => undefined): FontResources {
  const dir = require.resolve('@expo-google-fonts/tinos/package.json').replace(/package\.json$/, '');
  const files = {} as FontFiles;
  const inputs = {} as Record<FontVariant, InputFile>;
  for (const variant of FONT_VARIANTS) {
    const path = dir + TINOS_FILES[variant];
    let bytes: Uint8Array | undefined;
    const read = (): Uint8Array => {
      if (bytes) return bytes;
      const fresh = new Uint8Array(readFileSync(path));
      if (inputs[variant] && sha256(fresh) !== inputs[variant].sha256) throw new DocumentError([{ severity: 'loi', file: path, message: FONT_CHANGED }]);
      return (bytes = fresh);
    };
    Object.defineProperty(files, variant, { get: read, enumerable: true });
    inputs[variant] = { path, sha256: hashOf(path) ?? sha256(read()) };
  }
  return { files, inputs };
}

const FONT_CHANGED = 'tệp phông chữ đã thay đổi trong khi chương trình đang chạy (gói phông được cài lại?). Chạy lại lệnh (dừng và chạy lại "theo-doi").';

export interface LoadedTemplate extends InputFile {
  bytes: Uint8Array;
}

const REBUILD = 'chạy "npm run build:template" để tạo lại mẫu mặc định';

export interface TemplateLoad {
  /** Larger files are refused before being read (the DOCX writer's limit). */
  maxBytes: number;
  /** For the default template: the templates folder, which it must be a file of (not a link to a file elsewhere). */
  templatesDir?: string;
}

/**
 * The DOCX layout template; a file that cannot be read, or is too big to be one, gives a message that
 * says what to do (its content is checked by the DOCX writer). A template named on the command line
 * may be anywhere, as the user chose it.
 */
export function loadDocxTemplate(path: string, { maxBytes, templatesDir }: TemplateLoad): LoadedTemplate | { problem: Problem } {
  const problem = (message: string) => ({ problem: { severity: 'loi' as const, file: path, message } });
  const fix = templatesDir ? REBUILD : `kiểm tra đường dẫn sau --mau-docx, hoặc bỏ --mau-docx để dùng mẫu mặc định`;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return problem(`mẫu DOCX này không phải một tệp (là thư mục?): ${fix}.`);
    if (templatesDir && !isInside(realpathSync(path), realpathSync(templatesDir))) {
      return problem(`mẫu DOCX mặc định là liên kết tới tệp nằm ngoài thư mục mẫu: thay liên kết bằng tệp thật, hoặc ${REBUILD}.`);
    }
    if (stat.size > maxBytes) {
      return problem(`mẫu DOCX này nặng ${Math.ceil(stat.size / 1024 / 1024)} MB, quá giới hạn ${maxBytes / 1024 / 1024} MB của một mẫu (một mẫu văn bản chỉ cần vài chục KB): bỏ khỏi mẫu các ảnh, tệp nhúng lớn rồi lưu lại.`);
    }
    const bytes = readFileSync(path);
    return { path, bytes, sha256: sha256(bytes) };
  } catch {
    return problem(`không mở được mẫu DOCX này: ${fix}.`);
  }
}

export interface LoadedRegistry {
  registry: Registry;
  file?: InputFile;
}

/** Registries parsed and checked by earlier runs, by their file's path and hash. */
export type KeptRegistries = Kept<Registry>;

/**
 * The agency registry; without the file, an empty one (documents may declare their agency in full).
 * `kept`: the registry of these very bytes, parsed and checked by an earlier run (parsing its YAML and
 * checking it took ~15 ms of each start).
 */
export function loadRegistry(path: string, kept?: KeptRegistries): LoadedRegistry {
  if (!existsSync(path)) return { registry: { path, agencies: new Map() } };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new DocumentError([{ severity: 'loi', file: path, message: 'không đọc được danh mục cơ quan. Kiểm tra quyền đọc tệp.' }]);
  }
  const file = { path, sha256: sha256(bytes) };
  // Its messages name the file: the same bytes elsewhere are another registry.
  const key = `${path}\0${file.sha256}`;
  const known = kept?.get(key);
  if (known) return { registry: known, file };
  const registry = parseRegistry(parseSourceText(decodeText(bytes, path), path));
  kept?.set(key, registry);
  return { registry, file };
}

/** The du_lieu JSON Schema of each content template in `templatesDir` that declares its inputs, by name (for the published schema). */
export function contentTemplateSchemas(templatesDir: string): Record<string, object> {
  const dir = join(templatesDir, CONTENT_TEMPLATE_DIR);
  const names = readdirSync(dir).filter((f) => f.endsWith(CONTENT_TEMPLATE_EXT)).sort();
  const schemas: Record<string, object> = {};
  for (const file of names) {
    const path = join(dir, file);
    const { front } = readTemplateFile(decodeText(new Uint8Array(readFileSync(path)), path), path);
    if (!front) continue;
    const { inputs, problems } = templateInputs({ path, ...front });
    if (!inputs) throw new DocumentError(problems);
    schemas[file.slice(0, -CONTENT_TEMPLATE_EXT.length)] = inputsJsonSchema(inputs);
  }
  return schemas;
}
/** Every content template of `templatesDir` checked on its own, declarations and text: one no document uses yet too (for the check command). */
export function checkContentTemplates(templatesDir: string): Problem[] {
  const dir = join(templatesDir, CONTENT_TEMPLATE_DIR);
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((f) => f.endsWith(CONTENT_TEMPLATE_EXT)).sort();
  return names.flatMap((file) => checkContentTemplate(join(dir, file)));
}

function checkContentTemplate(path: string): Problem[] {
  try {
    const { text, front } = readTemplateFile(decodeText(new Uint8Array(readFileSync(path)), path), path);
    const declared = front ? templateInputs({ path, ...front }).problems : [];
    const fault = templateFault(text);
    return fault ? [...declared, { severity: 'loi', file: path, line: fault.line, message: fault.message }] : declared;
  } catch (e) {
    if (e instanceof DocumentError) return e.problems;
    throw e;
  }
}
