// The `notes` layout (the presenter's script: each slide above its speaker notes, long notes continuing on the next
// page) and the notes box that handout-1/2/3 print with `notes`. The only place speaker notes are drawn.
import type { Lang, Slide, Topic } from '../model/schema';
import { localize } from '../model/text';
import { FONT } from './fonts';
import { slideDest, topicDest, type Anchor, type DrawEnv, type PlanInput, type PlannedPage } from './layout';
import type { Measure, TextStyle } from './measure';
import { slotsFor, type Box } from './paginate';
import { slideTitle } from './selection';
import { drawThumbnail } from './thumbnail';
import { tag } from './tagging';
import { COLOR } from './theme';
import { label } from './words';

const HEAD = 16;
const SCRIPT = { font: FONT.regular, size: 11, lineGap: 2 } as const;

/** The slide's notes in the export's language(s); empty when it has none. */
export function notesText(slide: Slide, lang: Lang, lang2: Lang | undefined): string[] {
  const first = localize(slide.notes, lang);
  if (!first) return [];
  const second = lang2 ? localize(slide.notes, lang2) : undefined;
  return second && second !== first ? [first, second] : [first];
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

export function planNotes(input: PlanInput): PlannedPage[] {
  const { selection, lang, lang2, area, measure } = input;
  const [slot] = slotsFor('notes', area, true);
  if (!slot?.notes) return [];
  const notesBox = slot.notes;
  const style: TextStyle = { ...SCRIPT, width: area.width };
  const pages: PlannedPage[] = [];
  const place = (topic: Topic, slide: Slide, first: boolean): void => {
    const text = notesText(slide, lang, lang2).join('\n\n');
    const pieces = text ? splitToFit(text, style, [notesBox.height - HEAD, area.height - HEAD], measure) : [''];
    const anchors: Anchor[] = [
      ...(first ? [{ dest: topicDest(topic.id), level: 0 as const, title: localize(topic.title, lang), y: slot.slide.y }] : []),
      { dest: slideDest(slide.id), level: 1, title: slideTitle(slide, lang), y: slot.slide.y },
    ];
    pieces.forEach((piece, i) => {
      const box = i === 0 ? notesBox : area;
      pages.push({
        anchors: i === 0 ? anchors : [],
        draw(env) {
          if (i === 0) drawThumbnail(env, slide, slot.slide);
          if (piece) drawNotesText(env, piece, box, i === 0 ? label('notes', lang, lang2) : `${label('notes', lang, lang2)} (${slideTitle(slide, lang)}, ${i + 1}/${pieces.length})`, SCRIPT.size);
        },
      });
    });
  };
  for (const { topic, slides } of selection.groups) slides.forEach((s, i) => place(topic, s, i === 0));
  return pages;
}

function drawNotesText(env: DrawEnv, text: string, box: Box, heading: string, size: number): void {
  const { doc } = env;
  tag(doc, env.root, 'H3', () => {
    doc.font(FONT.semibold).fontSize(9).fillColor(COLOR.navy);
    doc.text(heading.toUpperCase(), box.x, box.y, { width: box.width, height: HEAD, characterSpacing: 0.8, lineBreak: false, ellipsis: true });
  });
  const height = box.height - HEAD;
  tag(doc, env.root, 'P', () => {
    doc.font(FONT.regular).fontSize(size).fillColor(COLOR.ink);
    doc.text(text, box.x, box.y + HEAD, { width: box.width, height: height + 1, lineGap: SCRIPT.lineGap, ellipsis: true });
  });
}

/** The notes box of a handout: the type shrinks (11 → 7 pt) to fit, then ends with an ellipsis. */
export function drawNotes(env: DrawEnv, slide: Slide, box: Box): void {
  const text = notesText(slide, env.lang, env.lang2).join('\n\n');
  if (!text) return;
  const { doc } = env;
  let size = 11;
  for (; size > 7; size -= 0.5) {
    doc.font(FONT.regular).fontSize(size);
    if (doc.heightOfString(text, { width: box.width, lineGap: 2 }) <= box.height - HEAD) break;
  }
  drawNotesText(env, text, box, label('notes', env.lang, env.lang2), size);
}
