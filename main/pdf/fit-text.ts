// Makes text fit a box: shrink the font size within limits, then wrap; as a last resort end with an ellipsis.
import type { FontFace } from './fonts';

export interface FitOptions {
  font: FontFace;
  width: number;
  height: number;
  maxSize: number;
  minSize: number;
  lineGap?: number;
  align?: 'left' | 'center' | 'right';
}

/** The largest size in [minSize, maxSize] (1 pt steps) at which `text` fits the box when wrapped to `width`. */
export function fitSize(doc: PDFKit.PDFDocument, text: string, o: FitOptions): number {
  for (let size = o.maxSize; size > o.minSize; size -= 1) {
    doc.font(o.font).fontSize(size);
    if (doc.heightOfString(text, { width: o.width, lineGap: o.lineGap ?? 0 }) <= o.height) return size;
  }
  return o.minSize;
}

/** Draws `text` at (x, y) at the size that fits; returns the height used. */
export function drawFitted(doc: PDFKit.PDFDocument, text: string, x: number, y: number, o: FitOptions): number {
  const size = fitSize(doc, text, o);
  doc.font(o.font).fontSize(size);
  const opts = { width: o.width, lineGap: o.lineGap ?? 0, align: o.align ?? 'left' } as const;
  const used = Math.min(doc.heightOfString(text, opts), o.height);
  doc.text(text, x, y, { ...opts, height: o.height, ellipsis: true });
  return used;
}
