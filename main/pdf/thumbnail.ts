// Draws a slide exactly as on its own page, scaled into a box on a paper page, with a thin border, and its sources
// beneath in the paper's own type — a miniature's footer would print them too small to read.
import type { Lang, Slide } from '../model/schema';
import { secondarySize } from './fit-text';
import { FONT } from './fonts';
import type { DrawEnv } from './layout';
import type { Box } from './paginate';
import { drawSlide, type SlideContext } from './slide-layouts';
import { slideGeometry } from '../model/slide-geometry';
import { geometryMeasurer } from './measure';
import { citationRuns } from './sources-appendix';
import { artifact, group, runsText, tagRuns } from './tagging';
import { COLOR, PAGE } from './theme';

/** The slide context for `slide` drawn in the deck's 960 × 540 space between `top` and `bottom`. */
export function slideContext(env: Omit<DrawEnv, 'root'>, top: number, bottom: number, struct: PDFKit.PDFStructureElement): SlideContext {
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

/** The smallest printed size, in points, at which the second language is still read (issue 13, item 13). */
export const LEGIBLE_SIZE = 6;
/** The size a slide sets the second language of its body text at (the line under a 20 pt bullet), in points. */
const SECOND_ON_SLIDE = secondarySize(20);

/**
 * Whether a miniature `width` points wide can print the second language legibly at all: at 6-up or 3-up (a quarter of
 * the slide's size) a body line's translation would be about 3 pt, so such miniatures leave it out for every slide
 * and the page says so (secondLeftOut). Where this holds, secondLegible still judges each slide by its own geometry.
 */
export const showsSecondLanguage = (width: number): boolean => (width / PAGE.width) * SECOND_ON_SLIDE >= LEGIBLE_SIZE;

/**
 * Whether `slide`, drawn `width` points wide, prints every second-language line at LEGIBLE_SIZE or more: its
 * geometry's smallest second-language size (px in the 1280-px frame) scaled to the miniature. A quote's role or a
 * stat's translated figure is set smaller than a bullet's translation, so a width that suits one slide may not
 * suit another; a slide that fails prints its first language alone and its page carries the notice.
 */
export function secondLegible(env: Omit<DrawEnv, 'root'>, slide: Slide, width: number): boolean {
  if (!env.lang2) return true;
  if (!showsSecondLanguage(width)) return false;
  return smallestSecond(env, slide) * (width / FRAME_PX) >= LEGIBLE_SIZE;
}

// The page's notice and the miniature both ask; the slide is laid out for it once per language pair.
const smallestSeen = new WeakMap<Slide, Map<string, number>>();

/** The slide's smallest second-language size in px, from its geometry as drawThumbnail lays it out (no banner room). */
function smallestSecond(env: Omit<DrawEnv, 'root'>, slide: Slide): number {
  const key = `${env.lang}|${env.lang2 ?? ''}|${env.byline}`;
  const seen = smallestSeen.get(slide) ?? new Map<string, number>();
  smallestSeen.set(slide, seen);
  let px = seen.get(key);
  if (px === undefined) {
    const g = slideGeometry(slide, { lang: env.lang, lang2: env.lang2, banner: false, cite: env.cite, byline: env.byline || undefined }, geometryMeasurer(env.doc));
    px = Math.min(Infinity, ...g.texts.filter((t) => t.secondary).map((t) => t.size));
    seen.set(key, px);
  }
  return px;
}

/** The slide frame's width in px: a miniature `width` points wide draws 1 px of the frame at width / FRAME_PX pt. */
const FRAME_PX = 1280;

/** Height kept under a miniature for its source line: two lines of SOURCE_SIZE type. */
export const SOURCE_ROOM = 20;
const SOURCE_SIZE = 7;

/**
 * Draws the slide into `box` inside a new Sect under env.root and returns that Sect still open, so what belongs to
 * the slide (its speaker notes) joins it; the caller ends it. The second language is drawn only where it is legible
 * (showsSecondLanguage); the slide's sources go in the SOURCE_ROOM below the box.
 */
export function drawThumbnail(env: DrawEnv, slide: Slide, box: Box): PDFKit.PDFStructureElement {
  const { doc } = env;
  const scale = box.width / PAGE.width;
  const sect = group(doc, env.root, 'Sect');
  const lang2: Lang | undefined = secondLegible(env, slide, box.width) ? env.lang2 : undefined;
  doc.save();
  doc.translate(box.x, box.y).scale(scale);
  doc.rect(0, 0, PAGE.width, PAGE.height).clip();
  // The deck's footer band is not drawn on a miniature, so the content may use most of it.
  drawSlide(slideContext({ ...env, lang2 }, 0, PAGE.height - 14, sect), slide);
  doc.restore();
  artifact(doc, () => doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.6).strokeColor(COLOR.muted).stroke(), 'Layout');
  drawMiniatureSources(env, sect, slide, box);
  return sect;
}

/** "Source: [1] Publisher" under the miniature; its markers alone ("Source: [1]") when the names need more than two lines. */
function drawMiniatureSources(env: DrawEnv, sect: PDFKit.PDFStructureElement, slide: Slide, box: Box): void {
  const { doc } = env;
  doc.font(FONT.regular).fontSize(SOURCE_SIZE);
  const long = citationRuns(env.briefing, slide, env.lang, env.cite);
  if (long.length === 0) return;
  const fits = doc.heightOfString(runsText(long), { width: box.width }) <= SOURCE_ROOM - 2;
  const runs = fits ? long : citationRuns(env.briefing, slide, env.lang, env.cite, { long: false });
  doc.fillColor(COLOR.muted);
  tagRuns(doc, sect, 'P', env.lang, runs, box.x, box.y + box.height + 2.5, { width: box.width, height: SOURCE_ROOM, lineGap: 0 });
}
