// Draws a slide exactly as on its own page, scaled into a box on a paper page, with a thin border.
import type { Slide } from '../model/schema';
import type { DrawEnv } from './layout';
import type { Box } from './paginate';
import { drawSlide, type SlideContext } from './slide-layouts';
import { group, artifact } from './tagging';
import { COLOR, PAGE } from './theme';

/** The slide context for `slide` drawn in the deck's 960 × 540 space between `top` and `bottom`. */
export function slideContext(env: DrawEnv, top: number, bottom: number, struct: PDFKit.PDFStructureElement): SlideContext {
  return {
    doc: env.doc,
    lang: env.lang,
    images: env.images,
    top,
    bottom,
    byline: env.byline,
    cite: env.cite,
    struct,
    ...(env.lang2 ? { lang2: env.lang2 } : {}),
  };
}

/**
 * Draws the slide into `box` inside a new Sect under env.root and returns that Sect still open, so what belongs to
 * the slide (its speaker notes) joins it; the caller ends it.
 */
export function drawThumbnail(env: DrawEnv, slide: Slide, box: Box): PDFKit.PDFStructureElement {
  const { doc } = env;
  const scale = box.width / PAGE.width;
  const sect = group(doc, env.root, 'Sect');
  doc.save();
  doc.translate(box.x, box.y).scale(scale);
  doc.rect(0, 0, PAGE.width, PAGE.height).clip();
  // The deck's footer band is not drawn on a thumbnail, so the content may use most of it.
  drawSlide(slideContext(env, 0, PAGE.height - 14, sect), slide);
  doc.restore();
  artifact(doc, () => doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.6).strokeColor(COLOR.muted).stroke(), 'Layout');
  return sect;
}
