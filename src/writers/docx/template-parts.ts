/**
 * The XML parts of templates/van-ban.docx, generated from the layout module. `npm run build:template`
 * writes them to templates/van-ban/ (reviewable in git) and zips them into the .docx that staff can
 * open in Word and restyle; a test checks the committed files match this code.
 */
import { FONT_FAMILY_DOCX, PAGE, STYLES, type StyleId } from '../../layout/nd30.ts';
import { stylePPr, styleRPr } from './xml.ts';
import { sectionPropertiesXml } from './section.ts';

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const DEFAULT_DOCX_TEMPLATE = 'templates/van-ban.docx';

/** The one tag of a template that docxtemplater fills: the whole generated content, as raw XML. */
export const CONTENT_FIELD = 'noi_dung';
export const CONTENT_TAG = `{@${CONTENT_FIELD}}`;
export const HEADER_REL_ID = 'rIdHeaderPageNumber';

const contentTypes = `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
`;

const rootRels = `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
`;

const documentRels = `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="${HEADER_REL_ID}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>
`;

const settings = `${XML_DECL}<w:settings ${W_NS}>
<w:defaultTabStop w:val="720"/>
<w:characterSpacingControl w:val="doNotCompress"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>
`;

const core = `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Văn bản thi đua – khen thưởng</dc:title>
<dc:creator>van-ban-thi-dua</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2020-03-05T00:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2020-03-05T00:00:00Z</dcterms:modified>
</cp:coreProperties>
`;

const app = `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>van-ban-thi-dua</Application></Properties>
`;

function stylesXml(): string {
  const base = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT_FAMILY_DOCX}" w:hAnsi="${FONT_FAMILY_DOCX}" w:eastAsia="${FONT_FAMILY_DOCX}" w:cs="${FONT_FAMILY_DOCX}"/><w:color w:val="000000"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`;
  const normal = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`;
  const paragraphs = (Object.keys(STYLES) as StyleId[]).map((id) => {
    const s = STYLES[id];
    return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${s.name}"/><w:basedOn w:val="Normal"/><w:qFormat/>${stylePPr(s)}${styleRPr(s)}</w:style>`;
  });
  const table = `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;
  return `${XML_DECL}<w:styles ${W_NS}>\n${base}\n${normal}\n${paragraphs.join('\n')}\n${table}\n</w:styles>\n`;
}

const header = `${XML_DECL}<w:hdr ${W_NS}><w:p><w:pPr><w:pStyle w:val="SoTrang"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
`;

function documentXml(): string {
  const page = { widthMm: PAGE.widthMm, heightMm: PAGE.heightMm, landscape: false, marginsMm: PAGE.margins, pageNumbers: { fromTopMm: PAGE.pageNumberFromTopMm } };
  const sectPr = sectionPropertiesXml(page, HEADER_REL_ID);
  return `${XML_DECL}<w:document ${W_NS}><w:body>\n<w:p><w:r><w:t>${CONTENT_TAG}</w:t></w:r></w:p>\n${sectPr}\n</w:body></w:document>\n`;
}

/** Path inside the .docx → content. */
export function templateParts(): Record<string, string> {
  return {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': rootRels,
    'docProps/app.xml': app,
    'docProps/core.xml': core,
    'word/_rels/document.xml.rels': documentRels,
    'word/document.xml': documentXml(),
    'word/header1.xml': header,
    'word/settings.xml': settings,
    'word/styles.xml': stylesXml(),
  };
}
