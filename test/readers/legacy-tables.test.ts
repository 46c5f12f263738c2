import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CP1252_80_9F, TCVN3_CHARS } from '../../src/readers/legacy-tables.ts';

const decodeByte = (byte: number, encoding: string) => iconv.decode(Buffer.from([byte]), encoding);

describe('the legacy tables kept beside the reader agree with iconv-lite', () => {
  it('TCVN3: every one of the 256 bytes', () => {
    expect(TCVN3_CHARS).toHaveLength(256);
    for (let byte = 0; byte < 256; byte++) expect(TCVN3_CHARS[byte], `byte ${byte}`).toBe(decodeByte(byte, 'tcvn'));
  });

  it('Windows-1252: bytes 0x80–0x9F, U+FFFD where the code page has no character', () => {
    expect(CP1252_80_9F).toHaveLength(32);
    for (let byte = 0x80; byte < 0xa0; byte++) expect(CP1252_80_9F[byte - 0x80], `byte ${byte}`).toBe(decodeByte(byte, 'windows-1252'));
  });
});
