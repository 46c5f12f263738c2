/** The schema validators compiled ahead of time (src/schema/compiled.ts, compiled-batch.ts) are those of the schemas as they are now. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatorsSources } from '../../scripts/validators.ts';
import { TEMPLATE_FRONT_MATTER_SCHEMA } from '../../src/content/template-inputs.ts';
import { BATCH_SCHEMA, DOCUMENT_SCHEMA, NOMINEE_FILE_SCHEMA, REGISTRY_SCHEMA } from '../../src/schema/data-schema.ts';
import * as precompiled from '../../src/schema/compiled.ts';
import * as batchPrecompiled from '../../src/schema/compiled-batch.ts';
import { compiledName, loadBatchValidators, precompiledFor } from '../../src/schema/validate.ts';

describe('schema validators compiled ahead of time', () => {
  it('src/schema/compiled*.ts are what `npm run build:schema` makes from the schemas now', () => {
    const sources = validatorsSources();
    expect(Object.keys(sources)).toEqual(['src/schema/compiled.ts', 'src/schema/compiled-batch.ts', 'src/schema/compiled-runtime.ts']);
    for (const [file, source] of Object.entries(sources)) expect(readFileSync(file, 'utf8') === source, `${file} is out of date: run npm run build:schema`).toBe(true);
  });

  it('has a validator for every data schema, so a run compiles none', () => {
    const names = [DOCUMENT_SCHEMA, NOMINEE_FILE_SCHEMA, REGISTRY_SCHEMA, TEMPLATE_FRONT_MATTER_SCHEMA].map(compiledName);
    expect(names.map((n) => typeof (precompiled as Record<string, unknown>)[n])).toEqual(['function', 'function', 'function', 'function']);
    expect(typeof (batchPrecompiled as Record<string, unknown>)[compiledName(BATCH_SCHEMA)]).toBe('function');
  });

  it("a batch's validator is loaded only when asked for (a run without a batch does not load its code)", async () => {
    expect(precompiledFor(DOCUMENT_SCHEMA)).toBeDefined();
    expect(precompiledFor(BATCH_SCHEMA)).toBeUndefined();
    await loadBatchValidators();
    expect(precompiledFor(BATCH_SCHEMA)).toBe((batchPrecompiled as Record<string, unknown>)[compiledName(BATCH_SCHEMA)]);
  });

  it('a changed schema gets another name (an old validator is never used for it)', () => {
    expect(compiledName({ ...DOCUMENT_SCHEMA, required: ['loai'] })).not.toBe(compiledName(DOCUMENT_SCHEMA));
  });
});
