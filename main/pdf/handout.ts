// The handout layouts (handout-1, -2, -3, -6) on portrait paper: slides drawn small in reading order, with ruled
// note lines beside each slide on handout-3 and, when asked, the speaker notes (handout-1/2/3).
import type { ExportLayout } from '../model/export-options';
import type { Slide, Topic } from '../model/schema';
import type { Anchor, PlanInput, PlannedPage } from './layout';
import { slideAnchor, topicAnchor } from './layout';
import { chunk, slidesPerPage, slotsFor, type Box } from './paginate';
import { drawNotes } from './speaker-notes';
import { drawSecondLeftOut } from './second-left-out';
import { drawThumbnail, showsSecondLanguage } from './thumbnail';
import { artifact } from './tagging';
import { COLOR } from './theme';

interface Placed { topic: Topic; slide: Slide; firstOfTopic: boolean }

export function planHandout(layout: ExportLayout, input: PlanInput): PlannedPage[] {
  const { selection, lang } = input;
  const items: Placed[] = selection.groups.flatMap(({ topic, slides }) => slides.map((slide, i) => ({ topic, slide, firstOfTopic: i === 0 })));
  const slots = slotsFor(layout, input.area, input.notes);
  // Miniatures too small for the second language leave it out, and each page says so above them.
  const leftOut = input.lang2 !== undefined && slots.some((s) => !showsSecondLanguage(s.slide.width));
  return chunk(items, slidesPerPage(layout)).map((onPage): PlannedPage => ({
    anchors: onPage.flatMap((it, i): Anchor[] => {
      const y = slots[i]?.slide.y ?? 0;
      return [
        ...(it.firstOfTopic ? [topicAnchor(it.topic, lang, y)] : []),
        slideAnchor(it.slide, lang, y),
      ];
    }),
    draw(env) {
      if (leftOut) drawSecondLeftOut(env);
      onPage.forEach((it, i) => {
        const slot = slots[i];
        if (!slot) return;
        const sect = drawThumbnail(env, it.slide, slot.slide);
        if (slot.lines) ruledLines(env.doc, slot.lines);
        if (slot.notes) drawNotes(env, sect, it.slide, slot.notes);
        sect.end();
      });
    },
  }));
}

/** Ruled lines for the reader's own notes, 22 pt apart. */
function ruledLines(doc: PDFKit.PDFDocument, box: Box): void {
  artifact(doc, () => {
    for (let y = box.y + 20; y <= box.y + box.height; y += 22) doc.moveTo(box.x, y).lineTo(box.x + box.width, y);
    doc.lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  }, 'Layout');
}
