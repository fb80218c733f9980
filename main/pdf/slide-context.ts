// What drawing one slide needs to know (the page band, languages, tagging, citations) and where a cut is reported.
import type { Lang } from '../model/schema';
import type { PackImages } from './pack-image';

/** A place inside a slide, e.g. `['bullets', 2, 'text']`. */
export type FieldPath = (string | number)[];

export interface SlideContext {
  doc: PDFKit.PDFDocument;
  lang: Lang;
  /** The export's pictures in print form (NO_IMAGES when only measuring). */
  images: PackImages;
  /** Content band: below any top banner, above the footer. */
  top: number;
  bottom: number;
  /** Title-slide extras taken from the briefing's metadata. */
  byline: string;
  /** Bilingual export: each text element also shows this language's wording beneath, smaller and muted. */
  lang2?: Lang | undefined;
  /** The reference number of a source in the numbered sources appendix; big figures carry it as "[3]". */
  cite?: ((sourceId: string) => number | undefined) | undefined;
  /** Tagged export: the slide's structure elements go under this one; decoration is marked as artifacts. */
  struct?: PDFKit.PDFStructureElement | undefined;
  /** Told about each text element cut with an ellipsis to fit, or left out whole (`leftOut`: a list's last points). */
  onCut?: ((field: FieldPath, lang: Lang, leftOut: boolean) => void) | undefined;
  /** Measuring only (validate): images are not read. */
  measureOnly?: boolean | undefined;
}

/** Thrown when a slide cannot be drawn (e.g. its image is unreadable); export turns it into an ExportError. */
export class SlideDrawError extends Error {}

export type { Box } from './paginate';
export type Tag = PDFKit.PDFStructureElement;
