/**
 * Images of the plan in the DOCX: each image becomes one media part with one relationship; an inline
 * image sits in its paragraph, a floating one is anchored to it (the seal over the signature).
 */
import type { PlacedImage, PlanImage } from '../../plan/types.ts';
import { el } from './xml.ts';

/** English Metric Units: 12,700 to the point. */
const emu = (pt: number): number => Math.round(pt * 12_700);

const NS = {
  'xmlns:wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  'xmlns:a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
  'xmlns:pic': 'http://schemas.openxmlformats.org/drawingml/2006/picture',
};
const NO_DISTANCE = { distT: 0, distB: 0, distL: 0, distR: 0 };
const PICTURE_URI = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
const EXTENSIONS: Record<PlanImage['mediaType'], string> = { 'image/png': 'png', 'image/jpeg': 'jpeg' };

export interface MediaPart {
  relId: string;
  /** Path inside the package, relative to word/. */
  target: string;
  /** Extension of the part's name and the content type it stands for. */
  extension: string;
  contentType: string;
  bytes: Uint8Array;
}

export class DocxImages {
  private readonly parts = new Map<string, MediaPart>();
  private drawings = 0;

  constructor(private readonly images: Record<string, PlanImage>) {}

  private part(sha256: string): MediaPart {
    let part = this.parts.get(sha256);
    if (!part) {
      const n = this.parts.size + 1;
      const { mediaType, bytes } = this.images[sha256];
      const extension = EXTENSIONS[mediaType];
      part = { relId: `rIdAnh${n}`, target: `media/anh${n}.${extension}`, extension, contentType: mediaType, bytes };
      this.parts.set(sha256, part);
    }
    return part;
  }

  media(): MediaPart[] {
    return [...this.parts.values()];
  }

  /** A run holding the image: inline in its line, or anchored `spaceHeightPt` tall space's middle. */
  drawing(image: PlacedImage, spaceHeightPt: number): string {
    if (!image.floating) return el('w:r', null, [el('w:drawing', null, [el('wp:inline', { ...NS, ...NO_DISTANCE }, this.picture(image))])]);
    const x = image.centreXPt - image.widthPt / 2;
    const y = (spaceHeightPt - image.heightPt) / 2;
    const anchor = el(
      'wp:anchor',
      { ...NS, ...NO_DISTANCE, simplePos: 0, relativeHeight: 2, behindDoc: 0, locked: 0, layoutInCell: 1, allowOverlap: 1 },
      [
        el('wp:simplePos', { x: 0, y: 0 }),
        el('wp:positionH', { relativeFrom: 'column' }, [el('wp:posOffset', null, [String(emu(x))])]),
        el('wp:positionV', { relativeFrom: 'paragraph' }, [el('wp:posOffset', null, [String(emu(y))])]),
        ...this.picture(image),
      ],
    );
    return el('w:r', null, [el('w:drawing', null, [anchor])]);
  }

  private picture(image: PlacedImage): string[] {
    const { relId, extension } = this.part(image.image);
    const id = ++this.drawings;
    const size = { cx: emu(image.widthPt), cy: emu(image.heightPt) };
    const pic = el('pic:pic', null, [
      el('pic:nvPicPr', null, [el('pic:cNvPr', { id, name: `anh${id}.${extension}` }), el('pic:cNvPicPr')]),
      el('pic:blipFill', null, [el('a:blip', { 'r:embed': relId }), el('a:stretch', null, [el('a:fillRect')])]),
      el('pic:spPr', null, [el('a:xfrm', null, [el('a:off', { x: 0, y: 0 }), el('a:ext', size)]), el('a:prstGeom', { prst: 'rect' }, [el('a:avLst')])]),
    ]);
    return [
      el('wp:extent', size),
      ...(image.floating ? [el('wp:wrapNone')] : []),
      el('wp:docPr', { id, name: `Ảnh ${id}` }),
      el('a:graphic', null, [el('a:graphicData', { uri: PICTURE_URI }, [pic])]),
    ];
  }
}
