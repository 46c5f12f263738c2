import { DOCUMENT_MODEL_SCHEMA } from '../document/json-schema.ts';
import { BATCH_SCHEMA, DOCUMENT_SCHEMA, NOMINEE_FILE_SCHEMA, REGISTRY_SCHEMA } from './data-schema.ts';

/**
 * The data file schema for editors: with `templates` (the du_lieu schema of each content template, by
 * its name), a file with `mau: <name>` is offered and checked the names that template declares.
 */
function documentSchema(templates: Record<string, object>): object {
  const names = Object.keys(templates).sort();
  if (names.length === 0) return DOCUMENT_SCHEMA;
  const byTemplate = names.map((name) => ({ if: { properties: { mau: { const: name } }, required: ['mau'] }, then: { properties: { du_lieu: templates[name] } } }));
  return { ...DOCUMENT_SCHEMA, allOf: byTemplate };
}

/** Published schema files: path → JSON text. `templates`: as for documentSchema (npm run build:schema reads templates/noi-dung/). */
export const publishedSchemas = (templates: Record<string, object> = {}): Record<string, string> => ({
  'schema/van-ban.schema.json': JSON.stringify(documentSchema(templates), null, 2) + '\n',
  'schema/co-quan.schema.json': JSON.stringify(REGISTRY_SCHEMA, null, 2) + '\n',
  'schema/danh-sach.schema.json': JSON.stringify(NOMINEE_FILE_SCHEMA, null, 2) + '\n',
  'schema/dot-de-nghi.schema.json': JSON.stringify(BATCH_SCHEMA, null, 2) + '\n',
  'schema/mo-hinh-van-ban.schema.json': JSON.stringify(DOCUMENT_MODEL_SCHEMA, null, 2) + '\n',
});
