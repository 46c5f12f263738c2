/** A section of the plan → its flow of chunks: the unsplittable slices the paginator fills pages with. */
import type { Fonts } from '../../layout/fonts.ts';
import type { FlowItem, Rule, Section } from '../../plan/types.ts';
import { Column } from './column.ts';
import { gridPiece } from './grid.ts';
import { pageBox, type Chunk, type PageBox, type Piece } from './ops.ts';
import { joinPieces, PAGE_BREAK, type FlowPiece } from './paginate.ts';
import { layoutParagraph, paragraphPiece } from './paragraph.ts';

export interface SectionFlow {
  box: PageBox;
  chunks: Chunk[];
}

/** A rule of the flow, under a title: one chunk, glued to what is above it. */
function rulePiece(rule: Rule, box: PageBox, fonts: Fonts): Piece {
  const column = new Column(box.left, box.textWidth, fonts);
  column.rule({ ...rule, spaceAfterPt: 0 });
  return {
    chunks: [{ height: column.y, gapBefore: 0, breakBefore: rule.keepWithPrevious ? 'avoid' : 'allow', ops: column.ops }],
    spaceBefore: 0,
    spaceAfter: rule.spaceAfterPt,
    keepWithNext: rule.keepWithNext,
  };
}

function piece(item: FlowItem, box: PageBox, fonts: Fonts): FlowPiece {
  switch (item.kind) {
    case 'paragraph':
      return paragraphPiece(layoutParagraph(item, box.left, box.textWidth, fonts));
    case 'rule':
      return rulePiece(item, box, fonts);
    case 'grid':
      return gridPiece(item, box, fonts);
    case 'spacer': {
      const column = new Column(box.left, box.textWidth, fonts);
      column.spacer(item);
      return { chunks: [{ height: column.y, gapBefore: 0, breakBefore: 'allow', ops: column.ops }], spaceBefore: 0, spaceAfter: 0, keepWithNext: false };
    }
    case 'page-break':
      return PAGE_BREAK;
  }
}

export function sectionFlow(section: Section, fonts: Fonts): SectionFlow {
  const box = pageBox(section.page);
  return { box, chunks: joinPieces(section.items.map((item) => piece(item, box, fonts))) };
}
