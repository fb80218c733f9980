// Registers the bundled Source Sans 3 faces with a pdfkit document, so the PDF uses the same font as the screen.
import { join } from 'node:path';
import { fontsDir } from '../paths';

/** Names the slide layouts use to pick a face; each maps to a bundled TTF (embedded and subset by pdfkit). */
export const FONT = {
  regular: 'SourceSans3-Regular',
  italic: 'SourceSans3-Italic',
  semibold: 'SourceSans3-SemiBold',
  bold: 'SourceSans3-Bold',
} as const;
export type FontFace = (typeof FONT)[keyof typeof FONT];

export function fontFile(face: FontFace): string {
  return join(fontsDir(), `${face}.ttf`);
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const face of Object.values(FONT)) doc.registerFont(face, fontFile(face));
}
