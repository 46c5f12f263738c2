/** Writes the JSON Schemas staff editors use for autocomplete (schema/*.schema.json). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { publishedSchemas } from '../src/schema/published.ts';

mkdirSync('schema', { recursive: true });
for (const [path, content] of Object.entries(publishedSchemas())) writeFileSync(path, content);
console.log(`Đã ghi ${Object.keys(publishedSchemas()).join(', ')}`);
