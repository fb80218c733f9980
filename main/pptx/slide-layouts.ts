// Each slide layout as editable PowerPoint objects: text boxes holding the slide's own text, a native bar chart,
// shapes for the stat cards and the timeline, the picture. One function per layout, keyed by the layout's name so
// the compiler names every layout a new one must reach. Positions are in points of the 960 × 540 pt (13.33 × 7.5 in)
// slide, the PDF's slide page.
import type PptxGenJS from 'pptxgenjs';
import type { Bullet, Briefing, SlideLayout, SlideOf, Text } from '../model/schema';
import { localize } from '../model/text';
import { COLOR, MARGIN, PAGE } from '../pdf/theme';
import { FONT_FACE, LANG_TAG, paragraphs, plain, textRuns, type DeckLangs, type RunStyle } from './text-runs';
import type { DeckPicture } from './pictures';

/** Inches from points (PowerPoint positions are inches in pptxgenjs). */
const inch = (pt: number): number => pt / 72;
const hex = (c: string): string => c.replace('#', '').toUpperCase();

export const INK = hex(COLOR.ink);
export const MUTED = hex(COLOR.muted);
const NAVY = hex(COLOR.navy);
const ACCENT = hex(COLOR.accent);
const BAR = hex(COLOR.bar);
const TINT = hex(COLOR.tint);
const WHITE = 'FFFFFF';
const LIGHT_MUTED = 'C9D3E0';

/** What every layout needs: the deck, its languages, the band between the banners, the pictures. */
export interface PptxSlideContext extends DeckLangs {
  pptx: PptxGenJS;
  slide: PptxGenJS.Slide;
  briefing: Briefing;
  /** Top and bottom of the area between the classification banners, in points. */
  band: { top: number; bottom: number };
  pictureOf(path: string): DeckPicture | undefined;
}

type Box = { x: number; y: number; w: number; h: number };
const at = (b: Box): PptxGenJS.PositionProps => ({ x: inch(b.x), y: inch(b.y), w: inch(b.w), h: inch(b.h) });

/** A text box holding `runs`; `fit: shrink` lets PowerPoint shrink long text once it is edited. */
function textBox(ctx: PptxSlideContext, runs: PptxGenJS.TextProps[], box: Box, extra: PptxGenJS.TextPropsOptions = {}): void {
  if (runs.length === 0) return;
  ctx.slide.addText(runs, { ...at(box), fontFace: FONT_FACE, margin: 0, valign: 'top', fit: 'shrink', lang: LANG_TAG[ctx.lang], ...extra });
}

const runs = (ctx: PptxSlideContext, text: Text | undefined, style: RunStyle, muted = MUTED) => textRuns(text, ctx, style, muted);

/** The heading of a content slide and the accent rule under it; returns where the content starts. */
function heading(ctx: PptxSlideContext, title: Text | undefined): number {
  const top = ctx.band.top + 24;
  if (title === undefined) return top;
  textBox(ctx, runs(ctx, title, { size: 30, color: NAVY, bold: true }), { x: MARGIN, y: top, w: PAGE.width - 2 * MARGIN, h: ctx.lang2 ? 74 : 52 }, { valign: 'bottom' });
  const ruleY = top + (ctx.lang2 ? 80 : 58);
  ctx.slide.addShape(ctx.pptx.ShapeType.rect, { ...at({ x: MARGIN, y: ruleY, w: 64, h: 4 }), fill: { color: ACCENT }, line: { color: ACCENT, width: 0 } });
  return ruleY + 18;
}

/** The lead sentence under a heading; returns where the content below it starts. */
function lead(ctx: PptxSlideContext, text: Text | undefined, y: number): number {
  if (text === undefined) return y;
  const h = ctx.lang2 ? 52 : 32;
  textBox(ctx, runs(ctx, text, { size: 20, color: MUTED }), { x: MARGIN, y, w: PAGE.width - 2 * MARGIN, h });
  return y + h + 8;
}

/** A bullet list with its sub-points (indent level 1), as PowerPoint bullets the briefer can edit. */
function bulletList(ctx: PptxSlideContext, bullets: Bullet[], box: Box, size = 22): void {
  const items = bullets.flatMap((b) =>
    typeof b === 'object' && 'bullets' in b
      ? [{ text: b.text, level: 0 }, ...b.bullets.map((c) => ({ text: c, level: 1 }))]
      : [{ text: b, level: 0 }],
  );
  const paras = items.map(({ text, level }) =>
    runs(ctx, text, {
      size: level === 0 ? size : Math.round(size * 0.85),
      color: INK,
      paragraph: { bullet: level === 0 ? true : { characterCode: '2013' }, indentLevel: level, paraSpaceAfter: 6 },
    }),
  );
  textBox(ctx, paragraphs(paras), box);
}

const contentBottom = (ctx: PptxSlideContext): number => ctx.band.bottom - 40;

function darkBackground(ctx: PptxSlideContext): void {
  ctx.slide.background = { color: NAVY };
}

const LAYOUTS: { [L in SlideLayout]: (ctx: PptxSlideContext, slide: SlideOf<L>) => void } = {
  title(ctx, s) {
    darkBackground(ctx);
    const w = PAGE.width - 2 * MARGIN;
    let y = ctx.band.top + 120;
    if (s.kicker) {
      textBox(ctx, runs(ctx, s.kicker, { size: 16, color: ACCENT, bold: true }, LIGHT_MUTED), { x: MARGIN, y, w, h: ctx.lang2 ? 40 : 24 });
      y += ctx.lang2 ? 46 : 30;
    }
    textBox(ctx, runs(ctx, s.title, { size: 44, color: WHITE, bold: true }, LIGHT_MUTED), { x: MARGIN, y, w, h: ctx.lang2 ? 130 : 110 });
    y += ctx.lang2 ? 136 : 116;
    if (s.subtitle) textBox(ctx, runs(ctx, s.subtitle, { size: 22, color: LIGHT_MUTED }, LIGHT_MUTED), { x: MARGIN, y, w, h: ctx.lang2 ? 64 : 40 });
    const meta = ctx.briefing.meta;
    const byline = [localize(meta.organization, ctx.lang), localize(meta.presenter, ctx.lang), meta.date].filter(Boolean).join(' · ');
    textBox(ctx, [{ text: plain(byline), options: { fontSize: 14, color: LIGHT_MUTED, fontFace: FONT_FACE } }], { x: MARGIN, y: ctx.band.bottom - 60, w, h: 24 });
  },
  section(ctx, s) {
    darkBackground(ctx);
    const w = PAGE.width - 2 * MARGIN;
    textBox(ctx, runs(ctx, s.title, { size: 40, color: WHITE, bold: true }, LIGHT_MUTED), { x: MARGIN, y: ctx.band.top + 170, w, h: ctx.lang2 ? 110 : 80 }, { valign: 'bottom' });
    if (s.subtitle) textBox(ctx, runs(ctx, s.subtitle, { size: 22, color: LIGHT_MUTED }, LIGHT_MUTED), { x: MARGIN, y: ctx.band.top + (ctx.lang2 ? 290 : 260), w, h: 70 });
  },
  bullets(ctx, s) {
    const y = lead(ctx, s.lead, heading(ctx, s.title));
    bulletList(ctx, s.bullets, { x: MARGIN, y, w: PAGE.width - 2 * MARGIN, h: contentBottom(ctx) - y });
  },
  stats(ctx, s) {
    const y = lead(ctx, s.lead, heading(ctx, s.title));
    const cols = Math.min(s.stats.length, 3);
    const rows = Math.ceil(s.stats.length / cols);
    const gap = 20;
    const w = (PAGE.width - 2 * MARGIN - gap * (cols - 1)) / cols;
    const h = (contentBottom(ctx) - y - gap * (rows - 1)) / rows;
    s.stats.forEach((stat, i) => {
      const box = { x: MARGIN + (i % cols) * (w + gap), y: y + Math.floor(i / cols) * (h + gap), w, h };
      ctx.slide.addShape(ctx.pptx.ShapeType.rect, { ...at(box), fill: { color: TINT }, line: { color: TINT, width: 0 } });
      const value = runs(ctx, stat.value, { size: rows > 1 ? 30 : 40, color: NAVY, bold: true, paragraph: { align: 'center' } });
      const label = runs(ctx, stat.label, { size: 16, color: INK, paragraph: { align: 'center' } });
      textBox(ctx, paragraphs([value, label]), { x: box.x + 12, y: box.y + 10, w: box.w - 24, h: box.h - 20 }, { valign: 'middle', align: 'center' });
    });
  },
  quote(ctx, s) {
    const y = s.title ? heading(ctx, s.title) : ctx.band.top + 70;
    const w = PAGE.width - 2 * MARGIN - 80;
    const quote = runs(ctx, s.quote, { size: 28, color: NAVY, italic: true });
    textBox(ctx, quote.map((r, i) => (i === 0 ? { ...r, text: `“${r.text}”` } : r)), { x: MARGIN + 40, y, w, h: contentBottom(ctx) - y - 80 }, { valign: 'middle' });
    const by = paragraphs([runs(ctx, s.attribution, { size: 18, color: INK, bold: true }), runs(ctx, s.role, { size: 16, color: MUTED })]);
    textBox(ctx, by.map((r, i) => (i === 0 ? { ...r, text: `— ${r.text}` } : r)), { x: MARGIN + 40, y: contentBottom(ctx) - 72, w, h: 72 });
  },
  chart(ctx, s) {
    const y = lead(ctx, s.lead, heading(ctx, s.title));
    const captionH = s.caption ? (ctx.lang2 ? 44 : 26) : 0;
    const unitH = s.chart.unit ? (ctx.lang2 ? 34 : 22) : 0;
    if (s.chart.unit) textBox(ctx, runs(ctx, s.chart.unit, { size: 14, color: MUTED }), { x: MARGIN, y, w: 600, h: unitH });
    // Prefix and suffix may be plain strings or localizable text; localize takes both.
    const prefix = localize(s.chart.prefix as Text, ctx.lang) ?? '';
    const suffix = localize(s.chart.suffix as Text, ctx.lang) ?? '';
    const q = (t: string) => (t ? `"${t.replace(/"/g, '')}"` : '');
    const decimals = s.chart.bars.some((b) => !Number.isInteger(b.value)) ? '0.0' : '0';
    const format = `${q(prefix)}#,##${decimals}${q(suffix)}`;
    const labels = s.chart.bars.map((b) => plain(localize(b.label, ctx.lang)));
    const colors = s.chart.bars.map((b) => (b.highlight ? ACCENT : BAR));
    ctx.slide.addChart(
      ctx.pptx.ChartType.bar,
      [{ name: plain(localize(s.chart.unit, ctx.lang) ?? localize(s.title, ctx.lang)), labels, values: s.chart.bars.map((b) => b.value) }],
      {
        ...at({ x: MARGIN, y: y + unitH, w: PAGE.width - 2 * MARGIN, h: contentBottom(ctx) - y - unitH - captionH }),
        barDir: 'bar',
        // Top to bottom in the pack's order, as on screen (a bar chart's categories otherwise run upwards).
        catAxisOrientation: 'maxMin' as 'minMax', // pptxgenjs writes either; its types name one
        // One colour per bar needs at least two colours (pptxgenjs writes c:dPt only then).
        chartColors: colors.length > 1 ? colors : [...colors, ...colors],
        showValue: true,
        dataLabelFormatCode: format,
        dataLabelFontFace: FONT_FACE,
        dataLabelFontSize: 14,
        dataLabelColor: INK,
        valAxisHidden: true,
        valGridLine: { style: 'none' },
        catAxisLabelFontFace: FONT_FACE,
        catAxisLabelFontSize: 14,
        catAxisLabelColor: INK,
        showLegend: false,
        lang: LANG_TAG[ctx.lang],
      },
    );
    if (s.caption) textBox(ctx, runs(ctx, s.caption, { size: 14, color: MUTED }), { x: MARGIN, y: contentBottom(ctx) - captionH, w: PAGE.width - 2 * MARGIN, h: captionH });
  },
  timeline(ctx, s) {
    const y = heading(ctx, s.title);
    const n = s.events.length;
    const w = (PAGE.width - 2 * MARGIN) / n;
    const lineY = y + 40;
    ctx.slide.addShape(ctx.pptx.ShapeType.line, { ...at({ x: MARGIN, y: lineY, w: PAGE.width - 2 * MARGIN, h: 0 }), line: { color: BAR, width: 3 } });
    s.events.forEach((e, i) => {
      const x = MARGIN + i * w;
      ctx.slide.addShape(ctx.pptx.ShapeType.ellipse, { ...at({ x: x + 4, y: lineY - 8, w: 16, h: 16 }), fill: { color: ACCENT }, line: { color: WHITE, width: 2 } });
      textBox(ctx, runs(ctx, e.when, { size: 18, color: NAVY, bold: true }), { x, y: y - 4, w: w - 12, h: 32 }, { valign: 'bottom' });
      textBox(ctx, runs(ctx, e.text, { size: n > 5 ? 14 : 16, color: INK }), { x, y: lineY + 20, w: w - 12, h: contentBottom(ctx) - lineY - 20 });
    });
  },
  image(ctx, s) {
    const y = heading(ctx, s.title);
    const captionH = s.caption ? (ctx.lang2 ? 44 : 26) : 0;
    const box = { x: MARGIN, y, w: PAGE.width - 2 * MARGIN, h: contentBottom(ctx) - y - captionH - 6 };
    const pic = ctx.pictureOf(s.image);
    if (pic) {
      // Contained in the box, centred, keeping its proportions.
      const scale = Math.min(box.w / pic.width, box.h / pic.height);
      const w = pic.width * scale;
      const h = pic.height * scale;
      ctx.slide.addImage({ data: pic.data, ...at({ x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h }), altText: plain(localize(s.alt, ctx.lang)) });
    }
    if (s.caption) textBox(ctx, runs(ctx, s.caption, { size: 14, color: MUTED, paragraph: { align: 'center' } }), { x: MARGIN, y: box.y + box.h + 6, w: box.w, h: captionH });
  },
  'two-column'(ctx, s) {
    const y = heading(ctx, s.title);
    const gap = 32;
    const w = (PAGE.width - 2 * MARGIN - gap) / 2;
    for (const [i, col] of [s.left, s.right].entries()) {
      const x = MARGIN + i * (w + gap);
      let top = y;
      if (col.heading) {
        const h = ctx.lang2 ? 50 : 30;
        textBox(ctx, runs(ctx, col.heading, { size: 20, color: NAVY, bold: true }), { x, y: top, w, h });
        top += h + 6;
      }
      bulletList(ctx, col.bullets, { x, y: top, w, h: contentBottom(ctx) - top }, 18);
    }
  },
};

/** Adds the slide's own content in its layout. */
export function addLayout<L extends SlideLayout>(ctx: PptxSlideContext, slide: SlideOf<L>): void {
  (LAYOUTS[slide.layout] as (c: PptxSlideContext, s: SlideOf<L>) => void)(ctx, slide);
}

/** The classification banners, top and bottom, in the marking's colour: shapes behind the text, on every slide. */
export function addBanners(ctx: PptxSlideContext, marking: { text: string; color: string }, height: number): void {
  for (const y of [0, PAGE.height - height]) {
    ctx.slide.addText(plain(marking.text), {
      ...at({ x: 0, y, w: PAGE.width, h: height }),
      shape: ctx.pptx.ShapeType.rect,
      fill: { color: hex(marking.color) },
      color: WHITE,
      bold: true,
      fontFace: FONT_FACE,
      fontSize: 9,
      align: 'center',
      valign: 'middle',
      margin: 0,
    });
  }
}

/** The source line at the foot of a content slide. */
export function addSourceLine(ctx: PptxSlideContext, line: string, dark: boolean): void {
  ctx.slide.addText(plain(line), {
    ...at({ x: MARGIN, y: ctx.band.bottom - 34, w: PAGE.width - 2 * MARGIN, h: 22 }),
    fontFace: FONT_FACE,
    fontSize: 10,
    color: dark ? LIGHT_MUTED : MUTED,
    margin: 0,
    valign: 'bottom',
    fit: 'shrink',
  });
}
