// Draws one slide of each layout onto the current pdfkit page: the look of the deck lives here.
import { isAbsolute, relative, resolve } from 'node:path';
import type { Bullet, Lang, Slide, SlideOf } from '../model/schema';
import { localize } from '../model/text';
import { drawBarChart } from './chart';
import { drawFitted, fitSize } from './fit-text';
import { FONT } from './fonts';
import { COLOR, MARGIN, PAGE, TITLE_BAR } from './theme';

export interface SlideContext {
  doc: PDFKit.PDFDocument;
  lang: Lang;
  packDir: string;
  /** Content band: below any top banner, above the footer. */
  top: number;
  bottom: number;
  /** Title-slide extras taken from the briefing's metadata. */
  byline: string;
}

/** Thrown when a slide cannot be drawn (e.g. its image is unreadable); export turns it into an ExportError. */
export class SlideDrawError extends Error {}

interface Box { x: number; y: number; width: number; height: number }

const t = (ctx: SlideContext, text: Parameters<typeof localize>[0]): string => localize(text, ctx.lang) ?? '';

/** True for full-bleed navy slides, which take a light footer. */
export const isDark = (s: Slide): boolean => s.layout === 'title' || s.layout === 'section';

export function drawSlide(ctx: SlideContext, slide: Slide): void {
  switch (slide.layout) {
    case 'title': return drawTitle(ctx, slide);
    case 'section': return drawSection(ctx, slide);
    case 'bullets': return drawBulletsSlide(ctx, slide);
    case 'stats': return drawStats(ctx, slide);
    case 'quote': return drawQuote(ctx, slide);
    case 'chart': return drawChart(ctx, slide);
    case 'timeline': return drawTimeline(ctx, slide);
    case 'image': return drawImage(ctx, slide);
    case 'two-column': return drawTwoColumn(ctx, slide);
  }
}

function fillPage(ctx: SlideContext, color: string): void {
  ctx.doc.rect(0, 0, PAGE.width, PAGE.height).fill(color);
}

/** Navy title bar with an accent rule; returns the box left for the body. */
function titleBar(ctx: SlideContext, title: string): Box {
  const { doc } = ctx;
  doc.rect(0, ctx.top, PAGE.width, TITLE_BAR).fill(COLOR.navy);
  doc.rect(0, ctx.top + TITLE_BAR, PAGE.width, 4).fill(COLOR.accent);
  const width = PAGE.width - 2 * MARGIN;
  const size = fitSize(doc, title, { font: FONT.semibold, width, height: TITLE_BAR - 20, maxSize: 32, minSize: 20 });
  doc.font(FONT.semibold).fontSize(size);
  const h = Math.min(doc.heightOfString(title, { width }), TITLE_BAR - 20);
  doc.fillColor('#ffffff').text(title, MARGIN, ctx.top + (TITLE_BAR - h) / 2, { width, height: TITLE_BAR - 12, ellipsis: true });
  const y = ctx.top + TITLE_BAR + 30;
  return { x: MARGIN, y, width, height: ctx.bottom - 26 - y };
}

/** An optional italic lead line above the body; returns the box below it. */
function lead(ctx: SlideContext, box: Box, text: string | undefined): Box {
  if (!text) return box;
  ctx.doc.fillColor(COLOR.muted);
  const used = drawFitted(ctx.doc, text, box.x, box.y, { font: FONT.italic, width: box.width, height: 64, maxSize: 21, minSize: 15 });
  const gap = used + 18;
  return { ...box, y: box.y + gap, height: box.height - gap };
}

function drawTitle(ctx: SlideContext, s: SlideOf<'title'>): void {
  const { doc } = ctx;
  fillPage(ctx, COLOR.navy);
  const width = PAGE.width - 2 * MARGIN - 80;
  let y = ctx.top + 120;
  const kicker = localize(s.kicker, ctx.lang);
  if (kicker) {
    doc.font(FONT.semibold).fontSize(16).fillColor(COLOR.accent).text(kicker.toUpperCase(), MARGIN, y, { width, height: 24, characterSpacing: 1.5, lineBreak: false });
    y += 34;
  }
  doc.fillColor('#ffffff');
  y += drawFitted(doc, t(ctx, s.title), MARGIN, y, { font: FONT.bold, width, height: 150, maxSize: 48, minSize: 28, lineGap: -2 }) + 14;
  doc.rect(MARGIN, y, 72, 4).fill(COLOR.accent);
  y += 22;
  const subtitle = localize(s.subtitle, ctx.lang);
  if (subtitle) {
    doc.fillColor('#dbe3ee');
    y += drawFitted(doc, subtitle, MARGIN, y, { font: FONT.regular, width, height: 80, maxSize: 24, minSize: 16 }) + 14;
  }
  if (ctx.byline) {
    doc.font(FONT.regular).fontSize(15).fillColor('#aab8cc').text(ctx.byline, MARGIN, Math.max(y, ctx.bottom - 50), { width, height: 24, lineBreak: false });
  }
}

function drawSection(ctx: SlideContext, s: SlideOf<'section'>): void {
  const { doc } = ctx;
  fillPage(ctx, COLOR.navy);
  doc.rect(MARGIN, ctx.top + 180, 6, 120).fill(COLOR.accent);
  const width = PAGE.width - 2 * MARGIN - 60;
  doc.fillColor('#ffffff');
  const used = drawFitted(doc, t(ctx, s.title), MARGIN + 28, ctx.top + 186, { font: FONT.bold, width, height: 110, maxSize: 42, minSize: 26 });
  const subtitle = localize(s.subtitle, ctx.lang);
  if (subtitle) {
    doc.fillColor('#dbe3ee');
    drawFitted(doc, subtitle, MARGIN + 28, ctx.top + 196 + used, { font: FONT.regular, width, height: 90, maxSize: 22, minSize: 15 });
  }
}

interface Item { text: string; level: 0 | 1 }

function flatten(ctx: SlideContext, bullets: Bullet[]): Item[] {
  return bullets.flatMap((b): Item[] =>
    typeof b === 'object' && 'bullets' in b
      ? [{ text: t(ctx, b.text), level: 0 }, ...b.bullets.map((c) => ({ text: t(ctx, c), level: 1 as const }))]
      : [{ text: t(ctx, b), level: 0 }],
  );
}

const indentOf = (level: 0 | 1, size: number): number => (level === 0 ? size * 1.1 : size * 2.6);
const sizeOf = (level: 0 | 1, size: number): number => (level === 0 ? size : size * 0.85);

function listHeight(doc: PDFKit.PDFDocument, items: Item[], size: number, width: number): number {
  return items.reduce((sum, it) => {
    doc.font(FONT.regular).fontSize(sizeOf(it.level, size));
    return sum + doc.heightOfString(it.text, { width: width - indentOf(it.level, size), lineGap: 2 }) + size * 0.55;
  }, 0);
}

/** A bullet list shrunk (28 → 14 pt) until it fits the box, then drawn; text wraps within its column. */
function drawList(ctx: SlideContext, items: Item[], box: Box, maxSize = 26): void {
  const { doc } = ctx;
  let size = maxSize;
  while (size > 14 && listHeight(doc, items, size, box.width) > box.height) size -= 1;
  let y = box.y;
  for (const it of items) {
    const s = sizeOf(it.level, size);
    const indent = indentOf(it.level, size);
    const marker = s * 0.32;
    const my = y + s * 0.5 - marker / 2;
    const remaining = box.y + box.height - y;
    if (remaining < s * 1.3) break;
    if (it.level === 0) doc.rect(box.x + indent - size * 1.1, my, marker, marker).fill(COLOR.accent);
    else doc.circle(box.x + indent - s * 0.8 + marker / 2, my + marker / 2, marker / 2).fill(COLOR.muted);
    doc.font(FONT.regular).fontSize(s).fillColor(it.level === 0 ? COLOR.ink : COLOR.muted);
    const h = doc.heightOfString(it.text, { width: box.width - indent, lineGap: 2 });
    doc.text(it.text, box.x + indent, y, { width: box.width - indent, lineGap: 2, height: remaining, ellipsis: true });
    y += h + size * 0.55;
  }
}

function drawBulletsSlide(ctx: SlideContext, s: SlideOf<'bullets'>): void {
  const box = lead(ctx, titleBar(ctx, t(ctx, s.title)), localize(s.lead, ctx.lang));
  drawList(ctx, flatten(ctx, s.bullets), box);
}

function drawTwoColumn(ctx: SlideContext, s: SlideOf<'two-column'>): void {
  const { doc } = ctx;
  const body = titleBar(ctx, t(ctx, s.title));
  const gap = 40;
  const w = (body.width - gap) / 2;
  [s.left, s.right].forEach((col, i) => {
    const x = body.x + i * (w + gap);
    let y = body.y;
    const heading = localize(col.heading, ctx.lang);
    if (heading) {
      doc.fillColor(COLOR.navy);
      y += drawFitted(doc, heading, x, y, { font: FONT.semibold, width: w, height: 60, maxSize: 22, minSize: 16 }) + 6;
      doc.rect(x, y, w, 1.5).fill(COLOR.accent);
      y += 14;
    }
    drawList(ctx, flatten(ctx, col.bullets), { x, y, width: w, height: body.y + body.height - y }, 22);
  });
  doc.moveTo(body.x + w + gap / 2, body.y).lineTo(body.x + w + gap / 2, body.y + body.height).lineWidth(0.75).strokeColor(COLOR.rule).stroke();
}

function drawStats(ctx: SlideContext, s: SlideOf<'stats'>): void {
  const { doc } = ctx;
  const box = lead(ctx, titleBar(ctx, t(ctx, s.title)), localize(s.lead, ctx.lang));
  const n = s.stats.length;
  const perRow = n <= 3 ? n : Math.ceil(n / 2);
  const rows = Math.ceil(n / perRow);
  const gap = 24;
  // Cards stay card-sized: a lone figure is not stretched across the page.
  const cellW = Math.min(400, (box.width - gap * (perRow - 1)) / perRow);
  const cellH = Math.min(rows === 1 ? 230 : 170, (box.height - gap * (rows - 1)) / rows);
  const gridW = perRow * cellW + gap * (perRow - 1);
  const gridH = rows * cellH + gap * (rows - 1);
  const x0 = box.x + (box.width - gridW) / 2;
  const y0 = box.y + (box.height - gridH) / 2;
  // Every figure in a slide gets the same size, so none looks more important by accident.
  const values = s.stats.map((st) => t(ctx, st.value));
  const valueMax = Math.min(n === 1 ? 96 : rows === 1 ? 72 : 52, cellH * 0.5);
  const sizeFor = (lines: number, max: number): number =>
    Math.min(...values.map((v) => fitSize(doc, v, { font: FONT.semibold, width: cellW - 28, height: max * 1.3 * lines, maxSize: max, minSize: 24 })));
  // One line while the figures stay big; a long figure ("US$498.4 millones+") wraps rather than turning small.
  const oneLine = sizeFor(1, valueMax);
  const valueSize = oneLine >= 36 ? oneLine : sizeFor(2, Math.min(valueMax, 44));
  s.stats.forEach((st, i) => {
    const x = x0 + (i % perRow) * (cellW + gap);
    const y = y0 + Math.floor(i / perRow) * (cellH + gap);
    doc.rect(x, y, cellW, cellH).fill(COLOR.tint);
    doc.rect(x, y, 5, cellH).fill(COLOR.accent);
    doc.font(FONT.semibold).fontSize(valueSize).fillColor(COLOR.navy);
    const vh = doc.heightOfString(values[i] ?? '', { width: cellW - 28 });
    const top = y + Math.max(14, cellH * 0.16);
    doc.text(values[i] ?? '', x + 20, top, { width: cellW - 28, height: vh, ellipsis: true });
    doc.fillColor(COLOR.ink);
    drawFitted(doc, t(ctx, st.label), x + 20, top + vh + 6, { font: FONT.regular, width: cellW - 36, height: y + cellH - (top + vh + 6) - 10, maxSize: 19, minSize: 12 });
  });
}

function drawQuote(ctx: SlideContext, s: SlideOf<'quote'>): void {
  const { doc } = ctx;
  const title = localize(s.title, ctx.lang);
  const box: Box = title
    ? titleBar(ctx, title)
    : { x: MARGIN, y: ctx.top + 60, width: PAGE.width - 2 * MARGIN, height: ctx.bottom - 26 - ctx.top - 60 };
  const x = box.x + 70;
  const width = box.width - 120;
  const quote = t(ctx, s.quote);
  const role = localize(s.role, ctx.lang);
  const fit = { font: FONT.italic, width, height: box.height - 90, maxSize: 30, minSize: 16, lineGap: 4 } as const;
  doc.font(FONT.italic).fontSize(fitSize(doc, quote, fit));
  const block = doc.heightOfString(quote, { width, lineGap: 4 }) + 22 + 40 + (role ? 34 : 0);
  const top = box.y + Math.max(6, (box.height - block) / 2);
  doc.font(FONT.bold).fontSize(120).fillColor(COLOR.accent).text('\u201C', box.x, top - 30, { height: 130, lineBreak: false });
  doc.fillColor(COLOR.navy);
  const used = drawFitted(doc, quote, x, top, fit);
  const y = top + used + 22;
  doc.rect(x, y, 48, 3).fill(COLOR.accent);
  doc.font(FONT.semibold).fontSize(19).fillColor(COLOR.ink).text(t(ctx, s.attribution), x, y + 14, { width, height: 26, lineBreak: false, ellipsis: true });
  if (role) doc.font(FONT.regular).fontSize(15).fillColor(COLOR.muted).text(role, x, y + 40, { width, height: 40, ellipsis: true });
}

function drawChart(ctx: SlideContext, s: SlideOf<'chart'>): void {
  const box = lead(ctx, titleBar(ctx, t(ctx, s.title)), localize(s.lead, ctx.lang));
  const caption = localize(s.caption, ctx.lang);
  const capH = caption ? 40 : 0;
  drawBarChart(ctx.doc, s.chart, ctx.lang, { ...box, height: box.height - capH });
  if (caption) {
    ctx.doc.fillColor(COLOR.muted);
    drawFitted(ctx.doc, caption, box.x, box.y + box.height - capH + 10, { font: FONT.italic, width: box.width, height: capH - 8, maxSize: 15, minSize: 11 });
  }
}

function drawTimeline(ctx: SlideContext, s: SlideOf<'timeline'>): void {
  const { doc } = ctx;
  const box = titleBar(ctx, t(ctx, s.title));
  const n = s.events.length;
  const step = box.width / n;
  const lineY = box.y + Math.max(62, box.height * 0.38);
  doc.moveTo(box.x, lineY).lineTo(box.x + box.width, lineY).lineWidth(2).strokeColor(COLOR.rule).stroke();
  s.events.forEach((ev, i) => {
    const x = box.x + i * step;
    const w = step - 18;
    doc.circle(x + 8, lineY, 7).fill(COLOR.accent);
    doc.fillColor(COLOR.navy);
    drawFitted(doc, t(ctx, ev.when), x, lineY - 62, { font: FONT.semibold, width: w, height: 46, maxSize: 20, minSize: 12 });
    doc.fillColor(COLOR.ink);
    drawFitted(doc, t(ctx, ev.text), x, lineY + 22, { font: FONT.regular, width: w, height: box.y + box.height - lineY - 22, maxSize: n <= 4 ? 20 : 16, minSize: 11, lineGap: 2 });
  });
}

function drawImage(ctx: SlideContext, s: SlideOf<'image'>): void {
  const { doc } = ctx;
  const box = titleBar(ctx, t(ctx, s.title));
  const caption = localize(s.caption, ctx.lang);
  const capH = caption ? 36 : 0;
  const file = resolve(ctx.packDir, s.image);
  const rel = relative(resolve(ctx.packDir), file);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new SlideDrawError(`the image "${s.image}" of slide "${s.id}" is outside the briefing folder`);
  try {
    doc.image(file, box.x, box.y, { fit: [box.width, box.height - capH - 8], align: 'center', valign: 'center' });
  } catch (e) {
    throw new SlideDrawError(`the image "${s.image}" of slide "${s.id}" cannot be read (${(e as Error).message})`);
  }
  if (caption) {
    doc.fillColor(COLOR.muted);
    drawFitted(doc, caption, box.x, box.y + box.height - capH, { font: FONT.italic, width: box.width, height: capH, maxSize: 15, minSize: 11, align: 'center' });
  }
}
