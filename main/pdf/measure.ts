// Measures text with the bundled fonts before anything is drawn, so every page can be planned (and counted) first.
import PDFDocument from 'pdfkit';
import { FONT, fontFile, registerFonts, type FontFace } from './fonts';

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
