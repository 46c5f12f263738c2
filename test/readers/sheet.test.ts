/**
 * The worksheet and its shared strings are scanned as text, not parsed into a DOM (for speed): the cells
 * must read as an XML parser reads them — any namespace prefix, entities and character references, CDATA,
 * line ends, rich-text runs without their phonetic hints, inline strings, dates by their style.
 */
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/readers/sheet.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function workbook(sheet: string, strings: string): Buffer {
  const zip = new PizZip();
  zip.file('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file('xl/styles.xml', `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  zip.file('xl/sharedStrings.xml', strings);
  return zip.generate({ type: 'nodebuffer' });
}

describe('reading an .xlsx sheet', () => {
  it('reads cells as an XML parser does', () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8"?>\r\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Họ và tên</x:t></x:is></x:c><x:c r="C1" t="s"><x:v>0</x:v></x:c></x:row>
<x:row r="3" spans="1:3"/>
<row r='4'><c r='B4' t='str'><f>A1</f><v>a &amp; b &lt;c&gt; &#x1EA0;&#65;&nbsp;x\r\ny\rz</v></c><c r="D4" t="b"><v>1</v></c><c r="E4"><v> 12.50 </v></c><c r="F4" s="1"><v>45658</v></c><c r="G4" t="inlineStr"><is><r><t xml:space="preserve"> a_x000D_b </t></r><r><rPr/><t>c</t></r><rPh sb="0" eb="1"><t>PH</t></rPh></is></c><c r="H4" t="inlineStr"><is><t><![CDATA[x<y&amp;]]></t><t/></is></c><c r="I4" t="e"><v>#N/A</v></c></row>
<row r="5"><c r="A5" t="s"><v>1</v></c><c r="B5" s="1"/></row>
</x:sheetData></x:worksheet>`;
    const strings = `<sst xmlns="${MAIN}"><si><r><t>Tô</t></r><r><rPr><b/></rPr><t xml:space="preserve"> Thị &quot;Ánh&quot;</t></r><rPh sb="0" eb="1"><t>ト</t></rPh><phoneticPr fontId="1"/></si><si><t>de\u0301</t></si></sst>`;
    expect(readXlsx(workbook(sheet, strings), 'ds.xlsx')).toEqual({
      name: "'Danh sách'",
      rows: [
        { line: 1, cells: ['Họ và tên', '', 'Tô Thị "Ánh"'] },
        { line: 3, cells: [] },
        { line: 4, cells: ['', 'a & b <c> ẠA&nbsp;x\ny\nz', '', 'TRUE', '12.5', '01/01/2025', 'a\rb c', 'x<y&amp;', '#N/A'] },
        { line: 5, cells: ['dé', ''] },
      ],
    });
  });
});
