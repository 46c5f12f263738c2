/**
 * Writes the JSON Schemas staff editors use for autocomplete (schema/*.schema.json) and the validators
 * the build checks data with, compiled ahead of time (src/schema/compiled.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { publishedSchemas } from '../src/schema/published.ts';
import { contentTemplateSchemas } from '../src/resolve/resources.ts';
import { COMPILED_FILE, validatorsSource } from './validators.ts';

mkdirSync('schema', { recursive: true });
const schemas = publishedSchemas(contentTemplateSchemas('templates'));
for (const [path, content] of Object.entries(schemas)) writeFileSync(path, content);
writeFileSync(COMPILED_FILE, validatorsSource());
console.log(`Đã ghi ${[...Object.keys(schemas), COMPILED_FILE].join(', ')}`);
