// Measures text with the bundled fonts before anything is drawn, so every page can be planned (and counted) first.
import PDFDocument from 'pdfkit';
import { FONT, fontFile, registerFonts, type FontFace } from './fonts';
import type { Face, TextMeasurer } from '../model/slide-geometry';

export interface TextStyle { font: FontFace; size: number; width: number; lineGap?: number }

/** Height of `text` wrapped to the style's width. */
export type Measure = (text: string, style: TextStyle) => number;

let scratch: PDFKit.PDFDocument | undefined;

/** A measure backed by one never-written pdfkit document (fonts parsed once per process), for planExport. */
export function pdfMeasure(): Measure {
  if (!scratch) {
    scratch = new PDFDocument({ autoFirstPage: false, font: fontFile(FONT.regular) });
    registerFonts(scratch);
  }
  return measureWith(scratch);
}

/**
 * A measure using `doc`'s own fonts, so an export parses each font once. Measuring draws nothing and adds no glyph
 * to a subset, so the output is the same as with any other measure; callers restore the font they need afterwards.
 */
export function measureWith(doc: PDFKit.PDFDocument): Measure {
  return (text, s) => {
    doc.font(s.font).fontSize(s.size);
    return doc.heightOfString(text, { width: s.width, lineGap: s.lineGap ?? 0 });
  };
}

const FACES: Record<Face, FontFace> = { regular: FONT.regular, italic: FONT.italic, semibold: FONT.semibold, bold: FONT.bold };

/**
 * The slide geometry's measurer (model/slide-geometry) over pdfkit's fonts and text pipeline: the same font files and
 * fallbacks the PDF draws with, so the lines it breaks are the lines the PDF and the stage show. Widths are linear in
 * the size, so one width at 100 px per text and face is remembered and scaled.
 */
export function geometryMeasurer(doc?: PDFKit.PDFDocument): TextMeasurer {
  if (!doc && !scratch) pdfMeasure();
  const d = doc ?? (scratch as PDFKit.PDFDocument);
  const cache = new Map<string, number>();
  return {
    width(text, face, size) {
      const key = `${face}\u0000${text}`;
      let w = cache.get(key);
      if (w === undefined) {
        d.font(FACES[face]).fontSize(100);
        w = d.widthOfString(text);
        if (cache.size > 100_000) cache.clear();
        cache.set(key, w);
      }
      return (w * size) / 100;
    },
  };
}
