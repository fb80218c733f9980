// Makes text fit a box: shrink the font size within limits (wrapping as it goes), then, as a last resort, cut the
// text with an ellipsis — and say so, so `puente validate` can warn about exactly the text an export would cut.
import { notePiece } from './cut-watch';
import type { FontFace } from './fonts';
import { FONT } from './fonts';

export interface FitOptions {
  font: FontFace;
  width: number;
  height: number;
  maxSize: number;
  minSize: number;
  lineGap?: number;
  align?: 'left' | 'center' | 'right';
}

/** One run of text at its fitted size; `cut` when it was shortened and ends with "…". */
export interface Piece {
  text: string;
  font: FontFace;
  size: number;
  height: number;
  cut: boolean;
}

/** A text element: the primary language and, in bilingual exports, the other language beneath it. */
export interface Block {
  primary: Piece;
  secondary?: Piece | undefined;
  /** Space between the primary and the secondary line. */
  gap: number;
  height: number;
  /** Set when the secondary sits on the primary's line, this far to the right (a short sub-point, as on screen). */
  inline?: number | undefined;
}

/** The secondary language reads smaller than the primary, like the screen's `0.6em`, but never tiny. */
export const SECONDARY_SCALE = 0.62;
const SECONDARY_MIN = 9;
export const secondarySize = (size: number): number => Math.max(SECONDARY_MIN, Math.round(size * SECONDARY_SCALE * 2) / 2);

const ELLIPSIS = '\u2026';

// Measuring is pdfkit's slowest step and fitting asks the same questions again and again: remember the answers.
const measured = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();

function heightAt(doc: PDFKit.PDFDocument, text: string, font: FontFace, size: number, width: number, lineGap: number): number {
  let cache = measured.get(doc);
  if (!cache) measured.set(doc, (cache = new Map()));
  const key = `${font}\u0000${size}\u0000${width}\u0000${lineGap}\u0000${text}`;
  let h = cache.get(key);
  if (h === undefined) {
    doc.font(font).fontSize(size);
    h = doc.heightOfString(text, { width, lineGap });
    if (cache.size > 50_000) cache.clear();
    cache.set(key, h);
  }
  return h;
}

/** The height of one line (pdfkit counts lines as line height + gap). */
function lineHeight(doc: PDFKit.PDFDocument, font: FontFace, size: number, lineGap: number): number {
  doc.font(font).fontSize(size);
  return doc.currentLineHeight(true) + lineGap;
}

/**
 * `text` shortened at a word boundary (or, for one long word, a character) and ended with "…" so that it fits
 * `height` at the current size; '' when not even one line fits.
 */
export function truncate(doc: PDFKit.PDFDocument, text: string, font: FontFace, size: number, width: number, height: number, lineGap = 0): string {
  if (lineHeight(doc, font, size, lineGap) > height + 0.01) return '';
  const fits = (s: string): boolean => heightAt(doc, s, font, size, width, lineGap) <= height + 0.01;
  const words = text.split(/(?<=\s)/);
  const withEllipsis = (s: string): string => `${s.replace(/[\s,;:.\u2014\u2013-]+$/u, '')}${ELLIPSIS}`;
  // Longest word prefix that fits with its ellipsis (binary search: heights only grow with more words).
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(withEllipsis(words.slice(0, mid).join('')))) lo = mid;
    else hi = mid - 1;
  }
  if (lo > 0 && (lo < words.length || fits(withEllipsis(text)))) return withEllipsis(words.slice(0, lo).join(''));
  // Not even the first word fits: cut it by characters.
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && !fits(withEllipsis(chars.slice(0, n).join('')))) n -= 1;
  return n > 0 ? withEllipsis(chars.slice(0, n).join('')) : ELLIPSIS;
}

function piece(doc: PDFKit.PDFDocument, text: string, font: FontFace, size: number, width: number, height: number, lineGap: number): Piece {
  const h = heightAt(doc, text, font, size, width, lineGap);
  if (h <= height + 0.01) return { text, font, size, height: h, cut: false };
  const short = truncate(doc, text, font, size, width, height, lineGap);
  notePiece(doc, short, text);
  return { text: short, font, size, height: short ? heightAt(doc, short, font, size, width, lineGap) : 0, cut: true };
}

function blockHeight(p: number, s: number | undefined, gap: number): number {
  return s === undefined ? p : p + gap + s;
}

/**
 * Fits a text element (and its secondary-language line, when given) into `o.width × o.height`: the largest size in
 * [minSize, maxSize] at which everything fits wrapped; below that, the secondary line is cut first, then the primary.
 */
export function fitBlock(doc: PDFKit.PDFDocument, text: string, second: string | undefined, o: FitOptions): Block {
  const lineGap = o.lineGap ?? 0;
  const font2 = secondaryFont(o.font);
  const measure = (size: number): Block => {
    const p = heightAt(doc, text, o.font, size, o.width, lineGap);
    const gap = size * 0.18;
    const s = second === undefined ? undefined : heightAt(doc, second, font2, secondarySize(size), o.width, 0);
    const secondary = second === undefined ? undefined : { text: second, font: font2, size: secondarySize(size), height: s ?? 0, cut: false };
    return { primary: { text, font: o.font, size, height: p, cut: false }, secondary, gap, height: blockHeight(p, s, gap) };
  };
  const fits = (b: Block): boolean => b.height <= o.height + 0.01;
  // Largest whole size that fits (heights grow with size, so a binary search finds it).
  let lo = o.minSize;
  let hi = o.maxSize;
  if (fits(measure(hi))) return measure(hi);
  if (!fits(measure(lo))) return cutBlock(doc, text, second, o, o.minSize, o.minSize * 0.18);
  for (;;) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid <= lo || mid >= hi) break;
    if (fits(measure(mid))) lo = mid;
    else hi = mid;
  }
  return measure(lo);
}

/** At the smallest size the element still does not fit: keep the primary whole if one secondary line still fits. */
function cutBlock(doc: PDFKit.PDFDocument, text: string, second: string | undefined, o: FitOptions, size: number, gap: number): Block {
  const lineGap = o.lineGap ?? 0;
  if (second === undefined) {
    const primary = piece(doc, text, o.font, size, o.width, o.height, lineGap);
    return { primary, gap, height: primary.height };
  }
  const font2 = secondaryFont(o.font);
  const size2 = secondarySize(size);
  const oneLine2 = lineHeight(doc, font2, size2, 0);
  const forPrimary = o.height - gap - oneLine2;
  if (forPrimary < lineHeight(doc, o.font, size, lineGap)) {
    // No room for two languages: the primary alone, ending in "…" so the reader sees something is missing, and the
    // secondary reported as cut (it is left out).
    const primary = piece(doc, `${text}\u00A0${ELLIPSIS}`, o.font, size, o.width, o.height, lineGap);
    notePiece(doc, primary.text, second, ...(primary.cut ? [text] : []));
    return { primary, secondary: { text: '', font: font2, size: size2, height: 0, cut: true }, gap: 0, height: primary.height };
  }
  const primary = piece(doc, text, o.font, size, o.width, forPrimary, lineGap);
  const secondary = piece(doc, second, font2, size2, o.width, o.height - primary.height - gap, 0);
  return { primary, secondary, gap, height: primary.height + gap + secondary.height };
}

/** The secondary language is set in italic, so it reads as a translation, not as more content. */
export function secondaryFont(font: FontFace): FontFace {
  return font === FONT.italic ? FONT.regular : FONT.italic;
}

/** Colours of a block: the primary's, and the muted one of its secondary line. */
export interface Inks { primary: string; secondary: string }

/**
 * The `height` to give pdfkit when drawing fitted text: enough for every measured line (a negative line gap makes
 * pdfkit's own check drop the last one) and nothing more, so it never starts a new page.
 */
export const drawHeight = (height: number, lineGap = 0): number => height + Math.max(0, -lineGap) + 2;

/** The largest size in [minSize, maxSize] (1 pt steps) at which `text` fits the box when wrapped to `width`. */
export function fitSize(doc: PDFKit.PDFDocument, text: string, o: FitOptions): number {
  return fitBlock(doc, text, undefined, o).primary.size;
}

/** Draws `text` at (x, y) at the size that fits (cut with "…" if even the smallest does not); returns the height used. */
export function drawFitted(doc: PDFKit.PDFDocument, text: string, x: number, y: number, o: FitOptions): number {
  const b = fitBlock(doc, text, undefined, o);
  if (b.primary.text) {
    doc.font(b.primary.font).fontSize(b.primary.size);
    doc.text(b.primary.text, x, y, { width: o.width, lineGap: o.lineGap ?? 0, align: o.align ?? 'left', height: drawHeight(b.height, o.lineGap) });
  }
  return b.height;
}
