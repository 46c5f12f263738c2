/** The versioned JSON form of the document model, and the schema it is published with. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { findDocuments } from '../src/build/pipeline.ts';
import { isBatchFile } from '../src/build/batch-files.ts';
import { documentJson, documentJsonValue } from '../src/document/json.ts';
import { buildFile } from './helpers/build.ts';

const schema = JSON.parse(readFileSync('schema/mo-hinh-van-ban.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('document JSON', () => {
  for (const sample of findDocuments('data').filter((f) => !isBatchFile(f))) {
    it(`${sample} validates against schema/mo-hinh-van-ban.schema.json`, () => {
      const json = JSON.parse(documentJson(buildFile(sample)));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(json).toMatchObject({ dinh_dang: 'van-ban-thi-dua/mo-hinh-van-ban', phien_ban: 2 });
    });
  }

  it('the schema refuses what the model does not have, and another version', () => {
    const value = JSON.parse(JSON.stringify(documentJsonValue(buildFile('data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md'))));
    expect(validate(value)).toBe(true);
    expect(validate({ ...value, phien_ban: 1 })).toBe(false);
    expect(validate({ ...value, van_ban: { ...value.van_ban, header: { ...value.van_ban.header, quocHieu: 1 } } })).toBe(false);
    expect(validate({ ...value, van_ban: { ...value.van_ban, khong_co: true } })).toBe(false);
    const signer = value.van_ban.closing.signers[0];
    expect(signer.signatureImage).toMatchObject({ path: 'data/_chung/anh/chu-ky-minh-hoa.png', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(validate({ ...value, van_ban: { ...value.van_ban, closing: { signers: [{ ...signer, signatureImage: { ...signer.signatureImage, sha256: 'abc' } }] } } })).toBe(false);
  });

  it('is the same text for the same document, ending with a newline', () => {
    const a = documentJson(buildFile('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md'));
    expect(documentJson(buildFile('data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md'))).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });
});
