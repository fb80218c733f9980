// Reads where each word sits on each page (poppler's `pdftotext -bbox`), and finds what a reader would see as a
// collision: two words drawn over each other, a word across a classification banner's edge or the footer rule.
import { execFileSync } from 'node:child_process';

/** A word's box in points from the page's top-left corner. */
export interface Word { text: string; x0: number; y0: number; x1: number; y1: number }
export interface PageWords { page: number; width: number; height: number; words: Word[] }

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every page's words (pages 1-based). */
export function pageWords(file: string): PageWords[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const pages: PageWords[] = [];
  const re = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    if (m[1] !== undefined) pages.push({ page: pages.length + 1, width: Number(m[1]), height: Number(m[2]), words: [] });
    else pages.at(-1)?.words.push({ text: unescape(m[7] ?? ''), x0: Number(m[3]), y0: Number(m[4]), x1: Number(m[5]), y1: Number(m[6]) });
  }
  return pages;
}

/**
 * A word's ink core: poppler's box spans the font's whole ascent and descent, which neighbouring lines of tightly
 * set text share by design, so two words collide only when the middle half of their heights overlap.
 */
function core(w: Word): Word {
  const h = w.y1 - w.y0;
  return { ...w, x0: w.x0 + 0.3, x1: w.x1 - 0.3, y0: w.y0 + h * 0.25, y1: w.y1 - h * 0.25 };
}

const overlaps = (a: Word, b: Word): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Pairs of words on the page drawn over each other, as readable strings ("'The' over 'La' at 54,50"). */
export function overprinted(p: PageWords): string[] {
  const cores = p.words.map(core).sort((a, b) => a.x0 - b.x0);
  const out: string[] = [];
  for (let i = 0; i < cores.length; i++) {
    const a = cores[i] as Word;
    for (let j = i + 1; j < cores.length && (cores[j] as Word).x0 < a.x1; j++) {
      const b = cores[j] as Word;
      if (overlaps(a, b)) out.push(`page ${p.page}: '${a.text}' over '${b.text}' at ${a.x0.toFixed(0)},${a.y0.toFixed(0)}`);
    }
  }
  return out;
}

/** Words crossing a horizontal line at `y` (a banner's edge, the footer rule): the line runs through them. */
export function crossing(p: PageWords, y: number, what: string): string[] {
  return p.words.map(core).filter((w) => w.y0 < y && y < w.y1).map((w) => `page ${p.page}: '${w.text}' crosses the ${what} at y=${y.toFixed(1)}`);
}

/** Words whose box reaches into the band [top, bottom] other than the words `allowed` there. */
export function inBand(p: PageWords, top: number, bottom: number, what: string, allowed: (w: Word) => boolean): string[] {
  return p.words.filter((w) => w.y1 > top + 0.5 && w.y0 < bottom - 0.5 && !allowed(w)).map((w) => `page ${p.page}: '${w.text}' inside the ${what} (y ${w.y0.toFixed(1)}–${w.y1.toFixed(1)})`);
}
