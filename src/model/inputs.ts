/**
 * What the resolver hands the model builder: the data file and everything it names, already loaded.
 * The builder reads nothing else, so what a document depends on is known before it is built.
 */
import type { Problem } from '../core/errors.ts';
import type { SourceFile } from '../core/source.ts';
import type { ContentTemplate } from '../content/templates.ts';
import type { ImageRef } from '../document/types.ts';
import type { LawData } from '../law/law-data.ts';
import type { Registry } from './registry.ts';

/** A file read for a document, with its content hash. */
export interface InputFile {
  path: string;
  sha256: string;
}

/** An image as loaded: its reference for the model and its bytes for the writers. */
export interface LoadedImage extends ImageRef {
  bytes: Uint8Array;
}

export interface ResolvedDocument {
  source: SourceFile;
  registry: Registry;
  /** The law data, when the document makes a dossier (danh_sach, bien_ban, thanh_tich). */
  law?: LawData;
  /** The content template named by `mau`. */
  contentTemplate?: ContentTemplate;
  /** Data files the document names (`danh_sach.tep`, `phu_luc[].tep`), by the reference as written. */
  files: Record<string, SourceFile>;
  /** Images the document names (`chu_ky`, `con_dau`), by the reference as written. */
  images: Record<string, LoadedImage>;
  /** Documents sent with this one (`kem_theo`), by the reference as written. */
  attachments: Record<string, ResolvedDocument>;
  /** What could not be loaded, each located at the field that names it. */
  problems: Problem[];
  /** Every file read for this document and its attachments, in the order read, without repeats. */
  inputs: InputFile[];
}

/** The bytes of every image of a resolved document and its attachments, by content hash (for the layout plan). */
export function imageBytesOf(resolved: ResolvedDocument, into = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  for (const image of Object.values(resolved.images)) into.set(image.sha256, image.bytes);
  for (const attachment of Object.values(resolved.attachments)) imageBytesOf(attachment, into);
  return into;
}
