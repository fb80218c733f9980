// The `notes` layout (the presenter's script: each slide above its speaker notes, long notes continuing on the next
// page) and the notes box that handout-1/2/3 print with `notes`. The only place speaker notes are drawn.
import type { Lang, Slide, Topic } from '../model/schema';
import { localize, localizedRun } from '../model/text';
import { FONT } from './fonts';
import { slideAnchor, topicAnchor, type Anchor, type DrawEnv, type PlanInput, type PlannedPage } from './layout';
import type { Measure, TextStyle } from './measure';
import { slotsFor, type Box } from './paginate';
import { slideTitle } from './selection';
import { slideHeadingLevel } from './slide-layouts';
import { drawThumbnail } from './thumbnail';
import { artifact, flowRuns, group, runsText, tagRuns, type Run } from './tagging';
import { COLOR } from './theme';
import { label, labelRuns } from './words';

const HEAD = 16;
const SCRIPT = { font: FONT.regular, size: 11, lineGap: 2 } as const;

/**
 * The slide's notes in the export's language(s) as runs, each in the language the pack gives it in, the second
 * language after a blank line; empty when it has none.
 */
export function notesRuns(slide: Slide, lang: Lang, lang2: Lang | undefined): Run[] {
  const first = localizedRun(slide.notes, lang);
  if (!first?.text) return [];
  const second = lang2 ? localize(slide.notes, lang2) : undefined;
  return second && second !== first.text ? [first, { text: '\n\n' }, { text: second, lang: lang2 }] : [first];
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

/** The notes heading: one level below the slide's own heading (H2 under a title slide's H1, else H3). */
const notesHeading = (slide: Slide): string => `H${(slideHeadingLevel(slide) ?? 1) + 1}`;

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

export function planNotes(input: PlanInput): PlannedPage[] {
  const { selection, lang, lang2, area, measure } = input;
  const [slot] = slotsFor('notes', area, true);
  if (!slot?.notes) return [];
  const notesBox = slot.notes;
  const style: TextStyle = { ...SCRIPT, width: area.width };
  const pages: PlannedPage[] = [];
  const place = (topic: Topic, slide: Slide, first: boolean): void => {
    const runs = notesRuns(slide, lang, lang2);
    const text = runsText(runs);
    const pieces = text ? splitToFit(text, style, [notesBox.height - HEAD, area.height - HEAD], measure) : [''];
    const pieceRuns = piecesAsRuns(runs, pieces);
    // The slide's section and its notes paragraph stay open while the notes run on over the next pages.
    const open: { sect?: PDFKit.PDFStructureElement; notes?: PDFKit.PDFStructureElement } = {};
    const anchors: Anchor[] = [
      ...(first ? [topicAnchor(topic, lang, slot.slide.y)] : []),
      slideAnchor(slide, lang, slot.slide.y),
    ];
    pieces.forEach((piece, i) => {
      const box = i === 0 ? notesBox : area;
      pages.push({
        anchors: i === 0 ? anchors : [],
        draw(env) {
          if (i === 0) open.sect = drawThumbnail(env, slide, slot.slide);
          const sect = open.sect ?? group(env.doc, env.root, 'Sect');
          if (piece) {
            if (i === 0) drawNotesHeading(env, sect, slide, box);
            else {
              // A running head on a continuation page: the heading was read on the first page.
              const head = `${label('notes', lang, lang2)} (${slideTitle(slide, lang)}, ${i + 1}/${pieces.length})`;
              artifact(env.doc, () => headingText(env.doc, [{ text: head.toUpperCase() }], box), 'Pagination');
            }
            open.notes ??= group(env.doc, sect, 'P');
            drawNotesBody(env, open.notes, pieceRuns[i] ?? [], box, SCRIPT.size);
          }
          if (i === pieces.length - 1) {
            open.notes?.end();
            sect.end();
          }
        },
      });
    });
  };
  for (const { topic, slides } of selection.groups) slides.forEach((s, i) => place(topic, s, i === 0));
  return pages;
}

const HEADING_TEXT = { height: HEAD, characterSpacing: 0.8, lineBreak: false, ellipsis: true } as const;

function headingText(doc: PDFKit.PDFDocument, runs: Run[], box: Box): void {
  doc.font(FONT.semibold).fontSize(9).fillColor(COLOR.navy);
  doc.text(runsText(runs), box.x, box.y, { width: box.width, ...HEADING_TEXT });
}

/** "NOTES" ("NOTES / NOTAS" bilingual, each word in its language) as a heading in the slide's section. */
function drawNotesHeading(env: DrawEnv, sect: PDFKit.PDFStructureElement, slide: Slide, box: Box): void {
  const { doc } = env;
  doc.font(FONT.semibold).fontSize(9).fillColor(COLOR.navy);
  tagRuns(doc, sect, notesHeading(slide), env.lang, labelRuns('notes', env.lang, env.lang2, (w) => w.toUpperCase()), box.x, box.y, { width: box.width, ...HEADING_TEXT });
}

/** The notes text below the heading, added to the notes paragraph `el`, each language run its own. */
function drawNotesBody(env: DrawEnv, el: PDFKit.PDFStructureElement, runs: Run[], box: Box, size: number): void {
  const { doc } = env;
  doc.font(FONT.regular).fontSize(size).fillColor(COLOR.ink);
  flowRuns(doc, el, env.lang, runs, box.x, box.y + HEAD, { width: box.width, height: box.height - HEAD + 1, lineGap: SCRIPT.lineGap, ellipsis: true });
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
    if (doc.heightOfString(text, { width: box.width, lineGap: 2 }) <= box.height - HEAD) break;
  }
  drawNotesHeading(env, sect, slide, box);
  const notes = group(doc, sect, 'P');
  drawNotesBody(env, notes, runs, box, size);
  notes.end();
}
