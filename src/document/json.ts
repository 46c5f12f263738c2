/**
 * The versioned JSON form of the document model (`--dinh-dang=json`): to look at what a document is
 * made of, and, being a complete description of it, to serve as a cache key. It validates against
 * schema/mo-hinh-van-ban.schema.json.
 */
import type { Document } from './types.ts';

export const DOCUMENT_MODEL_FORMAT = 'van-ban-thi-dua/mo-hinh-van-ban';
/** Raised whenever the model changes shape. */
export const DOCUMENT_MODEL_VERSION = 2;

export interface DocumentJson {
  dinh_dang: typeof DOCUMENT_MODEL_FORMAT;
  phien_ban: typeof DOCUMENT_MODEL_VERSION;
  van_ban: Document;
}

export const documentJsonValue = (doc: Document): DocumentJson => ({ dinh_dang: DOCUMENT_MODEL_FORMAT, phien_ban: DOCUMENT_MODEL_VERSION, van_ban: doc });

/** The JSON text: two-space indent, fields in the model's order, a final newline. */
export const documentJson = (doc: Document): string => `${JSON.stringify(documentJsonValue(doc), null, 2)}\n`;
