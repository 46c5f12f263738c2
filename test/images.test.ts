/** Signature and seal images: both writers draw them; a missing image is a clear error. */
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { renderDocx } from './helpers/build.ts';
import { renderPdf } from './helpers/build.ts';
import { DocumentError, formatProblem } from '../src/core/errors.ts';
import { buildFile, buildMarkdown } from './helpers/build.ts';

const SIGNED = 'data/2025/cong-van-huong-dan-ho-so-khen-thuong-2025.md';

describe('signature and seal images', () => {
  it('DOCX: one media part and one relationship each; the signature inline, the seal floating', () => {
    const zip = new PizZip(renderDocx(buildFile(SIGNED)));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).sort()).toEqual(['word/media/anh1.png', 'word/media/anh2.png']);
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    expect(rels).toContain('Id="rIdAnh1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/anh1.png"');
    const xml = zip.file('word/document.xml')!.asText();
    expect(xml.match(/<wp:inline [^>]*>.*?r:embed="rIdAnh1"/)).not.toBeNull();
    expect(xml.match(/<wp:anchor [^>]*>.*?r:embed="rIdAnh2"/)).not.toBeNull();
  });

  it('PDF: two images, each with its transparency mask', async () => {
    const pdf = await PDFDocument.load(await renderPdf(buildFile(SIGNED)));
    const images = pdf.context
      .enumerateIndirectObjects()
      .filter(([, object]) => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
      .filter(([, object]) => (object as PDFRawStream).dict.has(PDFName.of('SMask')));
    expect(images).toHaveLength(2);
  });

  it('a missing image names the field and the expected path', () => {
    const text = `---
loai: cong_van
co_quan: ubnd-tinh-cao-bang
don_vi_soan_thao: NV
ngay: 2025-03-02
trich_yeu: Thử
ky: { nguoi_ky: anh, chu_ky: khong-co.png }
noi_nhan: [Như trên]
luu: [NV]
---
Nội dung./.
`;
    try {
      buildMarkdown(text, 'data/thu.md');
      expect.unreachable();
    } catch (e) {
      expect((e as DocumentError).problems.map(formatProblem)).toEqual([
        'Lỗi: data/thu.md, dòng 7 — trường "ky.chu_ky": không tìm thấy tệp ảnh "khong-co.png" (đường dẫn tính từ thư mục của tệp này, ví dụ "../_chung/anh/chu-ky.png").',
      ]);
    }
  });
});
