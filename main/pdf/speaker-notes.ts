// Speaker notes on paper, shared by the `notes` layout (the presenter's script) and the handouts printed with
// `notes`: the notes' text in the export's language(s), cutting it to continue on the next page, and drawing it
// under its heading inside the slide's section. The only place speaker notes are drawn.
import type { Lang, Slide } from '../model/schema';
import { inBoth } from '../model/text';
import { FONT } from './fonts';
import type { DrawEnv } from './layout';
import type { Measure, TextStyle } from './measure';
import type { Box } from './paginate';
import { slideHeadingLevel } from './slide-layouts';
import { flowRuns, group, runsText, tagRuns, type Run } from './tagging';
import { COLOR } from './theme';
import { labelRuns } from './words';

/** Height of the "NOTES" heading line above the notes' text, in points. */
export const NOTES_HEAD = 16;

/**
 * The slide's notes in the export's language(s) as runs, each in the language the pack gives it in, the second
 * language after a blank line; empty when it has none.
 */
export function notesRuns(slide: Slide, lang: Lang, lang2: Lang | undefined): Run[] {
  if (slide.notes === undefined) return [];
  const { first, second } = inBoth(slide.notes, lang, lang2);
  if (!first.text) return [];
  return second ? [first, { text: '\n\n' }, second] : [first];
}

/**
 * The runs of a text cut into `pieces` as splitToFit cut their joined text (its words rejoined by single spaces):
 * piece by piece, each part keeping its run's language.
 */
export function piecesAsRuns(runs: readonly Run[], pieces: readonly string[]): Run[][] {
  const words = (s: string): string => s.split(/ +/).join(' ');
  // Where each run starts and ends in the rejoined text.
  const starts = runs.map((_, k) => words(runsText(runs.slice(0, k))).length);
  const ends = runs.map((_, k) => starts[k + 1] ?? Number.POSITIVE_INFINITY);
  let at = 0;
  return pieces.map((piece) => {
    const [from, to] = [at, at + piece.length];
    at = to + 1;
    return runs.flatMap((r, k): Run[] => {
      const s = Math.max(from, starts[k] ?? 0);
      const e = Math.min(to, ends[k] ?? 0);
      return e > s ? [{ text: piece.slice(s - from, e - from), lang: r.lang }] : [];
    });
  });
}

/**
 * Cuts `text` at word boundaries into pieces that fit the given heights in turn (the last height repeats), so a
 * long script continues on the next page instead of being cut short.
 */
export function splitToFit(text: string, style: TextStyle, heights: number[], measure: Measure): string[] {
  const words = text.split(/ +/);
  const pieces: string[] = [];
  let start = 0;
  while (start < words.length) {
    const h = heights[Math.min(pieces.length, heights.length - 1)] ?? 0;
    let lo = start + 1;
    let hi = words.length;
    // The most words that fit; at least one, so a piece always moves forward.
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (measure(words.slice(start, mid).join(' '), style) <= h) lo = mid;
      else hi = mid - 1;
    }
    pieces.push(words.slice(start, lo).join(' '));
    start = lo;
  }
  return pieces;
}

/** The notes heading: one level below the slide's own heading (H2 under a title slide's H1, else H3). */
const notesHeading = (slide: Slide): string => `H${(slideHeadingLevel(slide) ?? 1) + 1}`;

export const HEADING_TEXT = { height: NOTES_HEAD, characterSpacing: 0.8, lineBreak: false, ellipsis: true } as const;

/** "NOTES" ("NOTES / NOTAS" bilingual, each word in its language) at the top of `box`, a heading in the slide's section. */
export function drawNotesHeading(env: DrawEnv, sect: PDFKit.PDFStructureElement, slide: Slide, box: Box): void {
  const { doc } = env;
  doc.font(FONT.semibold).fontSize(9).fillColor(COLOR.navy);
  tagRuns(doc, sect, notesHeading(slide), env.lang, labelRuns('notes', env.lang, env.lang2, (w) => w.toUpperCase()), box.x, box.y, { width: box.width, ...HEADING_TEXT });
}

/** Notes text at `size` (points) with its top at `y`, added to the notes paragraph `el`, each language run its own. */
export function drawNotesText(env: DrawEnv, el: PDFKit.PDFStructureElement, runs: Run[], x: number, y: number, width: number, height: number, size: number, lineGap: number): void {
  const { doc } = env;
  doc.font(FONT.regular).fontSize(size).fillColor(COLOR.ink);
  flowRuns(doc, el, env.lang, runs, x, y, { width, height: height + 1, lineGap, ellipsis: true });
}

/** The smallest type (points) a handout's notes are set at before the slide is given a page of its own. */
export const NOTES_MIN = 9;

/** Whether the slide's notes fit a handout notes `box` at NOTES_MIN or larger (no notes: they fit). */
export function notesFit(slide: Slide, lang: Lang, lang2: Lang | undefined, box: Box, measure: Measure): boolean {
  const text = runsText(notesRuns(slide, lang, lang2));
  return !text || measure(text, { font: FONT.regular, size: NOTES_MIN, width: box.width, lineGap: 2 }) <= box.height - NOTES_HEAD;
}

/** The notes box of a handout, in the slide's section `sect`: the type shrinks (11 → 7 pt) to fit, then ends with an ellipsis. */
export function drawNotes(env: DrawEnv, sect: PDFKit.PDFStructureElement, slide: Slide, box: Box): void {
  const runs = notesRuns(slide, env.lang, env.lang2);
  const text = runsText(runs);
  if (!text) return;
  const { doc } = env;
  let size = 11;
  for (; size > 7; size -= 0.5) {
    doc.font(FONT.regular).fontSize(size);
    if (doc.heightOfString(text, { width: box.width, lineGap: 2 }) <= box.height - NOTES_HEAD) break;
  }
  drawNotesHeading(env, sect, slide, box);
  const notes = group(doc, sect, 'P');
  drawNotesText(env, notes, runs, box.x, box.y + NOTES_HEAD, box.width, box.height - NOTES_HEAD, size, 2);
  notes.end();
}
