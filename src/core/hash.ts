import { createHash } from 'node:crypto';

/** Hex SHA-256 of bytes or text (UTF-8): the content hash every loaded input carries. */
export const sha256 = (content: Uint8Array | string): string => createHash('sha256').update(content).digest('hex');
