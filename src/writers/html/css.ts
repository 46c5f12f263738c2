/**
 * The stylesheet of an HTML page: the layout module's paragraph styles as classes, the page as CSS
 * paged media (A4, the Nghị định 30 margins, page numbers from the second page), and on screen each
 * section shown as a sheet of paper.
 */
import { FONT_VARIANTS, type FontVariant } from '../../layout/fonts.ts';
import { LINES_AT_PAGE_BREAK, STYLES, styleOf, type StyleId } from '../../layout/nd30.ts';
import type { LayoutPlan, PageSetup } from '../../plan/types.ts';

/** The font files the page loads, named as they are written into the output. */
export const FONT_FILE_NAMES: Record<FontVariant, string> = {
  regular: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italic: 'Tinos-Italic.ttf',
  boldItalic: 'Tinos-BoldItalic.ttf',
};

const FONT_FACE: Record<FontVariant, { weight: number; style: string }> = {
  regular: { weight: 400, style: 'normal' },
  bold: { weight: 700, style: 'normal' },
  italic: { weight: 400, style: 'italic' },
  boldItalic: { weight: 700, style: 'italic' },
};

/** Lengths are written with three decimals at most. */
export const pt = (value: number): string => `${Math.round(value * 1000) / 1000}pt`;
const mm = (value: number): string => `${Math.round(value * 1000) / 1000}mm`;

/** A style id as a class name. */
export const styleClass = (id: StyleId): string => `s-${id}`;

function fontFaces(fontUrl: (file: string) => string): string[] {
  return FONT_VARIANTS.map((variant) => {
    const { weight, style } = FONT_FACE[variant];
    const url = encodeURI(fontUrl(FONT_FILE_NAMES[variant]));
    return `@font-face { font-family: "Tinos"; src: url("${url}") format("truetype"); font-weight: ${weight}; font-style: ${style}; }`;
  });
}

function paragraphClasses(lines: LayoutPlan['lines']): string[] {
  return (Object.keys(STYLES) as StyleId[]).map((id) => {
    const s = styleOf(id);
    const rules = [
      `font-size: ${pt(s.sizePt)}`,
      `line-height: ${pt(lines[id].heightPt)}`,
      `min-height: ${pt(lines[id].heightPt)}`,
      `font-weight: ${s.bold ? 700 : 400}`,
      `font-style: ${s.italic ? 'italic' : 'normal'}`,
      `text-align: ${s.align}`,
      `text-indent: ${mm(s.firstLineIndentMm ?? 0)}`,
      ...(s.keepWithNext ? ['break-after: avoid'] : []),
    ];
    return `.${styleClass(id)} { ${rules.join('; ')}; }`;
  });
}

const margins = (page: PageSetup): string => {
  const m = page.marginsMm;
  return `${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)}`;
};

function pageRules(plan: LayoutPlan): string[] {
  const portrait = plan.sections.find((s) => !s.page.landscape)?.page ?? plan.sections[0].page;
  const landscape = plan.sections.find((s) => s.page.landscape)?.page;
  const { fromTopMm, sizePt } = portrait.pageNumbers;
  const number = `@top-center { content: counter(page); font-family: "Tinos", "Times New Roman", serif; font-size: ${pt(sizePt)}; vertical-align: top; padding-top: ${mm(fromTopMm)}; }`;
  return [
    `@page { size: ${mm(portrait.widthMm)} ${mm(portrait.heightMm)}; margin: ${margins(portrait)}; ${number} }`,
    '@page :first { @top-center { content: none; } }',
    // A browser cannot number each section from 1 again, as the PDF does: pages after the first section go unnumbered.
    '@page sau { @top-center { content: none; } }',
    ...(landscape ? [`@page ngang { size: ${mm(landscape.widthMm)} ${mm(landscape.heightMm)}; margin: ${margins(landscape)}; @top-center { content: none; } }`] : []),
    '@media screen {',
    '  html { background: #d9d9d9; }',
    `  .trang { box-sizing: border-box; width: ${mm(portrait.widthMm)}; min-height: ${mm(portrait.heightMm)}; padding: ${margins(portrait)}; margin: 6mm auto; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); }`,
    ...(landscape ? [`  .trang.ngang { width: ${mm(landscape.widthMm)}; min-height: ${mm(landscape.heightMm)}; padding: ${margins(landscape)}; }`] : []),
    '}',
    '@media print { .trang { break-before: page; page: sau; } .trang:first-child { break-before: auto; page: auto; } .ngang { page: ngang; } }',
  ];
}

const BASE = [
  'html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }',
  'body { margin: 0; color: #000; font-family: "Tinos", "Times New Roman", "Liberation Serif", serif; font-kerning: none; font-variant-ligatures: none; }',
  `p, h1, h2, h3, h4, h5, h6, li { margin: 0; white-space: pre-wrap; overflow-wrap: break-word; orphans: ${LINES_AT_PAGE_BREAK}; widows: ${LINES_AT_PAGE_BREAK}; }`,
  'ol, ul { margin: 0; padding: 0; list-style: none; }',
  'b, strong { font-weight: 700; } i, em { font-style: italic; }',
  'sub, sup { font-size: 65%; line-height: 0; vertical-align: baseline; position: relative; }',
  'sup { top: -0.538em; } sub { top: 0.215em; }',
  '.giu-sau { break-after: avoid; }',
  'hr { border: 0; height: 0; margin: 0 auto; overflow: visible; break-before: avoid; }',
  '.luoi { display: grid; break-inside: avoid; }',
  '.luoi > div { min-width: 0; }',
  '.ket-thuc { break-before: avoid; }',
  '.khung { box-sizing: border-box; margin-left: auto; margin-right: auto; text-indent: 0; white-space: pre; }',
  '.cho-ky { position: relative; }',
  '.cho-ky img { position: absolute; display: block; }',
  'table { border-collapse: collapse; table-layout: fixed; }',
  'tr { break-inside: avoid; }',
  'td, th { padding-top: 0; padding-bottom: 0; font-weight: inherit; text-align: inherit; }',
  '.ngat-trang { break-before: page; }',
];

export function stylesheet(plan: LayoutPlan, fontUrl: (file: string) => string): string {
  return ['', ...fontFaces(fontUrl), ...BASE, ...paragraphClasses(plan.lines), ...pageRules(plan), ''].join('\n');
}
