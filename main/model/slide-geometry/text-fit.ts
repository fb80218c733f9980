// Breaks text into lines at a size and finds the largest size at which it fits, with one measurer, so every side
// that draws the result shows the same lines. Cutting ("…") is the last resort and is always reported.
import type { Face, TextMeasurer } from './types';

const ELLIPSIS = '\u2026';

/** One style of text to fit: face, the size range in px, line height as a multiple of the size, tracking in ems. */
export interface Style {
  face: Face;
  max: number;
  min: number;
  leading: number;
  tracking?: number;
}

export interface Fitted {
  lines: string[];
  /** Lines that continue a word broken across lines (no space between them and the line before). */
  glued?: number[] | undefined;
  size: number;
  lineHeight: number;
  cut: boolean;
}

/** Width of `text` with tracking (`em` of the size after every character, as CSS letter-spacing). */
export function widthOf(m: TextMeasurer, text: string, face: Face, size: number, tracking = 0): number {
  return m.width(text, face, size) + (tracking ? tracking * size * [...text].length : 0);
}

/**
 * `text` broken greedily into lines no wider than `width`: at spaces, and inside a word only when the word alone is
 * wider than the line. Explicit newlines are kept.
 */
export function wrap(m: TextMeasurer, text: string, face: Face, size: number, width: number, tracking = 0): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(/ +/).filter((w, i, all) => w !== '' || all.length === 1);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (widthOf(m, candidate, face, size, tracking) <= width + 0.01) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      line = '';
      // A word wider than the line is broken by characters.
      let rest = word;
      while (widthOf(m, rest, face, size, tracking) > width + 0.01 && [...rest].length > 1) {
        const chars = [...rest];
        let n = chars.length - 1;
        while (n > 1 && widthOf(m, chars.slice(0, n).join(''), face, size, tracking) > width + 0.01) n -= 1;
        out.push(chars.slice(0, n).join(''));
        rest = chars.slice(n).join('');
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

/** Which of `lines` (wrapped from `text`) continue the line before inside a word, not after a space. */
export function gluedOf(text: string, lines: string[]): number[] {
  const out: number[] = [];
  let p = 0;
  lines.forEach((line, i) => {
    if (i > 0) {
      if (text[p] === ' ' || text[p] === '\n') {
        while (text[p] === ' ') p += 1;
        if (text[p] === '\n') p += 1;
      } else out.push(i);
    }
    for (const ch of line) {
      if (ch === ' ') while (text[p] === ' ') p += 1;
      else p += ch.length;
    }
  });
  return out;
}

const withGlued = (text: string, f: Fitted): Fitted => {
  const glued = gluedOf(text, f.lines);
  return glued.length ? { ...f, glued } : f;
};

/** `lines` cut to `max` lines, the last ending in "…" and still no wider than `width`. */
export function cutLines(m: TextMeasurer, lines: string[], max: number, face: Face, size: number, width: number, tracking = 0): string[] {
  if (max <= 0) return [];
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1] ?? ''} ${lines[max] ?? ''}`;
  const fits = (s: string): boolean => widthOf(m, s, face, size, tracking) <= width + 0.01;
  const withEllipsis = (s: string): string => `${s.replace(/[\s,;:.\u2014\u2013-]+$/u, '')}${ELLIPSIS}`;
  while (last.length > 0 && !fits(withEllipsis(last))) {
    const space = last.lastIndexOf(' ');
    last = space > 0 ? last.slice(0, space) : [...last].slice(0, -1).join('');
  }
  kept[max - 1] = withEllipsis(last);
  return kept;
}

/** The lines of `text` at `size`, and whether they fit `maxLines`. */
function at(m: TextMeasurer, text: string, s: Style, size: number, width: number): string[] {
  return wrap(m, text, s.face, size, width, s.tracking ?? 0);
}

/**
 * The largest size in [min, max] (whole px) at which `text` wraps to at most `maxLines` lines of `width`; at `min`,
 * the first `maxLines` lines with the last cut with "…".
 */
export function fit(m: TextMeasurer, text: string, style: Style, width: number, maxLines: number): Fitted {
  return withGlued(text, fitLines(m, text, style, width, maxLines));
}

function fitLines(m: TextMeasurer, text: string, style: Style, width: number, maxLines: number): Fitted {
  const s = style.max < style.min ? { ...style, max: style.min } : style;
  const make = (size: number, lines: string[], cut: boolean): Fitted => ({ lines, size, lineHeight: round(size * s.leading), cut });
  const top = at(m, text, s, s.max, width);
  if (top.length <= maxLines) return make(s.max, top, false);
  let lo = s.min;
  let hi = s.max;
  const low = at(m, text, s, lo, width);
  if (low.length > maxLines) return make(lo, cutLines(m, low, maxLines, s.face, lo, width, s.tracking ?? 0), true);
  let best = low;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const lines = at(m, text, s, mid, width);
    if (lines.length <= maxLines) {
      lo = mid;
      best = lines;
    } else hi = mid;
  }
  return make(lo, best, false);
}

/** Lines of `text` at a fixed size, cut to `maxLines`. */
export function setAt(m: TextMeasurer, text: string, s: Style, size: number, width: number, maxLines = Infinity): Fitted {
  const lines = at(m, text, s, size, width);
  const cut = lines.length > maxLines;
  return withGlued(text, { lines: cut ? cutLines(m, lines, maxLines, s.face, size, width, s.tracking ?? 0) : lines, size, lineHeight: round(size * s.leading), cut });
}

/** The largest size ≤ max (≥ min) at which `text` fits one line of `width`, by proportion (widths scale with size). */
export function oneLineSize(m: TextMeasurer, text: string, face: Face, max: number, min: number, width: number, tracking = 0): number {
  const w = widthOf(m, text, face, max, tracking);
  if (w <= width) return max;
  return Math.max(min, Math.floor((max * width) / w));
}

export const round = (n: number): number => Math.round(n * 100) / 100;
