// A slide's picture as the PDF layouts draw it. Every image of the export is read and turned into its print form
// (image-kinds.ts, the same rule validate applies) before the first page is drawn, so a bad image stops the export
// with its slide named before anything is written; drawing is then synchronous, as pdfkit's layout is.
import { readFile } from 'node:fs/promises';
import { packImagePath } from '../briefing/check-images';
import { imageKindOf, printImageOf, type PrintImage } from '../images/image-kinds';
import { drawSvg } from '../images/svg';
import type { Box } from './paginate';
import { SlideDrawError } from './slide-context';

export interface ImageSlide { id: string; image: string }

/** The export's pictures in print form; draws each fitted into a box and centred. */
export interface PackImages {
  /** Draws the slide's picture; a SlideDrawError when it was not prepared (a slide outside the export's plan). */
  draw(doc: PDFKit.PDFDocument, slide: ImageSlide, box: Box): void;
}

// pdfkit's openImage and image(opened) are public API its type declarations leave out.
type OpenedImage = object;
interface ImageOpening {
  openImage(src: Buffer): OpenedImage;
  image(src: OpenedImage, x: number, y: number, options: PDFKit.Mixins.ImageOption): unknown;
}

const unprintable = (slide: ImageSlide, why: string): SlideDrawError =>
  new SlideDrawError(`the image "${slide.image}" of slide "${slide.id}" cannot be printed: ${why}`);

async function printForm(packDir: string, slide: ImageSlide): Promise<PrintImage> {
  const file = packImagePath(packDir, slide.image);
  if (file === undefined) throw new SlideDrawError(`the image "${slide.image}" of slide "${slide.id}" is outside the briefing folder`);
  const kind = imageKindOf(slide.image);
  if (!kind) throw unprintable(slide, 'it is not an image type Puente shows');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw unprintable(slide, code === 'ENOENT' ? 'it is not in the briefing folder' : 'it cannot be read');
  }
  try {
    return await printImageOf(bytes, kind);
  } catch (e) {
    throw unprintable(slide, e instanceof Error ? e.message : String(e));
  }
}

/** Reads and converts each slide's picture once (slides sharing a file share it); rejects with a SlideDrawError. */
export async function preparePackImages(packDir: string, slides: readonly ImageSlide[]): Promise<PackImages> {
  const forms = new Map<string, PrintImage>();
  for (const slide of slides) if (!forms.has(slide.image)) forms.set(slide.image, await printForm(packDir, slide));
  // One embedded XObject per file and document, however many times it is drawn (thumbnails, brief, slides).
  const opened = new Map<string, OpenedImage>();
  return {
    draw(doc, slide, box) {
      const form = forms.get(slide.image);
      if (!form) throw unprintable(slide, 'it was not prepared for this export');
      if (form.form === 'svg') return drawSvg(doc, form.text, box);
      const pdf = doc as unknown as ImageOpening;
      let image = opened.get(slide.image);
      if (image === undefined) {
        image = pdf.openImage(form.bytes);
        opened.set(slide.image, image);
      }
      pdf.image(image, box.x, box.y, { fit: [box.width, box.height], align: 'center', valign: 'center' });
    },
  };
}

/** For measuring only (validate's overflow check), where no picture is drawn. */
export const NO_IMAGES: PackImages = {
  draw(_doc, slide) {
    throw unprintable(slide, 'pictures are not drawn while measuring');
  },
};
