import { DOCUMENT_MODEL_SCHEMA } from '../document/json-schema.ts';
import { DOCUMENT_SCHEMA, NOMINEE_FILE_SCHEMA, REGISTRY_SCHEMA } from './data-schema.ts';

/** Published schema files: path → JSON text. */
export const publishedSchemas = (): Record<string, string> => ({
  'schema/van-ban.schema.json': JSON.stringify(DOCUMENT_SCHEMA, null, 2) + '\n',
  'schema/co-quan.schema.json': JSON.stringify(REGISTRY_SCHEMA, null, 2) + '\n',
  'schema/danh-sach.schema.json': JSON.stringify(NOMINEE_FILE_SCHEMA, null, 2) + '\n',
  'schema/mo-hinh-van-ban.schema.json': JSON.stringify(DOCUMENT_MODEL_SCHEMA, null, 2) + '\n',
});
