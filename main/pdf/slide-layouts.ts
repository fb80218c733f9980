// Draws one slide onto the current pdfkit page from its geometry (model/slide-geometry): the same boxes, sizes and
// line breaks the stage shows, scaled from the 1280 × 720 design frame to the 960 × 540 pt page. The look of the
// deck lives in the geometry; this file only paints it and tags it for screen readers.
import type { Slide, Text } from '../model/schema';
import { localize } from '../model/text';
import { valueAt } from '../model/problems';
import { INK, slideGeometry, ASCENT, DESCENT, FRAME, type Face, type SlideGeometry, type TextBox } from '../model/slide-geometry';
import { reportCut } from './cut-watch';
import { FONT, type FontFace } from './fonts';
import { geometryMeasurer } from './measure';
import { PAGE } from './theme';
import type { SlideContext, Tag } from './slide-context';
import { artifact, group, langOf, mark } from './slide-text';

export { SlideDrawError, type FieldPath, type SlideContext } from './slide-context';

/** True for full-bleed navy slides, which take a light footer. */
export const isDark = (s: Slide): boolean => s.layout === 'title' || s.layout === 'section';

/**
 * The level of the heading a slide's drawing opens with (H1 for a title slide, H2 for the others; none for a quote
 * without a title), so what follows it in the slide's section (its speaker notes) can go one level down.
 */
export function slideHeadingLevel(slide: Slide): 1 | 2 | undefined {
  if (slide.layout === 'title') return 1;
  return slide.layout === 'quote' && slide.title === undefined ? undefined : 2;
}

/** Design pixels to PDF points. */
const S = PAGE.width / FRAME.width;
const FACE: Record<Face, FontFace> = { regular: FONT.regular, italic: FONT.italic, semibold: FONT.semibold, bold: FONT.bold };

/** The geometry `drawSlide` paints for `ctx` (the band's banner, languages, citations, byline) and `source`. */
export function geometryFor(ctx: SlideContext, slide: Slide, source?: { label: string; text: string }): SlideGeometry {
  return slideGeometry(slide, {
    lang: ctx.lang,
    lang2: ctx.lang2,
    banner: ctx.top > 0,
    source,
    cite: ctx.cite,
    byline: ctx.byline || undefined,
  }, geometryMeasurer(ctx.doc));
}

/**
 * Draws `slide` as its geometry says, with its source line when `source` is given (the slides layout gives it; a
 * miniature may leave it out). Every text the geometry cut is reported to ctx.onCut and to the export's cut watch.
 */
export function drawSlide(ctx: SlideContext, slide: Slide, source?: { label: string; text: string }): void {
  const g = geometryFor(ctx, slide, source);
  for (const c of g.cuts) {
    ctx.onCut?.(c.field, c.lang, c.leftOut ?? false);
    const text = textAt(slide, c.field);
    if (text !== undefined) reportCut(ctx.doc, localize(text, c.lang), c.leftOut ? 'left-out' : 'cut');
  }
  if (ctx.measureOnly) return;
  paint(ctx, slide, g);
}

/** The author's text at a field path of the slide, if it is one. */
function textAt(slide: Slide, path: (string | number)[]): Text | undefined {
  const at = valueAt(slide, path);
  return typeof at === 'string' || (at !== null && typeof at === 'object' && ('en' in at || 'es' in at)) ? (at as Text) : undefined;
}

function paint(ctx: SlideContext, slide: Slide, g: SlideGeometry): void {
  const { doc } = ctx;
  if (g.dark) artifact(ctx, () => doc.rect(0, 0, PAGE.width, PAGE.height).fill(INK.navy));
  // Rules, markers and dots are decoration; a chart's bars are its figure, described by its alt text.
  artifact(ctx, () => {
    for (const sh of g.shapes.filter((x) => !x.figure)) {
      if (sh.kind === 'dot') doc.circle((sh.x + sh.w / 2) * S, (sh.y + sh.h / 2) * S, (sh.w / 2) * S).fill(INK[sh.ink]);
      else doc.rect(sh.x * S, sh.y * S, sh.w * S, sh.h * S).fill(INK[sh.ink]);
    }
  });
  const bars = g.shapes.filter((x) => x.figure);
  if (bars.length > 0) {
    const figure = group(ctx, ctx.struct, 'Figure', g.figureAlt ? { alt: g.figureAlt } : {});
    mark(figure, () => {
      for (const sh of bars) doc.rect(sh.x * S, sh.y * S, sh.w * S, sh.h * S).fill(INK[sh.ink]);
    });
    figure?.end();
  }
  if (g.picture && slide.layout === 'image') {
    const p = g.picture;
    const figure = group(ctx, ctx.struct, 'Figure', { alt: localize(slide.alt, ctx.lang) });
    mark(figure, () => ctx.images.draw(doc, slide, { x: p.x * S, y: p.y * S, width: p.w * S, height: p.h * S }));
    figure?.end();
  }
  // Text, in reading order, inside its structure groups (a stat's Div, a list's L and LI, a quote's BlockQuote).
  const open: { key: string; el: Tag | undefined }[] = [];
  let last: Tag | undefined;
  const closeTo = (keys: string[]): void => {
    while (open.length > 0 && (open.length > keys.length || open[open.length - 1]?.key !== keys[open.length - 1])) open.pop()?.el?.end();
  };
  g.texts.forEach((box, i) => {
    if (box.tag === 'Artifact') return artifact(ctx, () => drawLines(doc, box));
    // Drawn with the box before it, in one run of marked content ("35,065 lb" and its "[1]" read as one).
    if (box.inline && last) return;
    const followers: TextBox[] = [];
    for (const next of g.texts.slice(i + 1)) {
      if (!next.inline) break;
      followers.push(next);
    }
    if (box.secondary && last) {
      const span = group(ctx, last, 'Span', ctx.lang2 ? { lang: box.lang ?? ctx.lang2 } : {});
      mark(span, () => drawLines(doc, box));
      span?.end();
      return;
    }
    last?.end();
    last = undefined;
    closeTo(box.groups);
    for (const key of box.groups.slice(open.length)) {
      const parent = open[open.length - 1]?.el ?? ctx.struct;
      open.push({ key, el: group(ctx, parent, g.groups[key] ?? 'Div') });
    }
    const el = group(ctx, open[open.length - 1]?.el ?? ctx.struct, box.tag, langOf(ctx, box.lang));
    mark(el, () => {
      drawLines(doc, box);
      for (const f of followers) drawLines(doc, f);
    });
    last = el;
  });
  last?.end();
  closeTo([]);
}

/** Each line at its own place: glyphs centred in the line box as CSS does, so the baseline matches the stage. */
function drawLines(doc: PDFKit.PDFDocument, b: TextBox): void {
  doc.font(FACE[b.face]).fontSize(b.size * S).fillColor(INK[b.ink]);
  b.lines.forEach((raw, i) => {
    const line = b.caps ? raw.toUpperCase() : raw;
    if (!line) return;
    const top = b.y + i * b.lineHeight + (b.lineHeight - (ASCENT + DESCENT) * b.size) / 2;
    let x = b.x;
    if (b.align !== 'left') {
      const w = doc.widthOfString(line, { characterSpacing: b.tracking * S }) / S;
      x += b.align === 'center' ? (b.w - w) / 2 : b.w - w;
    }
    doc.text(line, x * S, top * S, { lineBreak: false, characterSpacing: b.tracking * S });
  });
}
