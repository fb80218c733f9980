// The `notes` layout, the presenter's script: each slide's miniature with its speaker notes beneath at reading size
// (13 pt), slides following one another down the page as a script does, long notes continuing on the next page.
import type { Slide } from '../model/schema';
import { FONT } from './fonts';
import { slideAnchor, topicAnchor, type Anchor, type DrawEnv, type PlanInput, type PlannedPage } from './layout';
import type { TextStyle } from './measure';
import { drawNotesHeading, drawNotesText, HEADING_TEXT, NOTES_HEAD, notesRuns, piecesAsRuns, splitToFit } from './speaker-notes';
import { slideTitle } from './selection';
import { drawThumbnail, secondLegible, SOURCE_ROOM } from './thumbnail';
import { drawSecondLeftOut } from './second-left-out';
import { artifact, group, runsText } from './tagging';
import { COLOR, PAGE } from './theme';
import { label } from './words';

export { notesRuns } from './speaker-notes';

/** The script's type: large enough to read at a lectern at arm's length (issue 13: 12–14 pt). */
const SCRIPT = { font: FONT.regular, size: 13, lineGap: 2.5 } as const;
/** Space between one slide's notes and the next slide, in points. */
const ENTRY_GAP = 26;
/** Space between a miniature's source line and the notes heading. */
const HEAD_GAP = 6;

type Draw = (env: DrawEnv) => void;

export function planNotes(input: PlanInput): PlannedPage[] {
  const { selection, lang, lang2, area, measure } = input;
  const style: TextStyle = { ...SCRIPT, width: area.width };
  const line = measure('X', style);
  // A bilingual miniature takes the full width, where its second language is still legible (thumbnail.ts); one
  // language reads well at 60 %, which lets short notes share a page with the next slide.
  const miniW = lang2 ? area.width : area.width * 0.6;
  const miniH = (miniW * PAGE.height) / PAGE.width;
  const pages: { anchors: Anchor[]; draws: Draw[]; slides: Slide[] }[] = [];
  let page = { anchors: [] as Anchor[], draws: [] as Draw[], slides: [] as Slide[] };
  pages.push(page);
  let y = 0;
  const nextPage = (): void => {
    page = { anchors: [], draws: [], slides: [] };
    pages.push(page);
    y = 0;
  };

  const place = (topic: Parameters<typeof topicAnchor>[0], slide: Slide, first: boolean): void => {
    const runs = notesRuns(slide, lang, lang2);
    const text = runsText(runs);
    // A slide starts a new page unless it fits with its heading and the first three lines of its notes.
    const need = miniH + SOURCE_ROOM + (text ? HEAD_GAP + NOTES_HEAD + Math.min(measure(text, style), 3 * line) : 0);
    if (y > 0 && y + ENTRY_GAP + need > area.height) nextPage();
    else if (y > 0) y += ENTRY_GAP;
    const top = area.y + y;
    page.anchors.push(...(first ? [topicAnchor(topic, lang, top)] : []), slideAnchor(slide, lang, top));
    // The slide's section and its notes paragraph stay open while the notes run on over the next pages.
    const open: { sect?: PDFKit.PDFStructureElement; notes?: PDFKit.PDFStructureElement } = {};
    const sectOf = (env: DrawEnv): PDFKit.PDFStructureElement => (open.sect ??= group(env.doc, env.root, 'Sect'));
    page.slides.push(slide);
    page.draws.push((env) => {
      open.sect = drawThumbnail(env, slide, { x: area.x, y: top, width: miniW, height: miniH });
      if (!text) open.sect.end();
    });
    y += miniH + SOURCE_ROOM;
    if (!text) return;
    const headY = area.y + y + HEAD_GAP;
    page.draws.push((env) => drawNotesHeading(env, sectOf(env), slide, { x: area.x, y: headY, width: area.width, height: NOTES_HEAD }));
    y += HEAD_GAP + NOTES_HEAD;
    const pieces = splitToFit(text, style, [area.height - y, area.height - NOTES_HEAD], measure);
    const pieceRuns = piecesAsRuns(runs, pieces);
    pieces.forEach((piece, i) => {
      if (i > 0) {
        nextPage();
        // A running head on a continuation page: the heading was read on the first page.
        const head = `${label('notes', lang, lang2)} (${slideTitle(slide, lang)}, ${i + 1}/${pieces.length})`.toUpperCase();
        page.draws.push((env) => artifact(env.doc, () => {
          env.doc.font(FONT.semibold).fontSize(9).fillColor(COLOR.navy);
          env.doc.text(head, area.x, area.y, { width: area.width, ...HEADING_TEXT });
        }, 'Pagination'));
        y = NOTES_HEAD;
      }
      const h = measure(piece, style);
      const at = area.y + y;
      const last = i === pieces.length - 1;
      page.draws.push((env) => {
        open.notes ??= group(env.doc, sectOf(env), 'P');
        drawNotesText(env, open.notes, pieceRuns[i] ?? [], area.x, at, area.width, h, SCRIPT.size, SCRIPT.lineGap);
        if (last) {
          open.notes.end();
          sectOf(env).end();
        }
      });
      y += h;
    });
  };
  for (const { topic, slides } of selection.groups) slides.forEach((s, i) => place(topic, s, i === 0));
  return pages.filter((p) => p.draws.length > 0).map((p): PlannedPage => ({
    anchors: p.anchors,
    draw: (env) => {
      // A slide whose smallest translation would print under 6 pt even at full width prints its first language alone.
      if (p.slides.some((s) => !secondLegible(env, s, miniW))) drawSecondLeftOut(env);
      p.draws.forEach((d) => d(env));
    },
  }));
}
