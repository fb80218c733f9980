// Gives a pdfkit document Puente's fonts: the bundled faces and the fallback chain, through the text pipeline, so the
// PDF draws (and measures) every character the way the screen does.
import { installTextPipeline } from './text-pipeline';

export { FONT, fontFile, type FontFace } from '../fonts/faces';

/** Registers every face with `doc` and routes its text through the pipeline (text-pipeline.ts). Call once per doc. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  installTextPipeline(doc);
}
