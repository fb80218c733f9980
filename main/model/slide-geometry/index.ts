// One slide's geometry: every box, size, line break and cut of a slide, laid out once in the 1280 × 720 frame with
// one text measurer. The stage (renderer/slides/SlideView.svelte) and the slides PDF (main/pdf/slide-layouts.ts)
// both draw this result, so the PDF is what is on screen and a fit warning means the same thing everywhere.
// Pure: no fs, no DOM; the measurer is injected (main/pdf/measure.ts gives one over the bundled font files).
import type { Bullet, Lang, Slide, SlideOf, Source, Text } from '../schema';
import { assertNever } from '../exhaustive';
import { hasLanguage, localize, localizedRun } from '../text';
import { fit, setAt, oneLineSize, widthOf, round, type Fitted, type Style } from './text-fit';
import { BANNER_PX, FRAME, type Face, type FieldPath, type GeometryOptions, type Ink, type Shape, type SlideGeometry, type TextBox, type TextMeasurer, type TextTag } from './types';

export * from './types';
export { wrap, fit } from './text-fit';

/** Left edge and width of the content area (the screen's 80 px side margins). */
const X0 = 80;
const W = FRAME.width - 2 * X0;
/** The source line's bottom sits this far above the frame's bottom (below it, the PDF's footer). */
const SOURCE_BOTTOM = 44;
/** Gap between the content and the source line. */
const ABOVE_SOURCE = 28;
/** Steps by which a layout's type shrinks, as a share of its full size, before anything is cut. */
const SCALES = [1, 0.94, 0.88, 0.82, 0.76, 0.7, 0.65, 0.6, 0.55];
/** Layouts with room to spare (a short timeline) grow their type first. */
const LARGER = [1.3, 1.2, 1.1, ...SCALES];
/** Big figures start so large that they may go further down than running text. */
const SMALLER = [...SCALES, 0.5, 0.45, 0.4];

/** The other language's wording of `text`, or undefined when it would repeat the primary (plain string, missing). */
export function secondaryOf(text: Text | undefined, lang: Lang, lang2: Lang | undefined): string | undefined {
  if (text === undefined || lang2 === undefined || lang2 === lang) return undefined;
  if (typeof text === 'string' || !hasLanguage(text, lang2)) return undefined;
  const other = localize(text, lang2);
  return other.trim() === localize(text, lang).trim() ? undefined : other;
}

const SOURCE_WORDS: Record<Lang, { one: string; many: string }> = {
  en: { one: 'Source', many: 'Sources' },
  es: { one: 'Fuente', many: 'Fuentes' },
};

/**
 * The slide's "Source:" line in `lang`: "publisher, title, date" per cited source (with its "[n]" when the export
 * numbers its sources), joined by "; " — the wording every paper layout uses, now on screen too.
 */
export function sourceLineText(sources: readonly Source[], ids: readonly string[], lang: Lang, cite?: (id: string) => number | undefined): { label: string; text: string } | undefined {
  const cited = [...new Set(ids)].flatMap((id) => sources.filter((s) => s.id === id));
  if (cited.length === 0) return undefined;
  const w = SOURCE_WORDS[lang];
  const one = (s: Source): string => {
    const n = cite?.(s.id);
    return `${n !== undefined ? `[${n}] ` : ''}${localize(s.publisher, lang)}, ${localize(s.title, lang)}, ${s.date}`;
  };
  return { label: `${cited.length === 1 ? w.one : w.many}:`, text: cited.map(one).join('; ') };
}

/** Every source a slide cites: its own and its figures'. */
export function citedIds(slide: Slide): string[] {
  const own = slide.sources;
  const figures = slide.layout === 'stats' ? slide.stats.flatMap((s) => (s.source ? [s.source] : [])) : [];
  return [...new Set([...own, ...figures])];
}

interface TextSpec {
  role: string;
  style: Style;
  ink: Ink;
  maxLines: number;
  tag: TextTag;
  align?: 'left' | 'center' | 'right';
  /** The secondary line: its size as a share of the primary's, its face, ink, leading and lines. */
  second?: { scale: number; face: Face; ink: Ink; leading: number; maxLines: number; gap: number } | undefined;
  transform?: (s: string) => string;
  /** Set in capitals (the kicker): measured and printed in capitals, kept in the author's case for the stage's text. */
  caps?: boolean;
}

/** A text's primary lines and its secondary's, fitted together; `orig` holds both wordings before any transform. */
interface Pair { first: Fitted; second?: Fitted | undefined; lang: Lang | undefined; orig?: [string, string | undefined] }

/** Collects the boxes of one slide. */
class Sheet {
  texts: TextBox[] = [];
  shapes: Shape[] = [];
  groups: Record<string, string> = {};
  cuts: { field: FieldPath; lang: Lang }[] = [];
  constructor(readonly m: TextMeasurer, readonly o: GeometryOptions) {}

  get lang(): Lang { return this.o.lang; }

  rect(x: number, y: number, w: number, h: number, ink: Ink, figure = false): void {
    this.shapes.push({ kind: 'rect', x: round(x), y: round(y), w: round(w), h: round(h), ink, ...(figure ? { figure } : {}) });
  }

  dot(cx: number, cy: number, d: number, ink: Ink): void {
    this.shapes.push({ kind: 'dot', x: round(cx - d / 2), y: round(cy - d / 2), w: d, h: d, ink });
  }

  group(key: string, tag: string): string {
    this.groups[key] = tag;
    return key;
  }

  /** Reports `field` in `lang` as cut with "…" or, with `leftOut`, left out whole (the slide says how many). */
  cut(field: FieldPath, lang: Lang | undefined, leftOut = false): void {
    const l = lang ?? this.lang;
    if (!this.cuts.some((c) => c.lang === l && c.field.join('.') === field.join('.'))) this.cuts.push({ field, lang: l, ...(leftOut ? { leftOut } : {}) });
  }

  /** Adds a fitted box; returns its height. */
  box(role: string, field: FieldPath, lang: Lang | undefined, f: Fitted, x: number, y: number, w: number, face: Face, ink: Ink, tag: TextTag, groups: string[], opts: { secondary?: boolean; inline?: boolean; caps?: boolean; align?: 'left' | 'center' | 'right'; tracking?: number } = {}): number {
    const h = round(f.lines.length * f.lineHeight);
    this.texts.push({
      role, field, lang, secondary: opts.secondary ?? false, x: round(x), y: round(y), w: round(w), h, face, size: f.size, lineHeight: f.lineHeight,
      tracking: round((opts.tracking ?? 0) * f.size), ink, align: opts.align ?? 'left', lines: f.lines, cut: f.cut, tag, groups,
      ...(opts.inline ? { inline: true } : {}),
      ...(opts.caps ? { caps: true } : {}),
      ...(f.glued?.length ? { glued: f.glued } : {}),
    });
    if (f.cut) this.cut(field, opts.secondary ? this.o.lang2 : lang ?? this.lang);
    return h;
  }

  /** The primary wording of `text` and its secondary, fitted together (largest size at which both fit their lines). */
  fitPair(text: Text, spec: TextSpec, width: number, fixed?: number): Pair {
    const tr = spec.caps ? (s: string) => s.toUpperCase() : spec.transform ?? ((s: string) => s);
    const run = localizedRun(text, this.lang);
    const t1 = tr(run.text);
    const raw2 = secondaryOf(text, this.lang, this.o.lang2);
    const t2 = raw2 === undefined ? undefined : tr(raw2);
    const s2 = spec.second;
    const second = (size: number, maxLines: number): Fitted | undefined =>
      t2 === undefined || !s2 ? undefined : setAt(this.m, t2, { face: s2.face, max: size, min: size, leading: s2.leading, tracking: spec.style.tracking ?? 0 }, secondSize(size, s2.scale), width, maxLines);
    if (fixed !== undefined) {
      return { first: setAt(this.m, t1, spec.style, fixed, width, spec.maxLines), second: second(fixed, s2?.maxLines ?? 1), lang: run.lang, orig: [run.text, raw2] };
    }
    const first = fit(this.m, t1, spec.style, width, spec.maxLines);
    if (t2 === undefined || !s2) return { first, lang: run.lang, orig: [run.text, raw2] };
    // The secondary must fit too: step down from the primary's size until it does (it is cut only at the minimum).
    let size = first.size;
    for (; size > spec.style.min; size -= 1) {
      const b = second(size, Infinity);
      if (b && b.lines.length <= s2.maxLines) break;
    }
    return { first: size === first.size ? first : setAt(this.m, t1, spec.style, size, width, spec.maxLines), second: second(size, s2.maxLines), lang: run.lang, orig: [run.text, raw2] };
  }

  /**
   * The primary wording of `text` and its secondary at `size`, cut (each with "…") to what `height` px holds and to
   * the spec's lines: the lines shared out in proportion to each language's whole length, so neither language loses
   * its text while the other keeps it. Undefined when not even a line of each fits.
   */
  fitPairIn(text: Text, spec: TextSpec, width: number, size: number, height: number): Pair | undefined {
    const whole = this.fitPair(text, { ...spec, maxLines: Infinity, ...(spec.second ? { second: { ...spec.second, maxLines: Infinity } } : {}) }, width, size);
    const l1 = whole.first.lines.length;
    const l2 = whole.second?.lines.length ?? 0;
    const cap1 = Math.min(l1, spec.maxLines);
    const cap2 = Math.min(l2, spec.second?.maxLines ?? Infinity);
    if (cap1 === l1 && cap2 === l2 && this.measure(whole, spec) <= height + 0.01) return whole;
    const gap = whole.second && spec.second ? Math.round(size * spec.second.gap) : 0;
    const lh2 = whole.second?.lineHeight ?? 0;
    for (let n1 = cap1; n1 >= 1; n1 -= 1) {
      const n2 = l2 === 0 ? 0 : Math.min(cap2, Math.max(1, Math.round((n1 * l2) / l1)));
      if (n1 * whole.first.lineHeight + (n2 ? gap + n2 * lh2 : 0) > height + 0.01) continue;
      return this.fitPair(text, { ...spec, maxLines: n1, ...(spec.second ? { second: { ...spec.second, maxLines: n2 } } : {}) }, width, size);
    }
    return undefined;
  }

  /** Fits and places a text element (and its secondary) at (x, y); returns the height used. */
  element(text: Text, field: FieldPath, spec: TextSpec, x: number, y: number, width: number, groups: string[] = [], fixed?: number): number {
    const p = this.fitPair(text, spec, width, fixed);
    return this.place(p, field, spec, x, y, width, groups);
  }

  place(p: Pair, field: FieldPath, spec: TextSpec, x: number, y: number, width: number, groups: string[] = []): number {
    const align = spec.align ?? 'left';
    const caps = spec.caps ?? false;
    const first = caps ? authorsCase(p.first, p.orig?.[0]) : p.first;
    let h = this.box(spec.role, field, p.lang, first, x, y, width, spec.style.face, spec.ink, spec.tag, groups, { align, tracking: spec.style.tracking ?? 0, caps });
    if (p.second && spec.second && p.second.lines.length === 0) this.cut(field, this.o.lang2 ?? this.lang);
    else if (p.second && spec.second) {
      const gap = Math.round(p.first.size * spec.second.gap);
      const second = caps ? authorsCase(p.second, p.orig?.[1]) : p.second;
      h += gap + this.box(`${spec.role}-2`, field, this.o.lang2, second, x, y + h + gap, width, spec.second.face, spec.second.ink, spec.tag, groups, { secondary: true, align, tracking: spec.style.tracking ?? 0, caps });
    }
    return h;
  }

  /** Height an element would take (nothing placed). */
  measure(p: { first: Fitted; second?: Fitted | undefined }, spec: TextSpec): number {
    const h1 = p.first.lines.length * p.first.lineHeight;
    return p.second && spec.second ? h1 + Math.round(p.first.size * spec.second.gap) + p.second.lines.length * p.second.lineHeight : h1;
  }
}

/**
 * Lines fitted in capitals, given back in the author's case (the same words on each line), so the stage's text reads
 * as written while both sides draw capitals; kept in capitals when a word was broken or the case changes its length.
 */
function authorsCase(f: Fitted, original: string | undefined): Fitted {
  if (original === undefined || f.glued?.length || f.cut || original.toUpperCase().length !== original.length) return f;
  const words = original.split(/ +/);
  let at = 0;
  const lines = f.lines.map((line) => {
    const n = line.split(' ').length;
    const out = words.slice(at, at + n).join(' ');
    at += n;
    return out;
  });
  return lines.every((l, i) => l.toUpperCase() === f.lines[i]) ? { ...f, lines } : f;
}

const SECOND = (scale: number, ink: Ink, maxLines = 2, face: Face = 'italic'): TextSpec['second'] => ({ scale, face, ink, leading: 1.2, maxLines, gap: 0.12 });

/**
 * The second language is never set below this (px in the 1280 × 720 frame: 12 pt on the slides PDF), so it stays
 * legible from the back of the room: when room runs out the pair shrinks together instead of the translation alone.
 */
export const SECOND_FLOOR = 16;

/**
 * The second language's share of running text (lists, leads, headings, labels, quotes, events): large enough to read
 * as a translation, not a footnote. Titles keep a smaller share: at 54 px and up their translation is large anyway.
 */
const BODY_SECOND = 0.78;

/** The second language's size beside a primary of `size` px: its share of it, at least SECOND_FLOOR, never larger. */
export const secondSize = (size: number, scale: number): number => Math.min(size, Math.max(SECOND_FLOOR, Math.round(size * scale)));

/** Computes the geometry of `slide` in the 1280 × 720 frame. */
export function slideGeometry(slide: Slide, o: GeometryOptions, m: TextMeasurer): SlideGeometry {
  const sheet = new Sheet(m, o);
  const inset = o.banner ? BANNER_PX : 0;
  const dark = slide.layout === 'title' || slide.layout === 'section';
  const floor = sourceLine(sheet, o, inset, dark);
  const frame: Frame = { top: inset, bottom: floor - ABOVE_SOURCE, floor };
  let extra: Pick<SlideGeometry, 'picture' | 'figureAlt'> = {};
  switch (slide.layout) {
    case 'title': titleLayout(sheet, slide, frame); break;
    case 'section': sectionLayout(sheet, slide, frame); break;
    case 'bullets': bulletsLayout(sheet, slide, frame); break;
    case 'stats': statsLayout(sheet, slide, frame); break;
    case 'quote': quoteLayout(sheet, slide, frame); break;
    case 'chart': extra = chartLayout(sheet, slide, frame); break;
    case 'timeline': timelineLayout(sheet, slide, frame); break;
    case 'image': extra = imageLayout(sheet, slide, frame); break;
    case 'two-column': twoColumnLayout(sheet, slide, frame); break;
    default: assertNever(slide, 'slide layout');
  }
  return { width: FRAME.width, height: FRAME.height, dark, texts: sheet.texts, shapes: sheet.shapes, groups: sheet.groups, cuts: sheet.cuts, floor, ...extra };
}

interface Frame { top: number; bottom: number; floor: number }

/** The "Source:" label and text, set bottom-up above the footer band; returns the top of the line (the floor). */
function sourceLine(sheet: Sheet, o: GeometryOptions, inset: number, dark: boolean): number {
  const bottom = FRAME.height - inset - SOURCE_BOTTOM;
  if (!o.source) return bottom;
  const m = sheet.m;
  const labelW = Math.ceil(widthOf(m, o.source.label, 'semibold', 20)) + 7;
  const f = fit(m, o.source.text, { face: 'regular', max: 20, min: 15, leading: 1.3 }, W - labelW, 2);
  const h = f.lines.length * f.lineHeight;
  const y = bottom - h;
  const label: Fitted = { lines: [o.source.label], size: f.size, lineHeight: f.lineHeight, cut: false };
  // The label's own width at the line's size, so it never runs into the text.
  const lw = Math.ceil(widthOf(m, o.source.label, 'semibold', f.size)) + 1;
  sheet.box('source-label', ['sources'], o.lang, label, X0, y, lw, 'semibold', dark ? 'paleOnNavy' : 'navy', 'P', []);
  sheet.box('source', ['sources'], o.lang, f, X0 + labelW, y, W - labelW, 'regular', dark ? 'softOnNavy' : 'muted', 'P', [], { inline: true });
  return round(y);
}

// ── Content slides: title, accent rule, optional lead, then the body ─────────────────────────────────────────────

const TITLE: TextSpec = { role: 'title', style: { face: 'bold', max: 54, min: 38, leading: 1.1 }, ink: 'navy', maxLines: 2, tag: 'H2', second: SECOND(0.6, 'navySoft') };
const LEAD: TextSpec = { role: 'lead', style: { face: 'regular', max: 30, min: 22, leading: 1.3 }, ink: 'muted', maxLines: 2, tag: 'P', second: SECOND(BODY_SECOND, 'muted') };

/**
 * Title, its rule and the lead; returns where the body starts. `leadMax` (px) caps the lead's size, so a lead can
 * follow a list that had to shrink and never reads larger than the points it introduces; `leadLines` caps its lines
 * in each language (a chart short of room for its bars).
 */
function heading(sheet: Sheet, title: Text | undefined, lead: Text | undefined, f: Frame, leadMax = LEAD.style.max, leadLines = LEAD.maxLines): number {
  let y = f.top + 52;
  if (title !== undefined) {
    y += sheet.element(title, ['title'], TITLE, X0, y, W);
    sheet.rect(X0, y + 16, 96, 6, 'accent');
    y += 16 + 6 + 30;
  }
  const spec = leadMax >= LEAD.style.max && leadLines >= LEAD.maxLines ? LEAD : { ...LEAD, style: { ...LEAD.style, max: leadMax, min: Math.min(LEAD.style.min, leadMax) }, maxLines: leadLines, second: LEAD.second && { ...LEAD.second, maxLines: leadLines } };
  if (lead !== undefined) y += sheet.element(lead, ['lead'], spec, X0, y, W) + 26;
  return y;
}

/** Where a body of height `h` goes in [top, bottom]: a little above the middle of the slack, as a placeholder does. */
const settle = (top: number, bottom: number, h: number, share = 0.42): number => top + Math.max(0, (bottom - top - h) * share);

// Bullet lists, for the bullets and two-column layouts.

interface Item { text: Text; level: 0 | 1; path: FieldPath; index: number; sub: number }

function flatten(bullets: Bullet[], base: FieldPath): Item[] {
  return bullets.flatMap((b, i): Item[] =>
    typeof b === 'object' && 'bullets' in b
      ? [{ text: b.text, level: 0, path: [...base, i, 'text'], index: i, sub: -1 }, ...b.bullets.map((c, j): Item => ({ text: c, level: 1, path: [...base, i, 'bullets', j], index: i, sub: j }))]
      : [{ text: b, level: 0, path: [...base, i], index: i, sub: -1 }],
  );
}

const bulletSpec = (level: 0 | 1): TextSpec => ({
  role: level === 0 ? 'bullet' : 'sub-bullet',
  style: { face: 'regular', max: 200, min: 8, leading: 1.25 },
  ink: level === 0 ? 'ink' : 'muted',
  maxLines: Infinity,
  tag: 'P',
  second: SECOND(level === 0 ? BODY_SECOND : 0.8, 'navySoft', Infinity),
});

/** Space between a sub-point and its translation on the same line, in ems of the sub-point. */
const INLINE_GAP = 0.6;

/**
 * A list's boxes at `size` (its first level), from `y`; returns the height it takes (places nothing unless `place`).
 * Tagged as the PDF wants it: L > LI > LBody > P, a sub-list inside its parent's LBody.
 *
 * A list that does not fit `limit` ends where the room does: the point that overflows keeps the lines left (both
 * languages cut alike with "…"), the points after it are left out, and a last line in the list's style says how many
 * ("+2 more points"), so the slide never silently shows less than the pack. Both are reported as cuts, the points
 * left out marked `leftOut`.
 */
function list(sheet: Sheet, items: Item[], size: number, x: number, y: number, width: number, limit: number, key: string, place: boolean, parents: string[] = []): { h: number; fits: boolean } {
  const whole = layList(sheet, items, size, x, y, width, limit, key, false, parents, false);
  if (whole.fits || !place) {
    if (place) layList(sheet, items, size, x, y, width, limit, key, true, parents, false);
    return whole;
  }
  // The room kept is the line's height, one line whatever the count.
  const more = moreLine(sheet, size, { points: 1, subPoints: 0 });
  const dry = layList(sheet, items, size, x, y, width, limit, key, false, parents, true);
  // Only the last point cut: no line is needed to say so; else room is kept for it below the points shown.
  const r = layList(sheet, items, size, x, y, width, dry.leftOut.length === 0 ? limit : limit - more.gap - more.h, key, true, parents, true);
  if (r.leftOut.length > 0) {
    const indent = Math.round(size * 1.15);
    placeMore(sheet, size, x + indent, y + r.h + more.gap, width - indent, r.leftOut, parents);
  }
  return { h: limit - y, fits: false };
}

interface ListRun { h: number; fits: boolean; leftOut: Item[] }

/**
 * One pass over a list's points (see `list`). Without `cut` it stops at the first point that overflows (`fits`
 * false); with it, that point is cut to the room left and the rest are collected in `leftOut` (cuts reported only
 * when placing).
 */
function layList(sheet: Sheet, items: Item[], size: number, x: number, y: number, width: number, limit: number, key: string, place: boolean, parents: string[], cut: boolean): ListRun {
  const two = sheet.o.lang2 !== undefined;
  const gap = Math.round(size * (two ? 0.36 : 0.55));
  let h = 0;
  let fits = true;
  const leftOut: Item[] = [];
  const groupsOf = (it: Item): string[] => {
    const li = `${key}.${it.index}`;
    sheet.group(key, 'L');
    sheet.group(li, 'LI');
    sheet.group(`${li}.body`, 'LBody');
    const base = [...parents, key, li, `${li}.body`];
    if (it.level === 0) return base;
    const subLi = `${li}.sub.${it.sub}`;
    sheet.group(`${li}.sub`, 'L');
    sheet.group(subLi, 'LI');
    sheet.group(`${subLi}.body`, 'LBody');
    return [...base, `${li}.sub`, subLi, `${subLi}.body`];
  };
  const leave = (it: Item, lang: Lang | undefined, second: boolean): void => {
    leftOut.push(it);
    if (!place) return;
    sheet.cut(it.path, lang, true);
    if (second) sheet.cut(it.path, sheet.o.lang2, true);
  };
  for (const [n, it] of items.entries()) {
    const s = it.level === 0 ? size : Math.round(size * 0.8);
    const indent = it.level === 0 ? Math.round(size * 1.15) : Math.round(size * 1.15) + Math.round(s * 1.1);
    const spec = bulletSpec(it.level);
    const p = sheet.fitPair(it.text, spec, width - indent, s);
    if (leftOut.length > 0 || !fits) {
      leave(it, p.lang, p.second !== undefined);
      continue;
    }
    const top = y + h + (n === 0 ? 0 : it.level === 0 ? gap : Math.round(gap * 0.4));
    // A short sub-point and its short translation share one line, the translation after a thin rule (as on screen).
    const w1 = p.first.lines.length === 1 ? widthOf(sheet.m, p.first.lines[0] ?? '', spec.style.face, s) : Infinity;
    const s2 = p.second;
    const w2 = s2 && s2.lines.length === 1 ? widthOf(sheet.m, s2.lines[0] ?? '', 'italic', s2.size) : Infinity;
    const inline = it.level === 1 && s2 !== undefined && w1 + 2 * INLINE_GAP * s + w2 <= width - indent;
    const need = inline ? p.first.lineHeight : sheet.measure(p, spec);
    if (top + need > limit + 0.01) {
      fits = false;
      if (!cut) break;
      // The list ends here: what still fits of this point, both languages cut alike; the points after it left out.
      const short = sheet.fitPairIn(it.text, spec, width - indent, s, limit - top);
      if (!short) {
        leave(it, p.lang, p.second !== undefined);
        continue;
      }
      if (place) {
        marker(sheet, it.level, x + indent, top, short.first, s);
        sheet.place(short, it.path, spec, x + indent, top, width - indent, groupsOf(it));
      }
      h = top + sheet.measure(short, spec) - y;
      continue;
    }
    if (place) {
      const groups = groupsOf(it);
      marker(sheet, it.level, x + indent, top, p.first, s);
      if (inline && s2) {
        const tx = x + indent;
        const w = Math.ceil(w1) + 1;
        sheet.box(spec.role, it.path, p.lang, p.first, tx, top, w, spec.style.face, spec.ink, spec.tag, groups);
        const rx = tx + w1 + INLINE_GAP * s;
        sheet.rect(rx, top + (p.first.lineHeight - s2.size * 1.1) / 2, 2, s2.size * 1.1, 'accent');
        // Both on one baseline: the smaller line box moved down by the difference of their baselines.
        const base = (size: number, lh: number): number => (lh - 1.424 * size) / 2 + 1.024 * size;
        const x2 = rx + INLINE_GAP * s;
        sheet.box(`${spec.role}-2`, it.path, sheet.o.lang2, s2, x2, top + base(s, p.first.lineHeight) - base(s2.size, s2.lineHeight), x + width - x2, 'italic', 'navySoft', spec.tag, groups, { secondary: true });
      } else sheet.place(p, it.path, spec, x + indent, top, width - indent, groups);
    }
    h = top + need - y;
  }
  return { h, fits, leftOut };
}

/** What a list left out, in the pack's terms: whole points (their sub-points with them), and sub-points of a point shown. */
export interface LeftOutCount { points: number; subPoints: number }

/** Counts `leftOut` items as a reader of the pack would: a point left out takes its sub-points with it. */
function countLeftOut(leftOut: readonly Item[]): LeftOutCount {
  const points = new Set(leftOut.filter((it) => it.level === 0).map((it) => it.index));
  return { points: points.size, subPoints: leftOut.filter((it) => it.level === 1 && !points.has(it.index)).length };
}

/** The "+N more points" line, in each language: "+2 more points", "+1 more point and 2 sub-points", "+3 more sub-points". */
export const MORE_WORDS: Record<Lang, (n: LeftOutCount) => string> = {
  en: ({ points: p, subPoints: s }) => {
    const pts = `${p} more ${p === 1 ? 'point' : 'points'}`;
    const subs = `${s} ${p === 0 ? 'more ' : ''}${s === 1 ? 'sub-point' : 'sub-points'}`;
    return `+${p === 0 ? subs : s === 0 ? pts : `${pts} and ${subs}`}`;
  },
  es: ({ points: p, subPoints: s }) => {
    const pts = `${p} ${p === 1 ? 'punto' : 'puntos'}`;
    const subs = `${s} ${s === 1 ? 'subpunto' : 'subpuntos'}`;
    return `+${p === 0 ? subs : s === 0 ? pts : `${pts} y ${subs}`} más`;
  },
};

/** The "+N more points" line's size, height and the gap above it, for a list of first-level `size`. */
function moreLine(sheet: Sheet, size: number, n: LeftOutCount): { size: number; h: number; gap: number; text: string; text2?: string | undefined } {
  const s = Math.max(Math.round(size * 0.8), Math.min(size, SECOND_FLOOR));
  const lang2 = sheet.o.lang2;
  return { size: s, h: Math.round(s * 1.25), gap: Math.round(size * 0.4), text: MORE_WORDS[sheet.lang](n), text2: lang2 && lang2 !== sheet.lang ? MORE_WORDS[lang2](n) : undefined };
}

/** Places the line saying how many points were left out (its second language after it on the same line). */
function placeMore(sheet: Sheet, size: number, x: number, y: number, width: number, leftOut: Item[], parents: string[]): void {
  const m = moreLine(sheet, size, countLeftOut(leftOut));
  const first = leftOut[0];
  const field: FieldPath = first ? first.path.slice(0, first.path.indexOf(first.index)) : [];
  const lh = Math.round(m.size * 1.25);
  const w1 = Math.min(width, Math.ceil(widthOf(sheet.m, m.text, 'italic', m.size)) + 1);
  sheet.box('list-more', field, sheet.lang, { lines: [m.text], size: m.size, lineHeight: lh, cut: false }, x, y, w1, 'italic', 'muted', 'P', parents);
  if (m.text2 === undefined) return;
  const gap = Math.round(m.size * 0.8);
  const x2 = x + w1 + gap;
  const w2 = Math.ceil(widthOf(sheet.m, m.text2, 'italic', m.size)) + 1;
  if (x2 + w2 <= x + width) sheet.box('list-more-2', field, sheet.o.lang2, { lines: [m.text2], size: m.size, lineHeight: lh, cut: false }, x2, y, w2, 'italic', 'navySoft', 'P', parents, { secondary: true });
}

/** The accent square before a point, the dash before a sub-point: centred on the first line, left of the text. */
function marker(sheet: Sheet, level: 0 | 1, textX: number, top: number, f: Fitted, size: number): void {
  const mid = top + f.lineHeight / 2;
  if (level === 0) {
    const d = Math.round(size * 0.46);
    sheet.rect(textX - Math.round(size * 1.15), mid - d / 2, d, d, 'accent');
  } else {
    const w = Math.round(size * 0.5);
    sheet.rect(textX - Math.round(size * 1.1), mid - 1, w, 2.5, 'muted');
  }
}

/** The largest list size (from `max`) at which `items` fit `height`; the smallest when none does. */
function listSize(sheet: Sheet, items: Item[], max: number, width: number, height: number): { size: number; h: number; fits: boolean } {
  const two = sheet.o.lang2 !== undefined;
  // A bilingual list holds every point twice: it may go a little smaller before anything is cut.
  const floor = two ? 0.45 : 0.55;
  for (const k of SMALLER.filter((s) => s >= floor)) {
    const size = Math.round(max * k);
    const r = list(sheet, items, size, 0, 0, width, height, '', false);
    if (r.fits) return { size, h: r.h, fits: true };
  }
  const size = Math.round(max * floor);
  return { size, h: height, fits: false };
}

/**
 * Title, lead and a body that returns its main type's size (px: a list's first level, the stat figures). A lead
 * larger than what it introduces reads as the slide's message: when the body had to shrink, the lead is set no larger
 * than it (tried on a scratch sheet; a smaller lead leaves the body more room, so one retry holds).
 */
function withLead(sheet: Sheet, title: Text, lead: Text | undefined, f: Frame, body: (sheet: Sheet, top: number) => number): void {
  let leadMax = LEAD.style.max;
  if (lead !== undefined) {
    for (let i = 0; i < 3; i++) {
      const trial = new Sheet(sheet.m, sheet.o);
      const size = body(trial, heading(trial, title, lead, f, leadMax));
      if (size >= leadMax) break;
      leadMax = size;
    }
  }
  body(sheet, heading(sheet, title, lead, f, leadMax));
}

function bulletsLayout(sheet: Sheet, s: SlideOf<'bullets'>, f: Frame): void {
  const items = flatten(s.bullets, ['bullets']);
  withLead(sheet, s.title, s.lead, f, (sh, top) => {
    const { size } = listSize(sh, items, 38, W, f.bottom - top);
    list(sh, items, size, X0, top, W, f.bottom, 'list', true);
    return size;
  });
}

function twoColumnLayout(sheet: Sheet, s: SlideOf<'two-column'>, f: Frame): void {
  const top = heading(sheet, s.title, undefined, f);
  const gap = 72;
  const w = (W - gap) / 2;
  const HEAD: TextSpec = { role: 'column-heading', style: { face: 'semibold', max: 34, min: 24, leading: 1.15 }, ink: 'navy', maxLines: 2, tag: 'H3', second: SECOND(BODY_SECOND, 'navySoft') };
  // The two headings share one size, the one the longer allows; their rules sit level, so both lists start level.
  const fitted = (['left', 'right'] as const).map((side) => (s[side].heading === undefined ? undefined : sheet.fitPair(s[side].heading, HEAD, w)));
  const headSize = Math.min(...fitted.flatMap((h) => (h ? [h.first.size] : [])));
  const heads = (['left', 'right'] as const).map((side, i) => {
    const h = s[side].heading;
    return h === undefined || fitted[i]?.first.size === headSize ? fitted[i] : sheet.fitPair(h, HEAD, w, headSize);
  });
  const headH = Math.max(0, ...heads.map((h) => (h ? sheet.measure(h, HEAD) + 14 + 2.5 + 20 : 0)));
  const sides = (['left', 'right'] as const).map((side, i) => {
    const col = s[side];
    const head = heads[i];
    return { side, col, head, headH: head ? headH : 0, ruleY: head ? sheet.measure(head, HEAD) : 0, items: flatten(col.bullets, [side, 'bullets']) };
  });
  // One size for both columns, the one the fuller column allows.
  const size = Math.min(...sides.map((c) => listSize(sheet, c.items, 31, w, f.bottom - top - c.headH).size));
  const heights = sides.map((c) => c.headH + list(sheet, c.items, size, 0, 0, w, Infinity, '', false).h);
  const y0 = settle(top, f.bottom, Math.max(...heights), 0.3);
  sides.forEach((c, i) => {
    const x = X0 + i * (w + gap);
    const div = sheet.group(`col-${c.side}`, 'Div');
    let y = y0;
    if (c.head && c.col.heading !== undefined) {
      // A shorter heading sits on the rule, level with the other's last line.
      sheet.place(c.head, [c.side, 'heading'], HEAD, x, y + c.headH - (14 + 2.5 + 20) - c.ruleY, w, [div]);
      y += c.headH - (2.5 + 20);
      sheet.rect(x, y, w, 2.5, 'accent');
      y += 2.5 + 20;
    }
    list(sheet, c.items, size, x, y, w, f.bottom, `${div}.list`, true, [div]);
  });
  sheet.rect(X0 + w + gap / 2 - 0.75, y0, 1.5, Math.max(...heights), 'rule');
}

// ── Stats: big figures on one line each, labels on a common baseline ─────────────────────────────────────────────

function statsLayout(sheet: Sheet, s: SlideOf<'stats'>, f: Frame): void {
  withLead(sheet, s.title, s.lead, f, (sh, top) => statsBody(sh, s, top, f));
}

/** The stat cards (or rows) below `top`; returns the figures' size. */
function statsBody(sheet: Sheet, s: SlideOf<'stats'>, top: number, f: Frame): number {
  const m = sheet.m;
  const n = s.stats.length;
  const lone = n === 1;
  const cols = n <= 3 ? n : n === 4 ? 2 : 3;
  const rows = Math.ceil(n / cols);
  const colGap = 56;
  const rowGap = 40;
  const cellW = lone ? Math.min(W, 900) : (W - colGap * (cols - 1)) / cols;
  const two = sheet.o.lang2 !== undefined;
  const cites = s.stats.map((st) => {
    const k = st.source ? sheet.o.cite?.(st.source) : undefined;
    return k === undefined ? '' : `[${k}]`;
  });
  const values = s.stats.map((st) => localizedRun(st.value, sheet.lang));
  const values2 = s.stats.map((st) => secondaryOf(st.value, sheet.lang, sheet.o.lang2));
  const anyValue2 = values2.some((v) => v !== undefined);
  const citeW = (i: number, size: number): number => (cites[i] ? widthOf(m, cites[i] ?? '', 'semibold', Math.max(12, Math.round(size * 0.34))) + 6 : 0);
  let labelLines = 3;
  let labelLines2 = 2;
  const LABEL = (size: number): TextSpec => ({ role: 'stat-label', style: { face: 'regular', max: size, min: size, leading: 1.25 }, ink: 'ink', maxLines: labelLines, tag: 'P', align: lone ? 'center' : 'left', second: SECOND(BODY_SECOND, 'muted', labelLines2) });
  let figure = 0;
  const build = (k: number, place: boolean): number => {
    const valueMax = Math.round((lone ? 132 : n <= 3 ? 80 : 64) * k);
    // One size for every figure, the one the widest allows on one line: none looks bigger by accident.
    const vSize = Math.min(...values.map((v, i) => oneLineSize(m, v.text, 'bold', valueMax, 30, cellW - citeW(i, valueMax))));
    figure = vSize;
    // The figures' translations share one size too: the one the longest allows on one line.
    const v2Size = Math.min(...values2.map((v2) => (v2 === undefined ? Infinity : oneLineSize(m, v2, 'italic', secondSize(vSize, 0.4), Math.min(vSize, SECOND_FLOOR), cellW))));
    const labelSize = Math.max(16, Math.round((lone ? 36 : n <= 3 ? 30 : 26) * k));
    const labels = s.stats.map((st) => sheet.fitPair(st.label, LABEL(labelSize), cellW, labelSize));
    const labelH = Math.max(...labels.map((p, i) => sheet.measure(p, LABEL(labelSize)) + (i < 0 ? 0 : 0)));
    const valueLH = Math.round(vSize * 1.08);
    // A figure too long for one line even at the smallest size wraps (to three lines at most) rather than being cut.
    const valueFits = values.map((v, i) => setAt(m, v.text, { face: 'bold', max: vSize, min: vSize, leading: 1.08 }, vSize, cellW - citeW(i, vSize), 3));
    const valueH = Math.max(...valueFits.map((f) => f.lines.length)) * valueLH;
    const v2LH = anyValue2 ? Math.round(v2Size * 1.25) + 2 : 0;
    const ruleH = lone ? 6 : 8;
    // The air between the parts shrinks with the type.
    const air = (n: number): number => Math.round(n * Math.max(0.4, Math.min(1, k)));
    const cellH = ruleH + air(18) + valueH + v2LH + air(10) + labelH;
    const blockH = rows * cellH + (rows - 1) * air(rowGap);
    if (!place) return blockH;
    const y0 = settle(top, f.bottom, blockH, 0.4);
    s.stats.forEach((st, i) => {
      const r = Math.floor(i / cols);
      const c = i % cols;
      const inRow = Math.min(cols, n - r * cols);
      // A short last row is centred under the full ones.
      const rowX = X0 + (W - (inRow * cellW + (inRow - 1) * colGap)) / 2;
      const x = lone ? X0 + (W - cellW) / 2 : rowX + c * (cellW + colGap);
      const y = y0 + r * (cellH + air(rowGap));
      const card = sheet.group(`stat-${i}`, 'Div');
      const ruleW = lone ? 120 : cellW;
      sheet.rect(lone ? x + (cellW - ruleW) / 2 : x, y, ruleW, ruleH, 'accent');
      const vy = y + ruleH + air(18);
      const v = values[i];
      const align = lone ? 'center' : 'left';
      const cw = citeW(i, vSize);
      const vf: Fitted = { ...(valueFits[i] ?? { lines: [''], size: vSize, lineHeight: valueLH, cut: false }), lineHeight: valueLH };
      const valueW = vf.lines.length > 1 ? cellW - cw : Math.min(cellW - cw, Math.ceil(widthOf(m, vf.lines[0] ?? '', 'bold', vSize)) + 2);
      const vx = lone ? x + (cellW - valueW - cw) / 2 : x;
      sheet.box('stat-value', ['stats', i, 'value'], v?.lang, vf, vx, vy, valueW, 'bold', 'navy', 'P', [card], { align: 'left' });
      if (cites[i]) {
        const cs = Math.max(12, Math.round(vSize * 0.34));
        sheet.box('stat-cite', ['stats', i, 'source'], undefined, { lines: [cites[i] ?? ''], size: cs, lineHeight: Math.round(cs * 1.2), cut: false }, vx + valueW + 4, vy + Math.round(vSize * 0.12), cw, 'semibold', 'muted', 'P', [card], { inline: true });
      }
      let ly = vy + valueH;
      const v2 = values2[i];
      if (v2 !== undefined) {
        const f2 = setAt(m, v2, { face: 'italic', max: v2Size, min: v2Size, leading: 1.25 }, v2Size, cellW, 1);
        sheet.box('stat-value-2', ['stats', i, 'value'], sheet.o.lang2, { ...f2, lineHeight: Math.round(v2Size * 1.25) }, x, ly + 2, cellW, 'italic', 'navySoft', 'P', [card], { secondary: true, align });
      }
      ly += v2LH + air(10);
      const label = labels[i];
      if (label) sheet.place(label, ['stats', i, 'label'], LABEL(labelSize), x, ly, cellW, [card]);
    });
    return blockH;
  };
  const room = f.bottom - top;
  // Figures too long for a column ("Más de US$498.4 millones") read better one per row, the label beside each.
  const gridSize = Math.min(...values.map((v, i) => oneLineSize(m, v.text, 'bold', n <= 3 ? 80 : 64, 8, cellW - citeW(i, 80))));
  const rowsHold = values.every((v, i) => widthOf(m, v.text, 'bold', 24) + citeW(i, 24) <= Math.round(W * 0.56));
  if (!lone && n <= 4 && gridSize < 46 && rowsHold) return statRows(sheet, s, top, f, cites, values, values2);
  // The largest type that holds them; else labels keep fewer lines, both languages cut alike with "…".
  for (const [lines, second] of [[3, 2], [2, 2], [2, 1], [1, 1]] as const) {
    labelLines = lines;
    labelLines2 = second;
    const k = SMALLER.find((sc) => build(sc, false) <= room);
    if (k !== undefined || lines === 1) {
      build(k ?? SMALLER[SMALLER.length - 1] ?? 0.4, true);
      return figure;
    }
  }
  return figure;
}

/** Stats one per row: the figures in a column as wide as the widest, each label beside its figure on its baseline. */
function statRows(sheet: Sheet, s: SlideOf<'stats'>, top: number, f: Frame, cites: string[], values: { text: string; lang: Lang | undefined }[], values2: (string | undefined)[]): number {
  const m = sheet.m;
  const n = s.stats.length;
  const gap = 48;
  const citeW = (i: number, size: number): number => (cites[i] ? widthOf(m, cites[i] ?? '', 'semibold', Math.max(12, Math.round(size * 0.34))) + 6 : 0);
  const colMax = Math.round(W * 0.56);
  const LABEL = (size: number): TextSpec => ({ role: 'stat-label', style: { face: 'regular', max: size, min: size, leading: 1.25 }, ink: 'ink', maxLines: 2, tag: 'P', second: SECOND(BODY_SECOND, 'muted', 2) });
  const build = (k: number, place: boolean): number => {
    const vSize = Math.min(...values.map((v, i) => oneLineSize(m, v.text, 'bold', Math.round(64 * k), 20, colMax - citeW(i, 64))));
    const colW = Math.ceil(Math.max(...values.map((v, i) => widthOf(m, v.text, 'bold', vSize) + citeW(i, vSize)))) + 2;
    const labelSize = Math.max(16, Math.round(30 * k));
    const labelX = X0 + colW + gap;
    const labelW = X0 + W - labelX;
    const vLH = Math.round(vSize * 1.08);
    // The figures' translations share one size, the one the longest allows under the figures.
    const v2Size = Math.min(...values2.map((v2) => (v2 === undefined ? Infinity : oneLineSize(m, v2, 'italic', secondSize(vSize, 0.4), Math.min(vSize, SECOND_FLOOR), colW))));
    const v2LH = Math.round(v2Size * 1.25);
    const labels = s.stats.map((st) => sheet.fitPair(st.label, LABEL(labelSize), labelW, labelSize));
    // The label's first baseline on the figure's: its top this far below the figure's.
    const base = (size: number, lh: number): number => (lh - 1.424 * size) / 2 + 1.024 * size;
    const dy = base(vSize, vLH) - base(labelSize, Math.round(labelSize * 1.25));
    const rowH = s.stats.map((_st, i) => Math.max(vLH + (values2[i] !== undefined ? v2LH + 2 : 0), dy + sheet.measure(labels[i] ?? { first: { lines: [], size: 0, lineHeight: 0, cut: false } }, LABEL(labelSize))));
    const ruleGap = Math.round(22 * k);
    const h = rowH.reduce((a, b) => a + b, 0) + (n - 1) * (ruleGap * 2 + 2);
    if (!place) return h;
    let y = settle(top, f.bottom, h, 0.4);
    s.stats.forEach((st, i) => {
      const card = sheet.group(`stat-${i}`, 'Div');
      if (i > 0) {
        sheet.rect(X0, y + ruleGap, W, 2, 'rule');
        y += ruleGap * 2 + 2;
      } else sheet.rect(X0 - 28, y + 6, 8, vLH - 12, 'accent');
      if (i > 0) sheet.rect(X0 - 28, y + 6, 8, vLH - 12, 'accent');
      const v = values[i];
      const cw = citeW(i, vSize);
      const vw = Math.ceil(widthOf(m, v?.text ?? '', 'bold', vSize)) + 2;
      sheet.box('stat-value', ['stats', i, 'value'], v?.lang, { lines: [v?.text ?? ''], size: vSize, lineHeight: vLH, cut: false }, X0, y, vw, 'bold', 'navy', 'P', [card]);
      if (cites[i]) {
        const cs = Math.max(12, Math.round(vSize * 0.34));
        sheet.box('stat-cite', ['stats', i, 'source'], undefined, { lines: [cites[i] ?? ''], size: cs, lineHeight: Math.round(cs * 1.2), cut: false }, X0 + vw + 4, y + Math.round(vSize * 0.12), cw, 'semibold', 'muted', 'P', [card], { inline: true });
      }
      const v2 = values2[i];
      if (v2 !== undefined) {
        const f2 = setAt(m, v2, { face: 'italic', max: v2Size, min: v2Size, leading: 1.25 }, v2Size, colW, 1);
        sheet.box('stat-value-2', ['stats', i, 'value'], sheet.o.lang2, { ...f2, lineHeight: v2LH }, X0, y + vLH + 2, colW, 'italic', 'navySoft', 'P', [card], { secondary: true });
      }
      const label = labels[i];
      if (label) sheet.place(label, ['stats', i, 'label'], LABEL(labelSize), labelX, y + dy, labelW, [card]);
      y += rowH[i] ?? 0;
    });
    return h;
  };
  const k = SMALLER.find((sc) => build(sc, false) <= f.bottom - top) ?? SMALLER[SMALLER.length - 1] ?? 0.4;
  build(k, true);
  return Math.min(...values.map((v, i) => oneLineSize(m, v.text, 'bold', Math.round(64 * k), 20, colMax - citeW(i, 64))));
}

// ── Quote: a confident mark, the words, then name above role ────────────────────────────────────────────────────

function quoteLayout(sheet: Sheet, s: SlideOf<'quote'>, f: Frame): void {
  const top = s.title !== undefined ? heading(sheet, s.title, undefined, f) : f.top + 72;
  const x = X0 + 150;
  const width = FRAME.width - x - 120;
  const specs = (k: number) => ({
    // Never below 22 px (16.5 pt on paper): a quote is read from the back of the room.
    QUOTE: { role: 'quote', style: { face: 'italic', max: Math.max(22, Math.round(50 * k)), min: 22, leading: 1.3 }, ink: 'navy', maxLines: 6, tag: 'P', second: SECOND(BODY_SECOND, 'navySoft', 4, 'regular') } satisfies TextSpec,
    NAME: { role: 'attribution', style: { face: 'bold', max: Math.max(20, Math.round(30 * k)), min: 20, leading: 1.2 }, ink: 'ink', maxLines: 2, tag: 'P', second: SECOND(0.8, 'muted', 2) } satisfies TextSpec,
    ROLE: { role: 'role', style: { face: 'regular', max: Math.max(17, Math.round(24 * k)), min: 17, leading: 1.25 }, ink: 'muted', maxLines: 2, tag: 'P', second: SECOND(0.85, 'muted', 2) } satisfies TextSpec,
  });
  // Words, name and role shrink together until they fit, so none is cut while another stays large. `fill`: the words
  // (both languages) are cut to the room the name and role leave, at the smallest type.
  const build = (k: number, place: boolean, fill = false): { h: number; cut: boolean } => {
    const { QUOTE, NAME, ROLE } = specs(k);
    const gap = (n: number): number => Math.round(n * Math.max(k, 0.6));
    const name = sheet.fitPair(s.attribution, NAME, width);
    const role = s.role === undefined ? undefined : sheet.fitPair(s.role, ROLE, width);
    const rest = gap(28) + 4 + gap(20) + sheet.measure(name, NAME) + (role ? gap(6) + sheet.measure(role, ROLE) : 0);
    const q = (fill ? sheet.fitPairIn(s.quote, QUOTE, width, QUOTE.style.min, f.bottom - top - rest) : undefined) ?? sheet.fitPair(s.quote, QUOTE, width);
    const h = sheet.measure(q, QUOTE) + rest;
    const cut = [q, name, ...(role ? [role] : [])].some((p) => p.first.cut || p.second?.cut);
    if (!place) return { h, cut };
    const y0 = settle(top, f.bottom, h, 0.45);
    const bq = sheet.group('quote', 'BlockQuote');
    // The mark hangs left of the words, its top level with their first line.
    const markSize = Math.round(220 * Math.max(k, 0.7));
    const mark: Fitted = { lines: ['\u201C'], size: markSize, lineHeight: Math.round(markSize * 0.62), cut: false };
    sheet.box('quote-mark', ['quote'], undefined, mark, X0, Math.max(f.top + 8, y0 - Math.round(markSize * 0.06)), 130, 'bold', 'accent', 'Artifact', []);
    let y = y0 + sheet.place(q, ['quote'], QUOTE, x, y0, width, [bq]) + gap(28);
    sheet.rect(x, y, 64, 4, 'accent');
    y += 4 + gap(20);
    y += sheet.place(name, ['attribution'], NAME, x, y, width, [bq]);
    if (role && s.role !== undefined) sheet.place(role, ['role'], ROLE, x, y + gap(6), width, [bq]);
    return { h, cut };
  };
  const k = SMALLER.find((sc) => { const r = build(sc, false); return r.h <= f.bottom - top && !r.cut; });
  // Even the smallest type does not hold it: the words are cut to the lines left, in both languages alike.
  if (k !== undefined) build(k, true);
  else build(SMALLER[SMALLER.length - 1] ?? 0.4, true, true);
}

// ── Chart: unit in the header, bars, caption without the unit ──────────────────────────────────────────────────

// One formatter per language, made on first use: Number#toLocaleString builds a new one on every call, which was
// a tenth of a millisecond per value, 0.2 s of a 5,000-slide export (issue 14). Same locale and options, same text.
const numberFormats = new Map<Lang, Intl.NumberFormat>();
function numberFormat(lang: Lang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format;
}

/** "$97.8B"-style value text in `lang`: its prefix and suffix in that language, thousands separators for it. */
export function formatValue(chart: SlideOf<'chart'>['chart'], value: number, lang: Lang): string {
  const n = numberFormat(lang).format(value);
  return `${localize(chart.prefix, lang)}${n}${localize(chart.suffix, lang)}`;
}

const BAR_CHART: Record<Lang, string> = { en: 'Bar chart', es: 'Gráfica de barras' };
const HIGHLIGHTED: Record<Lang, string> = { en: 'highlighted', es: 'destacado' };

/** The chart's alt text states its numbers: "Bar chart (billion US dollars): China $137.9B; Mexico $97.8B (highlighted)". */
export function chartAlt(chart: SlideOf<'chart'>['chart'], lang: Lang): string {
  const unit = localize(chart.unit, lang);
  const bars = chart.bars.map((b) => `${localize(b.label, lang)} ${formatValue(chart, b.value, lang)}${b.highlight ? ` (${HIGHLIGHTED[lang]})` : ''}`);
  return `${BAR_CHART[lang]}${unit ? ` (${unit})` : ''}: ${bars.join('; ')}`;
}

function chartLayout(sheet: Sheet, s: SlideOf<'chart'>, f: Frame): Pick<SlideGeometry, 'figureAlt'> {
  // The lead keeps its own size while the bars have room (a chart's values are annotations sized to its bars, not the
  // type the lead introduces); when they do not, the lead and caption give way, down to a line in each language.
  const steps: { leadMax: number; lines: number }[] = [{ leadMax: LEAD.style.max, lines: 2 }, { leadMax: 24, lines: 2 }, { leadMax: 22, lines: 1 }, { leadMax: 18, lines: 1 }];
  const step = steps.find((st) => {
    const trial = new Sheet(sheet.m, sheet.o);
    return chartBody(trial, s, heading(trial, s.title, s.lead, f, st.leadMax, st.lines), f, st.lines) >= MIN_SLOT;
  }) ?? steps[steps.length - 1] ?? { leadMax: 18, lines: 1 };
  chartBody(sheet, s, heading(sheet, s.title, s.lead, f, step.leadMax, step.lines), f, step.lines);
  return { figureAlt: chartAlt(s.chart, sheet.lang) };
}

/** The least height of a bar's row (px) at which its label and value keep their smallest readable size (14, 16 px). */
const MIN_SLOT = 20;

/** The chart's unit, bars and caption (in `lines` a language) below `top`; returns the height of a bar's row. */
function chartBody(sheet: Sheet, s: SlideOf<'chart'>, top: number, f: Frame, lines = 2): number {
  const m = sheet.m;
  const chart = s.chart;
  const cites = [...new Set(s.sources.flatMap((id) => sheet.o.cite?.(id) ?? []))].sort((a, b) => a - b);
  const cite = cites.length ? `[${cites.join(', ')}]` : '';
  const CAPTION: TextSpec = { role: 'caption', style: { face: 'italic', max: 22, min: 16, leading: 1.3 }, ink: 'muted', maxLines: lines, tag: 'Caption', second: SECOND(0.85, 'muted', lines, 'regular'), transform: (c) => c };
  let bottom = f.bottom;
  const caption = s.caption !== undefined ? sheet.fitPair(s.caption, { ...CAPTION, transform: (c) => (cite ? `${c}  ${cite}` : c) }, W) : undefined;
  const capH = caption ? sheet.measure(caption, CAPTION) : cite ? 29 : 0;
  if (capH) bottom -= capH + 18;
  let y = top;
  // The unit heads the chart, once (with its other language after a rule); the caption never repeats it.
  if (chart.unit !== undefined) {
    const u2 = secondaryOf(chart.unit, sheet.lang, sheet.o.lang2);
    const u = localizedRun(chart.unit, sheet.lang);
    const size = oneLineSize(m, u2 ? `${u.text}  |  ${u2}` : u.text, 'italic', 24, 14, W);
    const uf = setAt(m, u.text, { face: 'italic', max: size, min: size, leading: 1.3 }, size, W, 1);
    const uw = Math.min(W, Math.ceil(widthOf(m, uf.lines[0] ?? '', 'italic', size)) + 2);
    sheet.box('chart-unit', ['chart', 'unit'], u.lang, uf, X0, y, uw, 'italic', 'muted', 'P', []);
    if (u2) {
      const sep = Math.ceil(widthOf(m, '  |  ', 'italic', size));
      const f2 = setAt(m, u2, { face: 'italic', max: size, min: size, leading: 1.3 }, size, W - uw - sep, 1);
      sheet.box('chart-unit-2', ['chart', 'unit'], sheet.o.lang2, f2, X0 + uw + sep, y, W - uw - sep, 'italic', 'navySoft', 'P', [], { secondary: true });
    }
    y += uf.lineHeight + 14;
  }
  const bars = chart.bars;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const slot = Math.min(104, (bottom - y) / bars.length);
  const barH = Math.round(Math.min(60, slot * 0.62));
  // Rows too low even for 14 px labels (the last resort) set them to the row, so no two rows meet.
  const labelSize = slot >= MIN_SLOT ? Math.max(14, Math.min(30, Math.round(slot * 0.34))) : Math.max(6, Math.floor(slot / 1.2) - 2);
  const valueSize = labelSize + 2;
  const labelW = Math.min(320, Math.round(W * 0.28));
  const values = bars.map((b) => formatValue(chart, b.value, sheet.lang));
  const valueW = Math.ceil(Math.max(...values.map((v) => widthOf(m, v, 'semibold', valueSize)))) + 4;
  const trackX = X0 + labelW + 20;
  const trackW = W - labelW - 20 - 14 - valueW;
  const h = slot * bars.length;
  const y0 = settle(y, bottom, h, 0.35);
  sheet.rect(trackX - 1, y0, 2, h, 'rule', true);
  const faceOf = (bar: (typeof bars)[number]): Face => (bar.highlight ? 'semibold' : 'regular');
  const labelLines = Math.max(1, Math.floor(slot / (labelSize * 1.15)));
  bars.forEach((bar, i) => {
    const cy = y0 + slot * i + slot / 2;
    const w = Math.max(3, (bar.value / max) * trackW);
    sheet.rect(trackX, cy - barH / 2, w, barH, bar.highlight ? 'accent' : 'bar', true);
    const face = faceOf(bar);
    // A label too long for its row shrinks alone (to 12 px) rather than being cut or shrinking the others with it.
    const lf = fit(m, localize(bar.label, sheet.lang), { face, max: labelSize, min: Math.min(labelSize, 12), leading: 1.15 }, labelW, labelLines);
    const lh = lf.lines.length * lf.lineHeight;
    sheet.box('bar-label', ['chart', 'bars', i, 'label'], localizedRun(bar.label, sheet.lang).lang, lf, X0, cy - lh / 2, labelW, face, 'ink', 'Artifact', [], { align: 'right' });
    const vf: Fitted = { lines: [values[i] ?? ''], size: valueSize, lineHeight: Math.round(valueSize * 1.2), cut: false };
    sheet.box('bar-value', ['chart', 'bars', i, 'value'], undefined, vf, trackX + w + 12, cy - vf.lineHeight / 2, valueW, 'semibold', bar.highlight ? 'navy' : 'navy', 'Artifact', []);
  });
  if (caption && s.caption !== undefined) {
    sheet.place(caption, ['caption'], CAPTION, X0, f.bottom - capH, W, []);
  } else if (cite) {
    const word = cites.length > 1 ? SOURCE_WORDS[sheet.lang].many : SOURCE_WORDS[sheet.lang].one;
    sheet.box('caption', ['sources'], sheet.lang, setAt(m, `${word} ${cite}`, CAPTION.style, 22, W, 1), X0, f.bottom - capH, W, 'italic', 'muted', 'Caption', []);
  }
  return slot;
}

// ── Timeline: a rule with a point per event, the date above and the event below ─────────────────────────────────

function timelineLayout(sheet: Sheet, s: SlideOf<'timeline'>, f: Frame): void {
  const top = heading(sheet, s.title, undefined, f);
  const n = s.events.length;
  const gutter = 24;
  const step = W / n;
  const w = step - gutter;
  const WHEN = (size: number): TextSpec => ({ role: 'when', style: { face: 'semibold', max: size, min: size, leading: 1.15 }, ink: 'navy', maxLines: 2, tag: 'Lbl', second: SECOND(BODY_SECOND, 'navySoft', 2) });
  // An event's text takes the lines it needs: the body's height is the limit (build's h), not a line count, so long
  // descriptions are set larger in the room there is instead of every event shrinking to fit an arbitrary 8 lines.
  const WHAT = (size: number): TextSpec => ({ role: 'event', style: { face: 'regular', max: size, min: size, leading: 1.3 }, ink: 'ink', maxLines: Infinity, tag: 'LBody', second: SECOND(BODY_SECOND, 'muted', Infinity) });
  const build = (k: number, place: boolean): { h: number; cut: boolean } => {
    const whenSize = Math.round((n <= 4 ? 34 : n <= 6 ? 28 : 24) * k);
    const textSize = Math.round((n <= 4 ? 30 : n <= 6 ? 24 : 20) * k);
    const whens = s.events.map((e) => sheet.fitPair(e.when, WHEN(whenSize), w, whenSize));
    const whats = s.events.map((e) => sheet.fitPair(e.text, WHAT(textSize), w, textSize));
    const whenH = Math.max(...whens.map((p) => sheet.measure(p, WHEN(whenSize))));
    const whatH = Math.max(...whats.map((p) => sheet.measure(p, WHAT(textSize))));
    const h = whenH + 22 + 16 + 24 + whatH;
    const cut = [...whens, ...whats].some((p) => p.first.cut || p.second?.cut);
    if (!place) return { h, cut };
    const y0 = settle(top, f.bottom, h, 0.4);
    const lineY = y0 + whenH + 22 + 8;
    sheet.rect(X0, lineY - 1.5, W, 3, 'rule');
    const l = sheet.group('events', 'L');
    s.events.forEach((e, i) => {
      const x = X0 + i * step;
      sheet.dot(x + 8, lineY, 16, 'accent');
      const li = sheet.group(`events.${i}`, 'LI');
      const wp = whens[i];
      const tp = whats[i];
      if (wp) sheet.place(wp, ['events', i, 'when'], WHEN(whenSize), x, lineY - 8 - 22 - sheet.measure(wp, WHEN(whenSize)), w, [l, li]);
      if (tp) sheet.place(tp, ['events', i, 'text'], WHAT(textSize), x, lineY + 8 + 24, w, [l, li]);
    });
    return { h, cut };
  };
  const room = f.bottom - top;
  // The largest type that fits whole, and never so large that the events fill more than half the body.
  // When no size sets every event whole (a date label too long for two lines is cut at any size), the largest that
  // fits the room: shrinking everything would not save that label and would only make the rest hard to read.
  const k =
    LARGER.find((sc) => { const r = build(sc, false); return r.h <= room && (sc <= 1 || r.h <= room * 0.6) && !r.cut; }) ??
    SCALES.find((sc) => build(sc, false).h <= room) ??
    SCALES[SCALES.length - 1] ?? 0.55;
  build(k, true);
}

// ── Image: the picture in the body, its caption centred beneath ──────────────────────────────────────────────────

function imageLayout(sheet: Sheet, s: SlideOf<'image'>, f: Frame): Pick<SlideGeometry, 'picture'> {
  const top = heading(sheet, s.title, undefined, f);
  const CAPTION: TextSpec = { role: 'caption', style: { face: 'italic', max: 24, min: 16, leading: 1.3 }, ink: 'muted', maxLines: 2, tag: 'Caption', align: 'center', second: SECOND(0.85, 'muted', 2, 'regular') };
  let bottom = f.bottom;
  if (s.caption !== undefined) {
    const c = sheet.fitPair(s.caption, CAPTION, W);
    const h = sheet.measure(c, CAPTION);
    sheet.place(c, ['caption'], CAPTION, X0, f.bottom - h, W, []);
    bottom -= h + 16;
  }
  return { picture: { x: X0, y: top, w: W, h: Math.max(0, bottom - top) } };
}

// ── Title and section: full-bleed navy ──────────────────────────────────────────────────────────────────────────

function titleLayout(sheet: Sheet, s: SlideOf<'title'>, f: Frame): void {
  const x = 120;
  const width = FRAME.width - 2 * x;
  const spec = (k: number) => ({
    KICKER: { role: 'kicker', style: { face: 'semibold', max: Math.round(30 * k), min: 18, leading: 1.2, tracking: 0.12 }, ink: 'accent', maxLines: 2, tag: 'P', second: SECOND(0.8, 'softOnNavy', 1), caps: true } satisfies TextSpec,
    TITLE: { role: 'title', style: { face: 'bold', max: Math.round(84 * k), min: Math.round(48 * k), leading: 1.05 }, ink: 'white', maxLines: 3, tag: 'H1', second: SECOND(0.55, 'softOnNavy', 2) } satisfies TextSpec,
    SUB: { role: 'subtitle', style: { face: 'regular', max: Math.round(38 * k), min: Math.round(24 * k), leading: 1.25 }, ink: 'paleOnNavy', maxLines: 3, tag: 'P', second: SECOND(0.75, 'softOnNavy', 2) } satisfies TextSpec,
    BY: { role: 'byline', style: { face: 'regular', max: Math.round(24 * k), min: 16, leading: 1.3 }, ink: 'softOnNavy', maxLines: 1, tag: 'P' } satisfies TextSpec,
  });
  const build = (k: number, place: boolean): number => {
    const { KICKER, TITLE: T, SUB, BY } = spec(k);
    const gap = (n: number): number => Math.round(n * k);
    const kicker = s.kicker === undefined ? undefined : sheet.fitPair(s.kicker, KICKER, width);
    const title = sheet.fitPair(s.title, T, width);
    const sub = s.subtitle === undefined ? undefined : sheet.fitPair(s.subtitle, SUB, width);
    const by = sheet.o.byline ? sheet.fitPair(sheet.o.byline, BY, width) : undefined;
    const h = (kicker ? sheet.measure(kicker, KICKER) + gap(20) : 0) + sheet.measure(title, T) + gap(40) + 8 + gap(32) + (sub ? sheet.measure(sub, SUB) : 0) + (by ? gap(28) + sheet.measure(by, BY) : 0);
    if (!place) return h;
    let y = settle(f.top + 40, f.bottom, h, 0.5);
    if (kicker && s.kicker !== undefined) y += sheet.place(kicker, ['kicker'], KICKER, x, y, width) + gap(20);
    y += sheet.place(title, ['title'], T, x, y, width) + gap(40);
    sheet.rect(x, y, 160, 8, 'accent');
    y += 8 + gap(32);
    if (sub && s.subtitle !== undefined) y += sheet.place(sub, ['subtitle'], SUB, x, y, width);
    if (by && sheet.o.byline) sheet.place(by, ['byline'], BY, x, y + gap(28), width);
    return h;
  };
  const k = SCALES.find((sc) => build(sc, false) <= f.bottom - f.top - 40) ?? SCALES[SCALES.length - 1] ?? 0.55;
  build(k, true);
}

function sectionLayout(sheet: Sheet, s: SlideOf<'section'>, f: Frame): void {
  const x = 124;
  const width = FRAME.width - x - 120;
  const TITLE_: TextSpec = { role: 'title', style: { face: 'bold', max: 76, min: 44, leading: 1.08 }, ink: 'white', maxLines: 3, tag: 'H2', second: SECOND(0.55, 'softOnNavy', 2) };
  const SUB: TextSpec = { role: 'subtitle', style: { face: 'regular', max: 36, min: 24, leading: 1.25 }, ink: 'paleOnNavy', maxLines: 3, tag: 'P', second: SECOND(0.75, 'softOnNavy', 2) };
  const title = sheet.fitPair(s.title, TITLE_, width);
  const sub = s.subtitle === undefined ? undefined : sheet.fitPair(s.subtitle, SUB, width);
  const h = sheet.measure(title, TITLE_) + (sub ? 24 + sheet.measure(sub, SUB) : 0);
  const y0 = settle(f.top + 40, f.bottom, h, 0.5);
  sheet.rect(X0, y0, 10, h, 'accent');
  let y = y0 + sheet.place(title, ['title'], TITLE_, x, y0, width);
  if (sub && s.subtitle !== undefined) y += 24 + sheet.place(sub, ['subtitle'], SUB, x, y + 24, width);
}
