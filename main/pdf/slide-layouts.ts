// Draws one slide of each layout onto the current pdfkit page: the look of the deck lives here.
import type { Slide, SlideOf, Text } from '../model/schema';
import { notePiece } from './cut-watch';
import { assertNever } from '../model/exhaustive';
import { localize, localizedRun } from '../model/text';
import { drawBarChart } from './chart';
import { drawHeight, fitBlock, fitSize, secondarySize, truncate, type FitOptions } from './fit-text';
import { FONT } from './fonts';
import { COLOR, MARGIN, PAGE, TITLE_BAR } from './theme';
import type { Box, SlideContext } from './slide-context';
import { artifact, drawText, field, fitField, group, INK, langOf, LIGHT, mark, MUTED, NAVY, secondaryOf } from './slide-text';
import { drawList, flatten } from './slide-list';
import { WORDS } from './words';

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
    default: return assertNever(slide, 'slide layout');
  }
}

// ── Shared pieces ────────────────────────────────────────────────────────────────────────────────────────────────

function fillPage(ctx: SlideContext, color: string): void {
  artifact(ctx, () => ctx.doc.rect(0, 0, PAGE.width, PAGE.height).fill(color));
}

/** Navy title bar with an accent rule; returns the box left for the body. */
function titleBar(ctx: SlideContext, title: Text): Box {
  const { doc } = ctx;
  artifact(ctx, () => {
    doc.rect(0, ctx.top, PAGE.width, TITLE_BAR).fill(COLOR.navy);
    doc.rect(0, ctx.top + TITLE_BAR, PAGE.width, 4).fill(COLOR.accent);
  });
  const width = PAGE.width - 2 * MARGIN;
  // At most two lines (or one and its translation): a third would crowd the bar.
  const o: FitOptions = { font: FONT.semibold, width, height: TITLE_BAR - 26, maxSize: 32, minSize: 20, lineGap: -2 };
  const b = fitField(ctx, ['title'], title, o);
  drawText(ctx, ctx.struct, 'H2', b, MARGIN, ctx.top + (TITLE_BAR - b.height) / 2, o, LIGHT);
  const y = ctx.top + TITLE_BAR + 30;
  return { x: MARGIN, y, width, height: ctx.bottom - 26 - y };
}

/** An optional italic lead line above the body; returns the box below it. */
function lead(ctx: SlideContext, box: Box, text: Text | undefined): Box {
  if (text === undefined) return box;
  const used = field(ctx, ctx.struct, 'P', ['lead'], text, box.x, box.y, { font: FONT.italic, width: box.width, height: 64, maxSize: 21, minSize: 14 }, MUTED);
  const gap = used + 18;
  return { ...box, y: box.y + gap, height: box.height - gap };
}

// ── Layouts ──────────────────────────────────────────────────────────────────────────────────────────────────────

function drawTitle(ctx: SlideContext, s: SlideOf<'title'>): void {
  const { doc } = ctx;
  fillPage(ctx, COLOR.navy);
  const width = PAGE.width - 2 * MARGIN - 80;
  let y = ctx.top + (ctx.lang2 ? 80 : 120);
  if (s.kicker !== undefined) {
    const o: FitOptions = { font: FONT.semibold, width, height: ctx.lang2 ? 34 : 24, maxSize: 16, minSize: 12 };
    const b = fitField(ctx, ['kicker'], s.kicker, o, (k) => k.toUpperCase());
    y += drawText(ctx, ctx.struct, 'P', b, MARGIN, y, o, { primary: COLOR.accent, secondary: '#e8b98a' }) + 12;
  }
  y += field(ctx, ctx.struct, 'H1', ['title'], s.title, MARGIN, y, { font: FONT.bold, width, height: 150, maxSize: 48, minSize: 26, lineGap: -2 }, LIGHT) + 14;
  artifact(ctx, () => doc.rect(MARGIN, y, 72, 4).fill(COLOR.accent));
  y += 22;
  if (s.subtitle !== undefined) {
    const room = Math.max(30, Math.min(90, ctx.bottom - 56 - y));
    y += field(ctx, ctx.struct, 'P', ['subtitle'], s.subtitle, MARGIN, y, { font: FONT.regular, width, height: room, maxSize: 24, minSize: 14 }, { primary: '#dbe3ee', secondary: '#aab8cc' }) + 14;
  }
  if (ctx.byline) {
    const o: FitOptions = { font: FONT.regular, width, height: 22, maxSize: 15, minSize: 11 };
    const b = fitBlock(doc, ctx.byline, undefined, o);
    drawText(ctx, ctx.struct, 'P', b, MARGIN, Math.min(Math.max(y, ctx.bottom - 50), ctx.bottom - 24), o, { primary: '#aab8cc', secondary: '#aab8cc' });
  }
}

function drawSection(ctx: SlideContext, s: SlideOf<'section'>): void {
  const { doc } = ctx;
  fillPage(ctx, COLOR.navy);
  artifact(ctx, () => doc.rect(MARGIN, ctx.top + 160, 6, 140).fill(COLOR.accent));
  const width = PAGE.width - 2 * MARGIN - 60;
  const y = ctx.top + 166;
  const used = field(ctx, ctx.struct, 'H2', ['title'], s.title, MARGIN + 28, y, { font: FONT.bold, width, height: 130, maxSize: 42, minSize: 24 }, LIGHT);
  if (s.subtitle !== undefined) {
    const top = y + used + 12;
    const room = Math.max(30, Math.min(110, ctx.bottom - 30 - top));
    field(ctx, ctx.struct, 'P', ['subtitle'], s.subtitle, MARGIN + 28, top, { font: FONT.regular, width, height: room, maxSize: 22, minSize: 14 }, { primary: '#dbe3ee', secondary: '#aab8cc' });
  }
}

function drawBulletsSlide(ctx: SlideContext, s: SlideOf<'bullets'>): void {
  const box = lead(ctx, titleBar(ctx, s.title), s.lead);
  drawList(ctx, flatten(s.bullets, ['bullets']), box);
}

function drawTwoColumn(ctx: SlideContext, s: SlideOf<'two-column'>): void {
  const { doc } = ctx;
  const body = titleBar(ctx, s.title);
  const gap = 40;
  const w = (body.width - gap) / 2;
  (['left', 'right'] as const).forEach((side, i) => {
    const col = s[side];
    const x = body.x + i * (w + gap);
    let y = body.y;
    const div = group(ctx, ctx.struct, 'Div');
    if (col.heading !== undefined) {
      y += field(ctx, div, 'H3', [side, 'heading'], col.heading, x, y, { font: FONT.semibold, width: w, height: 60, maxSize: 22, minSize: 15 }, NAVY) + 6;
      artifact(ctx, () => doc.rect(x, y, w, 1.5).fill(COLOR.accent));
      y += 14;
    }
    drawList({ ...ctx, struct: div }, flatten(col.bullets, [side, 'bullets']), { x, y, width: w, height: body.y + body.height - y }, 22);
    div?.end();
  });
  artifact(ctx, () => doc.moveTo(body.x + w + gap / 2, body.y).lineTo(body.x + w + gap / 2, body.y + body.height).lineWidth(0.75).strokeColor(COLOR.rule).stroke());
}

/** " [3]" for a cited source, "" when there is none (or no appendix to point at). */
function citeMark(ctx: SlideContext, ids: string[]): string {
  const numbers = [...new Set(ids.flatMap((id) => ctx.cite?.(id) ?? []))].sort((a, b) => a - b);
  return numbers.length ? `[${numbers.join(', ')}]` : '';
}

function drawStats(ctx: SlideContext, s: SlideOf<'stats'>): void {
  const { doc } = ctx;
  const box = lead(ctx, titleBar(ctx, s.title), s.lead);
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
  const innerW = cellW - 28;
  // Every figure in a slide gets the same size, so none looks more important by accident; the cite mark is
  // measured at full size so it always finds room on the figure's last line.
  const cites = s.stats.map((st) => citeMark(ctx, st.source ? [st.source] : []));
  const valueText = (i: number, v: string): string => (cites[i] ? `${v} ${cites[i]}` : v);
  const valueMax = Math.min(n === 1 ? 96 : rows === 1 ? 72 : 52, cellH * 0.5);
  const topPad = Math.max(12, cellH * 0.14);
  // The figure leaves room below it for one line of its label (and the other language's figure, if shown).
  const valueRoom = Math.max(24, cellH - topPad - 8 - 22 - (ctx.lang2 ? 18 : 0));
  const sizeFor = (lines: number, max: number): number =>
    Math.min(...s.stats.map((st, i) => fitSize(doc, valueText(i, localize(st.value, ctx.lang)), { font: FONT.semibold, width: innerW, height: Math.min(max * 1.3 * lines, valueRoom), maxSize: max, minSize: 20 })));
  // One line while the figures stay big; a long figure ("US$498.4 millones+") wraps rather than turning small.
  const oneLine = sizeFor(1, valueMax);
  const valueSize = oneLine >= 36 ? oneLine : Math.max(oneLine, sizeFor(2, Math.min(valueMax, 44)));
  s.stats.forEach((st, i) => {
    const x = x0 + (i % perRow) * (cellW + gap);
    const y = y0 + Math.floor(i / perRow) * (cellH + gap);
    artifact(ctx, () => {
      doc.rect(x, y, cellW, cellH).fill(COLOR.tint);
      doc.rect(x, y, 5, cellH).fill(COLOR.accent);
    });
    const top = y + topPad;
    const cellBottom = y + cellH - 8;
    // The figure: at most two lines, cut if even that will not hold it.
    const { text: value, lang: valueLang } = localizedRun(st.value, ctx.lang);
    const vo: FitOptions = { font: FONT.semibold, width: innerW, height: valueRoom, maxSize: valueSize, minSize: valueSize };
    const vb = fitBlock(doc, valueText(i, value), undefined, vo);
    const cited = cites[i];
    if (vb.primary.cut && cited && vb.primary.text) {
      // The figure is cut, never its source number: shorten the figure with room kept for the mark.
      doc.font(FONT.semibold).fontSize(valueSize);
      const room = innerW - doc.widthOfString(` ${cited}`);
      const short = truncate(doc, value, FONT.semibold, valueSize, room, vb.primary.height);
      vb.primary.text = `${short} ${cited}`;
      notePiece(doc, short, value);
      notePiece(doc, vb.primary.text, value);
    }
    if (vb.primary.cut) ctx.onCut?.(['stats', i, 'value'], ctx.lang);
    // A big figure is text, not a Figure: a Figure's /Alt would hide the other language's figure and the label.
    const card = group(ctx, ctx.struct, 'Div');
    const valueEl = group(ctx, card, 'P', langOf(ctx, valueLang));
    mark(valueEl, () => {
      doc.font(FONT.semibold).fontSize(valueSize).fillColor(COLOR.navy);
      const shown = vb.primary.text;
      const cite = cites[i] ?? '';
      // The cite mark rides high and small after the figure, like a footnote reference.
      const oneLine = vb.primary.height < doc.currentLineHeight(true) * 1.5;
      if (cite && shown.endsWith(cite) && oneLine) {
        const figureText = shown.slice(0, -cite.length).trimEnd();
        doc.text(figureText, x + 20, top, { width: innerW, height: drawHeight(vb.height), lineBreak: false });
        const after = x + 20 + doc.widthOfString(figureText);
        doc.font(FONT.semibold).fontSize(Math.max(10, valueSize * 0.34)).fillColor(COLOR.muted).text(cite, after + 2, top, { lineBreak: false });
      } else if (cite && shown.endsWith(cite)) {
        // Slack for pdfkit's check on the continued fragment; the text is already cut to fit, so no line is added.
        doc.text(shown.slice(0, -cite.length).trimEnd(), x + 20, top, { width: innerW, height: drawHeight(vb.height) + valueSize, continued: true });
        doc.font(FONT.semibold).fontSize(Math.max(10, valueSize * 0.34)).fillColor(COLOR.muted).text(`\u2009${cite}`, { height: drawHeight(vb.height) + valueSize });
      } else {
        doc.text(shown, x + 20, top, { width: innerW, height: drawHeight(vb.height) });
      }
    });
    let ly = top + vb.height + 4;
    const v2 = secondaryOf(ctx, st.value);
    if (v2) {
      const o2: FitOptions = { font: FONT.italic, width: innerW, height: Math.max(0, cellBottom - ly - 20), maxSize: secondarySize(valueSize), minSize: 10 };
      const b2 = fitBlock(doc, v2, undefined, o2);
      if (b2.primary.cut && ctx.lang2) ctx.onCut?.(['stats', i, 'value'], ctx.lang2);
      const span = group(ctx, valueEl, 'Span', ctx.lang2 ? { lang: ctx.lang2 } : {});
      mark(span, () => {
        if (b2.primary.text) doc.font(b2.primary.font).fontSize(b2.primary.size).fillColor(COLOR.navyLight).text(b2.primary.text, x + 20, ly, { width: innerW, height: drawHeight(b2.height) });
      });
      span?.end();
      ly += b2.height + 2;
    }
    valueEl?.end();
    ly += 2;
    field(ctx, card, 'P', ['stats', i, 'label'], st.label, x + 20, ly, { font: FONT.regular, width: cellW - 36, height: Math.max(0, cellBottom - ly), maxSize: 19, minSize: 11 }, INK);
    card?.end();
  });
}

function drawQuote(ctx: SlideContext, s: SlideOf<'quote'>): void {
  const { doc } = ctx;
  const box: Box = s.title !== undefined
    ? titleBar(ctx, s.title)
    : { x: MARGIN, y: ctx.top + 60, width: PAGE.width - 2 * MARGIN, height: ctx.bottom - 26 - ctx.top - 60 };
  const x = box.x + 70;
  const width = box.width - 120;
  const two = Boolean(ctx.lang2);
  const attrH = two ? 40 : 26;
  const roleH = s.role === undefined ? 0 : two ? 44 : 40;
  const tail = 22 + attrH + 8 + roleH;
  const fit: FitOptions = { font: FONT.italic, width, height: box.height - tail - 6, maxSize: 30, minSize: 15, lineGap: 4 };
  const qb = fitField(ctx, ['quote'], s.quote, fit);
  const top = box.y + Math.max(6, (box.height - qb.height - tail) / 2);
  artifact(ctx, () => doc.font(FONT.bold).fontSize(120).fillColor(COLOR.accent).text('\u201C', box.x, top - 30, { height: 130, lineBreak: false }));
  const bq = group(ctx, ctx.struct, 'BlockQuote');
  drawText(ctx, bq, 'P', qb, x, top, fit, NAVY);
  const y = top + qb.height + 22;
  artifact(ctx, () => doc.rect(x, y - 10, 48, 3).fill(COLOR.accent));
  const ay = y + 4;
  const used = field(ctx, bq, 'P', ['attribution'], s.attribution, x, ay, { font: FONT.semibold, width, height: attrH, maxSize: 19, minSize: 14 }, INK);
  if (s.role !== undefined) field(ctx, bq, 'P', ['role'], s.role, x, ay + used + 4, { font: FONT.regular, width, height: roleH, maxSize: 15, minSize: 11 }, MUTED);
  bq?.end();
}


function drawChart(ctx: SlideContext, s: SlideOf<'chart'>): void {
  const { doc } = ctx;
  const box = lead(ctx, titleBar(ctx, s.title), s.lead);
  const cite = citeMark(ctx, s.sources);
  const hasCaption = s.caption !== undefined || cite !== '';
  const capH = hasCaption ? (ctx.lang2 && s.caption !== undefined ? 48 : 36) : 0;
  // The chart tags itself under the slide: its unit as text, its bars as a Figure with alt text.
  drawBarChart(doc, s.chart, ctx.lang, { ...box, height: box.height - capH }, ctx);
  if (!hasCaption) return;
  const o: FitOptions = { font: FONT.italic, width: box.width, height: capH - 6, maxSize: 15, minSize: 10 };
  const withCite = (c: string): string => (cite ? `${c}  ${cite}` : c);
  const b = s.caption !== undefined
    ? fitField(ctx, ['caption'], s.caption, o, withCite)
    : fitBlock(doc, `${cite.includes(',') ? WORDS[ctx.lang].sources : WORDS[ctx.lang].source} ${cite}`, undefined, o);
  drawText(ctx, ctx.struct, 'Caption', b, box.x, box.y + box.height - capH + 8, o, MUTED);
}

function drawTimeline(ctx: SlideContext, s: SlideOf<'timeline'>): void {
  const { doc } = ctx;
  const box = titleBar(ctx, s.title);
  const n = s.events.length;
  const step = box.width / n;
  const whenH = ctx.lang2 ? 58 : 46;
  const lineY = box.y + Math.max(whenH + 16, box.height * 0.34);
  artifact(ctx, () => doc.moveTo(box.x, lineY).lineTo(box.x + box.width, lineY).lineWidth(2).strokeColor(COLOR.rule).stroke());
  const whenFit = { font: FONT.semibold, width: step - 18, height: whenH, maxSize: 20, minSize: 11 } as const;
  const textFit = { font: FONT.regular, width: step - 18, height: box.y + box.height - lineY - 22, maxSize: n <= 4 ? 20 : 16, minSize: 10, lineGap: 2 } as const;
  // Every event at one size, so none looks more important by accident: the size the longest one allows, unless
  // that would drag all of them below the middle of the range; then only the outlier shrinks further.
  const common = (o: FitOptions, texts: Text[]): FitOptions => {
    const size = Math.min(...texts.map((t) => fitBlock(doc, localize(t, ctx.lang), secondaryOf(ctx, t), o).primary.size));
    return { ...o, maxSize: Math.max(size, Math.round((o.maxSize + o.minSize) / 2)) };
  };
  const whenO = common(whenFit, s.events.map((e) => e.when));
  const textO = common(textFit, s.events.map((e) => e.text));
  const list = group(ctx, ctx.struct, 'L');
  s.events.forEach((ev, i) => {
    const x = box.x + i * step;
    artifact(ctx, () => doc.circle(x + 8, lineY, 7).fill(COLOR.accent));
    const li = group(ctx, list, 'LI');
    const when = fitField(ctx, ['events', i, 'when'], ev.when, whenO);
    drawText(ctx, li, 'Lbl', when, x, lineY - 16 - when.height, whenO, NAVY);
    const body = group(ctx, li, 'LBody');
    field(ctx, body, 'P', ['events', i, 'text'], ev.text, x, lineY + 22, textO, INK);
  });
  list?.end();
}

function drawImage(ctx: SlideContext, s: SlideOf<'image'>): void {
  const { doc } = ctx;
  const box = titleBar(ctx, s.title);
  const capH = s.caption === undefined ? 0 : ctx.lang2 ? 46 : 36;
  if (!ctx.measureOnly) {
    const alt = localizedRun(s.alt, ctx.lang);
    const figure = group(ctx, ctx.struct, 'Figure', { alt: alt.text, ...langOf(ctx, alt.lang) });
    mark(figure, () => ctx.images.draw(doc, s, { ...box, height: box.height - capH - 8 }));
    figure?.end();
  }
  if (s.caption !== undefined) {
    field(ctx, ctx.struct, 'Caption', ['caption'], s.caption, box.x, box.y + box.height - capH, { font: FONT.italic, width: box.width, height: capH, maxSize: 15, minSize: 10, align: 'center' }, MUTED);
  }
}
