/** Writes the JSON Schemas staff editors use for autocomplete (schema/*.schema.json). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { publishedSchemas } from '../src/schema/published.ts';
import { contentTemplateSchemas } from '../src/resolve/resources.ts';

mkdirSync('schema', { recursive: true });
const schemas = publishedSchemas(contentTemplateSchemas('templates'));
for (const [path, content] of Object.entries(schemas)) writeFileSync(path, content);
console.log(`Đã ghi ${Object.keys(schemas).join(', ')}`);
