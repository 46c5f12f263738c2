/** The Tinos fonts (for measuring, the PDF and the HTML page), read once per process, with their content hashes. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sha256 } from '../core/hash.ts';
import { FONT_VARIANTS, TINOS_FILES, type FontFiles } from '../layout/fonts.ts';
import type { InputFile } from '../model/inputs.ts';

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

