/** A section of the plan → its flow of chunks: the unsplittable slices the paginator fills pages with. */
import type { FlowItem, Rule, Section } from '../../plan/types.ts';
import { Column } from './column.ts';
import { gridPiece } from './grid.ts';
import { pageBox, type Chunk, type PageBox, type Piece } from './ops.ts';
import { joinPieces, PAGE_BREAK, type FlowPiece } from './paginate.ts';
import { layoutParagraph, paragraphPiece, type Typeset } from './paragraph.ts';

export interface SectionFlow {
  box: PageBox;
  chunks: Chunk[];
}

/** A rule of the flow, under a title: one chunk, glued to what is above it. */
function rulePiece(rule: Rule, box: PageBox, typeset: Typeset): Piece {
  const column = new Column(box.left, box.textWidth, typeset);
  column.rule({ ...rule, spaceAfterPt: 0 });
  return {
    chunks: [{ height: column.y, gapBefore: 0, breakBefore: rule.keepWithPrevious ? 'avoid' : 'allow', ops: column.ops }],
    spaceBefore: 0,
    spaceAfter: rule.spaceAfterPt,
    keepWithNext: rule.keepWithNext,
  };
}

function piece(item: FlowItem, box: PageBox, typeset: Typeset): FlowPiece {
  switch (item.kind) {
    case 'paragraph':
      return paragraphPiece(layoutParagraph(item, box.left, box.textWidth, typeset));
    case 'rule':
      return rulePiece(item, box, typeset);
    case 'grid':
      return gridPiece(item, box, typeset);
    case 'spacer': {
      const column = new Column(box.left, box.textWidth, typeset);
      column.spacer(item);
      return { chunks: [{ height: column.y, gapBefore: 0, breakBefore: 'allow', ops: column.ops }], spaceBefore: 0, spaceAfter: 0, keepWithNext: false };
    }
    case 'page-break':
      return PAGE_BREAK;
  }
}

export function sectionFlow(section: Section, typeset: Typeset): SectionFlow {
  const box = pageBox(section.page);
  return { box, chunks: joinPieces(section.items.map((item) => piece(item, box, typeset))) };
}
