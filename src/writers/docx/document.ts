/**
 * Layout plan → WordprocessingML body content, using only the template's named styles. Each plan item
 * becomes its Word counterpart: a paragraph, a bordered paragraph for a rule, a table for a grid, an
 * exactly-tall paragraph for a spacer; keep-with-next becomes `w:keepNext`.
 */
import { ptToTwips, styleOf } from '../../layout/nd30.ts';
import type { FlowItem, Grid, LayoutPlan, Paragraph, Rule, Section, Spacer } from '../../plan/types.ts';
import { printedRuns } from '../../plan/runs.ts';
import type { DocxImages } from './images.ts';
import { sectionPropertiesXml } from './section.ts';
import { el, paragraphXml, runXml, tableXml, type ParagraphProperties } from './xml.ts';

export interface BodyXml {
  /** The sections' content, each but the last ended by a paragraph carrying its section properties. */
  content: string;
  /** The last section's properties, written at the end of the body. */
  lastSection: string;
}

export function bodyXml(plan: LayoutPlan, headerRelId: string | undefined, images: DocxImages): BodyXml {
  const { sections } = plan;
  const content = sections.map((section, i) => {
    const xml = flowXml(section.items, section.page.textWidthPt, images);
    return i === sections.length - 1 ? xml : xml + sectionBreakXml(section, headerRelId);
  });
  return { content: content.join(''), lastSection: sectionPropertiesXml(sections[sections.length - 1].page, headerRelId) };
}

function sectionBreakXml(section: Section, headerRelId: string | undefined): string {
  return paragraphXml('SoTrang', { spacing: { beforePt: 0, afterPt: 0, line: { twips: 20, rule: 'exact' } }, sectionXml: sectionPropertiesXml(section.page, headerRelId) }, []);
}

/**
 * The space before a table that follows a paragraph becomes that paragraph's space after, not a
 * paragraph of its own: LibreOffice keeps at most two keep-with-next paragraphs with a table, and the
 * extra paragraph left a heading alone at the foot of a page.
 */
function flowXml(items: FlowItem[], widthPt: number, images: DocxImages): string {
  return items
    .map((item, i) => {
      const next = items[i + 1];
      if (item.kind === 'paragraph' && next?.kind === 'grid' && next.spaceBeforePt > 0) {
        const after = (item.spaceAfterPt ?? styleOf(item.style).spaceAfterPt ?? 0) + next.spaceBeforePt;
        return paragraphItemXml({ ...item, spaceAfterPt: after }, widthPt, false);
      }
      if (item.kind === 'grid' && items[i - 1]?.kind === 'paragraph') return gridXml({ ...item, spaceBeforePt: 0 }, images);
      return itemXml(item, widthPt, false, images);
    })
    .join('');
}

/** An item of the flow or of a grid cell, `widthPt` wide; `keepNext` when its grid row keeps with what follows. */
function itemXml(item: FlowItem, widthPt: number, keepNext: boolean, images: DocxImages): string {
  switch (item.kind) {
    case 'paragraph':
      return paragraphItemXml(item, widthPt, keepNext);
    case 'rule':
      return ruleXml(item, widthPt, keepNext);
    case 'grid':
      return gridXml(item, images);
    case 'spacer':
      return spacerXml(item, images);
    case 'page-break':
      return el('w:p', null, [el('w:r', null, [el('w:br', { 'w:type': 'page' })])]);
  }
}

/** `keepNext`: kept with what follows because of the grid row it stands in (its style may already say so). */
function paragraphItemXml(p: Paragraph, widthPt: number, keepNext: boolean): string {
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
  return paragraphXml(p.style, properties, printedRuns(p).map((run) => runXml(run, size)));
}

/** An empty paragraph whose top border draws the rule, centred by equal side indents. */
function ruleXml(rule: Rule, widthPt: number, keepNext: boolean): string {
  const side = Math.max(0, (widthPt - rule.lengthPt) / 2);
  return paragraphXml(
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
function spacerXml(spacer: Spacer, images: DocxImages): string {
  const drawings = spacer.images.map((image) => images.drawing(image, spacer.heightPt));
  const line = { twips: ptToTwips(spacer.heightPt), rule: drawings.length > 0 ? ('atLeast' as const) : ('exact' as const) };
  return paragraphXml('TenNguoiKy', { spacing: { beforePt: 0, afterPt: 0, line } }, drawings);
}

/** Space before or after a table: an exactly tall empty paragraph (it also keeps two tables apart). */
const gapXml = (heightPt: number, keepNext: boolean): string =>
  paragraphXml('Bang', { keepNext, spacing: { beforePt: 0, afterPt: 0, line: { twips: Math.max(20, ptToTwips(heightPt)), rule: 'exact' } } }, []);

function gridXml(grid: Grid, images: DocxImages): string {
  const last = grid.rows.length - 1;
  const { keepWithNext } = grid;
  const rows = grid.rows.map((row, r) => {
    // Word keeps rows together, and a table with what follows, through keepNext on their paragraphs.
    const keepNext = (grid.keepTogether && r < last) || (keepWithNext && r === last) || row.keepWithNext === true;
    let column = 0;
    const cells = row.cells.map((cell) => {
      const widthPt = grid.columnsPt.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
      column += cell.colSpan;
      const contentWidth = widthPt - 2 * grid.cellPaddingPt;
      return { widthPt, gridSpan: cell.colSpan, vAlign: grid.verticalAlign, content: cell.items.map((item) => itemXml(item, contentWidth, keepNext, images)) };
    });
    return { cells, header: r < grid.headerRows, cantSplit: row.cantSplit };
  });
  const table = tableXml({ columnsPt: grid.columnsPt, rows, paddingPt: grid.cellPaddingPt, borderWeightPt: grid.borderWeightPt });
  const before = grid.spaceBeforePt > 0 ? gapXml(grid.spaceBeforePt, true) : '';
  const after = grid.spaceAfterPt > 0 ? gapXml(grid.spaceAfterPt, keepWithNext) : '';
  return before + table + after;
}
