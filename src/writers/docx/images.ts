/**
 * Signature and seal images in the DOCX: each file becomes one media part with one relationship;
 * the signature sits inline in the signature space, the seal floats over its left third.
 */
import { readFileSync } from 'node:fs';
import { SIGNATURE } from '../../layout/nd30.ts';
import { fitted } from '../../png.ts';

const EMU_PER_MM = 36_000;
const emu = (mm: number): number => Math.round(mm * EMU_PER_MM);

const NS =
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

export interface MediaPart {
  relId: string;
  /** Path inside the package, relative to word/. */
  target: string;
  bytes: Buffer;
}

export class DocxImages {
  private readonly parts = new Map<string, MediaPart>();
  private drawings = 0;

  private part(path: string): MediaPart {
    let part = this.parts.get(path);
    if (!part) {
      const n = this.parts.size + 1;
      part = { relId: `rIdAnh${n}`, target: `media/anh${n}.png`, bytes: readFileSync(path) };
      this.parts.set(path, part);
    }
    return part;
  }

  media(): MediaPart[] {
    return [...this.parts.values()];
  }

  /** The signature image, fitted into the signature space of a column `widthMm` wide. */
  signature(path: string, widthMm: number): string {
    const size = fitted(path, widthMm, SIGNATURE.signatureSpaceMm);
    return `<w:r><w:drawing><wp:inline ${NS} distT="0" distB="0" distL="0" distR="0">${this.picture(path, size.width, size.height)}</wp:inline></w:drawing></w:r>`;
  }

  /** The seal, real size, centred on the left third of the column and on the signature space. */
  seal(path: string, widthMm: number): string {
    const size = fitted(path, SIGNATURE.sealSizeMm, SIGNATURE.sealSizeMm);
    const x = widthMm / 3 - size.width / 2;
    const y = (SIGNATURE.signatureSpaceMm - size.height) / 2;
    return (
      `<w:r><w:drawing><wp:anchor ${NS} distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
      `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>${emu(x)}</wp:posOffset></wp:positionH>` +
      `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${emu(y)}</wp:posOffset></wp:positionV>` +
      `${this.picture(path, size.width, size.height, true)}</wp:anchor></w:drawing></w:r>`
    );
  }

  private picture(path: string, widthMm: number, heightMm: number, floating = false): string {
    const { relId } = this.part(path);
    const id = ++this.drawings;
    const [cx, cy] = [emu(widthMm), emu(heightMm)];
    return (
      `<wp:extent cx="${cx}" cy="${cy}"/>${floating ? '<wp:wrapNone/>' : ''}<wp:docPr id="${id}" name="Ảnh ${id}"/>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
      `<pic:nvPicPr><pic:cNvPr id="${id}" name="anh${id}.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
      `<pic:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
      `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
      `</pic:pic></a:graphicData></a:graphic>`
    );
  }
}
