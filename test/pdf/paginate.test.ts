import { describe, expect, it } from 'vitest';
import { joinPieces, paginate, PAGE_BREAK, type FlowPiece, type PlacedChunk } from '../../src/writers/pdf/paginate.ts';
import { paragraphPiece } from '../../src/writers/pdf/paragraph.ts';
import type { Chunk, Piece } from '../../src/writers/pdf/ops.ts';
import { sectionFlow } from '../../src/writers/pdf/flow.ts';
import { sampleDocument } from '../fixtures/pdf-sample.ts';
import { fonts, planOf } from '../helpers/build.ts';

const LINE = 10;
/** Ten lines fit on a page. */
const PAGE = 100;

const tag = (name: string): Chunk['ops'] => [{ kind: 'text', y: 0, texts: [{ text: name, x: 0, width: 0, variant: 'regular', sizePt: 10, rise: 0, spaceBefore: '' }] }];
const nameOf = ({ chunk }: PlacedChunk): string => (chunk.ops[0]?.kind === 'text' ? chunk.ops[0].texts[0].text : '?');

/** A paragraph `name` of `count` lines, named A1, A2… */
function paragraph(name: string, count: number, extra: Partial<Piece> = {}): Piece {
  const lines = Array.from({ length: count }, (_, i) => ({ height: LINE, textWidth: 0, ops: tag(`${name}${i + 1}`) }));
  return { ...paragraphPiece({ lines, spaceBefore: 0, spaceAfter: 0, keepWithNext: false }), ...extra };
}

function closing(height = 3 * LINE): Piece {
  return { chunks: [{ height, gapBefore: 0, breakBefore: 'avoid', ops: tag('closing') }], spaceBefore: 0, spaceAfter: 0, keepWithNext: false, keepWithPreviousLines: 2 };
}

const layout = (...items: FlowPiece[]): string[][] => paginate(joinPieces(items), PAGE).map((page) => page.map(nameOf));

describe('page breaking', () => {
  it('fills pages and splits long paragraphs', () => {
    expect(layout(paragraph('A', 25)).map((page) => page.length)).toEqual([10, 10, 5]);
  });

  it('moves a paragraph whose first line alone would end the page (orphan)', () => {
    const pages = layout(paragraph('A', 9), paragraph('B', 5));
    expect(pages[0].at(-1)).toBe('A9');
    expect(pages[1]).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
  });

  it('never leaves the last line of a paragraph alone at the top of a page (widow)', () => {
    const pages = layout(paragraph('A', 7), paragraph('B', 4));
    expect(pages[0]).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'B1', 'B2']);
    expect(pages[1]).toEqual(['B3', 'B4']);
  });

  it('keeps a three-line paragraph whole', () => {
    const pages = layout(paragraph('A', 8), paragraph('B', 3));
    expect(pages[1]).toEqual(['B1', 'B2', 'B3']);
  });

  it('keeps a heading with the paragraph after it', () => {
    const pages = layout(paragraph('A', 8), paragraph('H', 1, { keepWithNext: true }), paragraph('B', 3));
    expect(pages[0].at(-1)).toBe('A8');
    expect(pages[1]).toEqual(['H1', 'B1', 'B2', 'B3']);
  });

  it('carries the last two body lines to the next page with the closing', () => {
    const pages = layout(paragraph('A', 9), closing());
    expect(pages[0].at(-1)).toBe('A7');
    expect(pages[1]).toEqual(['A8', 'A9', 'closing']);
  });

  it('carries more than the last line when the last paragraph has one line', () => {
    const pages = layout(paragraph('A', 8), paragraph('B', 1), closing());
    expect(pages[1][0]).not.toBe('B1');
    expect(pages[1].slice(-2)).toEqual(['B1', 'closing']);
    expect(pages[1].length).toBeGreaterThanOrEqual(3);
  });

  it('breaks the page where the body asks for it', () => {
    expect(layout(paragraph('A', 2), PAGE_BREAK, paragraph('B', 2))).toEqual([
      ['A1', 'A2'],
      ['B1', 'B2'],
    ]);
  });

  it('drops the space above a block that starts a page', () => {
    const pages = paginate(joinPieces([paragraph('A', 10), paragraph('B', 2, { spaceBefore: 6 })]), PAGE);
    expect(pages[1][0].top).toBe(0);
    expect(paginate(joinPieces([paragraph('A', 2), paragraph('B', 2, { spaceBefore: 6 })]), PAGE)[0][2].top).toBe(2 * LINE + 6);
  });
});

describe('the sample Kế hoạch', () => {
  const plan = planOf(sampleDocument);
  const main = sectionFlow(plan.sections[0], { fonts: fonts(), lines: plan.lines });
  const pages = paginate(main.chunks, main.box.bodyHeight);

  it('keeps every page inside the body height', () => {
    for (const page of pages) {
      const last = page[page.length - 1];
      expect(last.top + last.chunk.height).toBeLessThanOrEqual(main.box.bodyHeight + 0.01);
    }
  });

  it('repeats the table header row on the page the table continues on', () => {
    const rows = main.chunks.filter((c) => c.repeatHeader);
    const header = rows[0].repeatHeader![0];
    const continued = pages.filter((page) => page.some((p) => rows.includes(p.chunk)) && !page.some((p) => p.chunk === rows[0]));
    expect(continued.length).toBeGreaterThan(0);
    for (const page of continued) expect(page[0].chunk).toBe(header);
  });

  it('puts the closing on a page together with body lines', () => {
    const closingChunk = main.chunks[main.chunks.length - 1];
    const page = pages.find((p) => p.some((placed) => placed.chunk === closingChunk))!;
    expect(page.length).toBeGreaterThanOrEqual(3);
  });
});
