/**
 * Layout plan → WordprocessingML body content, using only the template's named styles. Each plan item
 * becomes its Word counterpart: a paragraph, a bordered paragraph for a rule, a table for a grid, an
 * exactly-tall paragraph for a spacer; keep-with-next becomes `w:keepNext`.
 */
import { ptToTwips, styleOf, type StyleId } from '../../layout/nd30.ts';
import type { FlowItem, Grid, LayoutPlan, Paragraph, Rule, Section, Spacer } from '../../plan/types.ts';
import { printedRuns } from '../../plan/runs.ts';
import type { DocxImages } from './images.ts';
import { sectionPropertiesXml } from './section.ts';
import type { StyleIds } from './template.ts';
import { el, paragraphXml as paragraphXmlWithId, runXml, TABLE_END, tableRowXml, tableStartXml, type ParagraphProperties } from './xml.ts';

export interface BodyXml {
  /** The sections' content, each but the last ended by a paragraph carrying its section properties. */
  content: string;
  /** The last section's properties, written at the end of the body. */
  lastSection: string;
}

/** What the body is written into: the template's header and style ids, and the document's pictures. */
export interface BodyTarget {
  headerRelId?: string;
  styleIds: StyleIds;
  images: DocxImages;
}

export function bodyXml(plan: LayoutPlan, target: BodyTarget): BodyXml {
  return { content: [...bodyParts(plan, target)].join(''), lastSection: lastSectionXml(plan, target) };
}

/**
 * The sections' content in pieces, made as they are asked for: a table comes row by row, so that a list
 * of 20,000 rows is never held as one string (the writer turns each piece into UTF-8 bytes at once).
 */
export function* bodyParts(plan: LayoutPlan, target: BodyTarget): Generator<string> {
  const { sections } = plan;
  for (const [i, section] of sections.entries()) {
    yield* flowParts(section.items, section.page.textWidthPt, target);
    if (i < sections.length - 1) yield sectionBreakXml(section, target);
  }
}

export const lastSectionXml = (plan: LayoutPlan, target: BodyTarget): string => sectionPropertiesXml(plan.sections[plan.sections.length - 1].page, target.headerRelId);

/** A paragraph of one of our styles, under the id the template gives that style. */
const paragraphXml = (w: BodyTarget, style: StyleId, properties: ParagraphProperties, content: readonly string[]): string =>
  paragraphXmlWithId(w.styleIds[style], properties, content);

function sectionBreakXml(section: Section, w: BodyTarget): string {
  return paragraphXml(w, 'SoTrang', { spacing: { beforePt: 0, afterPt: 0, line: { twips: 20, rule: 'exact' } }, sectionXml: sectionPropertiesXml(section.page, w.headerRelId) }, []);
}

function* flowParts(items: FlowItem[], widthPt: number, w: BodyTarget): Generator<string> {
  for (const item of items) {
    if (item.kind === 'grid') yield* gridParts(item, w);
    else yield itemXml(item, widthPt, false, w);
  }
}

/** An item of the flow or of a grid cell, `widthPt` wide; `keepNext` when its grid row keeps with what follows. */
function itemXml(item: FlowItem, widthPt: number, keepNext: boolean, w: BodyTarget): string {
  switch (item.kind) {
    case 'paragraph':
      return paragraphItemXml(item, widthPt, keepNext, w);
    case 'rule':
      return ruleXml(item, widthPt, keepNext, w);
    case 'grid':
      return [...gridParts(item, w)].join('');
    case 'spacer':
      return spacerXml(item, w);
    case 'page-break':
      return el('w:p', null, [el('w:r', null, [el('w:br', { 'w:type': 'page' })])]);
  }
}

/** `keepNext`: kept with what follows because of the grid row it stands in (its style may already say so). */
function paragraphItemXml(p: Paragraph, widthPt: number, keepNext: boolean, w: BodyTarget): string {
  const properties: ParagraphProperties = {
    keepNext: p.keepWithNext || (keepNext && !styleOf(p.style).keepWithNext),
    align: p.align,
    indent: p.indent,
  };
  if (p.spaceAfterPt !== undefined) properties.spacing = { afterPt: p.spaceAfterPt };
  const size = p.size ? Math.round(p.size.pt * 2) : undefined;
  if (size) properties.markSizeHalfPoints = size;
  if (p.frame) {
    const side = Math.max(0, (widthPt - p.frame.widthPt) / 2);
    properties.indent = { leftPt: side, rightPt: side, firstLinePt: 0 };
    properties.border = { weightPt: p.frame.weightPt, spacePt: p.frame.paddingPt, sides: ['top', 'left', 'bottom', 'right'] };
  }
  return paragraphXml(w, p.style, properties, printedRuns(p).map((run) => runXml(run, size)));
}

/** An empty paragraph whose top border draws the rule, centred by equal side indents. */
function ruleXml(rule: Rule, widthPt: number, keepNext: boolean, w: BodyTarget): string {
  const side = Math.max(0, (widthPt - rule.lengthPt) / 2);
  return paragraphXml(
    w,
    'CoQuanChuQuan',
    {
      keepNext: rule.keepWithNext || keepNext,
      border: { weightPt: rule.weightPt, spacePt: 0, sides: ['top'] },
      spacing: { beforePt: rule.gapPt, afterPt: rule.spaceAfterPt, line: { twips: 20, rule: 'exact' } },
      indent: { leftPt: side, rightPt: side, firstLinePt: 0 },
      markSizeHalfPoints: 2,
    },
    [],
  );
}

/** A paragraph as tall as the space; with a picture in it, `atLeast` so that the picture is never clipped. */
function spacerXml(spacer: Spacer, w: BodyTarget): string {
  const drawings = spacer.images.map((image) => w.images.drawing(image, spacer.heightPt));
  const line = { twips: ptToTwips(spacer.heightPt), rule: drawings.length > 0 ? ('atLeast' as const) : ('exact' as const) };
  return paragraphXml(w, 'TenNguoiKy', { spacing: { beforePt: 0, afterPt: 0, line } }, drawings);
}

/** Space before or after a table: an exactly tall empty paragraph (it also keeps two tables apart). */
const gapXml = (heightPt: number, keepNext: boolean, w: BodyTarget): string =>
  paragraphXml(w, 'Bang', { keepNext, spacing: { beforePt: 0, afterPt: 0, line: { twips: Math.max(20, ptToTwips(heightPt)), rule: 'exact' } } }, []);

/** A table, its rows one piece each. */
function* gridParts(grid: Grid, w: BodyTarget): Generator<string> {
  const last = grid.rows.length - 1;
  const { keepWithNext } = grid;
  if (grid.spaceBeforePt > 0) yield gapXml(grid.spaceBeforePt, true, w);
  yield tableStartXml({ columnsPt: grid.columnsPt, paddingPt: grid.cellPaddingPt });
  for (const [r, row] of grid.rows.entries()) {
    // Word keeps rows together, and a table with what follows, through keepNext on their paragraphs.
    const keepNext = (grid.keepTogether && r < last) || (keepWithNext && r === last) || row.keepWithNext === true;
    let column = 0;
    const cells = row.cells.map((cell) => {
      const widthPt = grid.columnsPt.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
      column += cell.colSpan;
      const contentWidth = widthPt - 2 * grid.cellPaddingPt;
      return { widthPt, gridSpan: cell.colSpan, vAlign: grid.verticalAlign, content: cell.items.map((item) => itemXml(item, contentWidth, keepNext, w)) };
    });
    yield tableRowXml({ cells, header: r < grid.headerRows, cantSplit: row.cantSplit }, grid.borderWeightPt);
  }
  yield TABLE_END;
  if (grid.spaceAfterPt > 0) yield gapXml(grid.spaceAfterPt, keepWithNext, w);
}
