// A slide's picture as the PDF layouts draw it: the file inside the pack, and a slide-naming error when it is not.
import { packImagePath } from '../briefing/check-images';
import { SlideDrawError } from './slide-context';

interface ImageSlide { id: string; image: string }

/** The image's file; a path leaving the pack folder is a SlideDrawError (export turns it into an ExportError). */
export function packImageFile(packDir: string, slide: ImageSlide): string {
  const file = packImagePath(packDir, slide.image);
  if (file === undefined) throw new SlideDrawError(`the image "${slide.image}" of slide "${slide.id}" is outside the briefing folder`);
  return file;
}

/** Runs `draw` (which places the image); a file pdfkit cannot read becomes a SlideDrawError naming the slide. */
export function drawingImage(slide: ImageSlide, draw: () => void): void {
  try {
    draw();
  } catch (e) {
    throw new SlideDrawError(`the image "${slide.image}" of slide "${slide.id}" cannot be read (${(e as Error).message})`);
  }
}
