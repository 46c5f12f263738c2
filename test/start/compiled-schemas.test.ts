/** The schema validators compiled ahead of time (src/schema/compiled.ts) are those of the schemas as they are now. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPILED_FILE, validatorsSource } from '../../scripts/validators.ts';
import { TEMPLATE_FRONT_MATTER_SCHEMA } from '../../src/content/template-inputs.ts';
import { DOCUMENT_SCHEMA, NOMINEE_FILE_SCHEMA, REGISTRY_SCHEMA } from '../../src/schema/data-schema.ts';
import * as precompiled from '../../src/schema/compiled.ts';
import { compiledName } from '../../src/schema/validate.ts';

describe('schema validators compiled ahead of time', () => {
  it('src/schema/compiled.ts is what `npm run build:schema` makes from the schemas now', () => {
    expect(readFileSync(COMPILED_FILE, 'utf8') === validatorsSource(), `${COMPILED_FILE} is out of date: run npm run build:schema`).toBe(true);
  });

  it('has a validator for every data schema, so a run compiles none', () => {
    const names = [DOCUMENT_SCHEMA, NOMINEE_FILE_SCHEMA, REGISTRY_SCHEMA, TEMPLATE_FRONT_MATTER_SCHEMA].map(compiledName);
    expect(names.map((n) => typeof (precompiled as Record<string, unknown>)[n])).toEqual(['function', 'function', 'function', 'function']);
  });

  it('a changed schema gets another name (an old validator is never used for it)', () => {
    expect(compiledName({ ...DOCUMENT_SCHEMA, required: ['loai'] })).not.toBe(compiledName(DOCUMENT_SCHEMA));
  });
});
