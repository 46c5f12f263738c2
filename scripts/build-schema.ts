/**
 * Writes the JSON Schemas staff editors use for autocomplete (schema/*.schema.json) and the validators
 * the build checks data with, compiled ahead of time (src/schema/compiled.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { publishedSchemas } from '../src/schema/published.ts';
import { contentTemplateSchemas } from '../src/resolve/resources.ts';
import { validatorsSources } from './validators.ts';

mkdirSync('schema', { recursive: true });
const schemas = publishedSchemas(contentTemplateSchemas('templates'));
for (const [path, content] of Object.entries(schemas)) writeFileSync(path, content);
const compiled = validatorsSources();
for (const [path, content] of Object.entries(compiled)) writeFileSync(path, content);
console.log(`Đã ghi ${[...Object.keys(schemas), ...Object.keys(compiled)].join(', ')}`);
