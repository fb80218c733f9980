// The handout layouts (handout-1, -2, -3, -6) on portrait paper: slides drawn small in reading order, with ruled
// note lines beside each slide on handout-3 and, when asked, the speaker notes (handout-1/2/3).
import type { ExportLayout } from '../model/export-options';
import type { Slide, Topic } from '../model/schema';
import type { Anchor, PlanInput, PlannedPage } from './layout';
import { slideAnchor, topicAnchor } from './layout';
import { chunk, slidesPerPage, slotsFor, type Box, type Slot } from './paginate';
import { drawNotes, notesFit } from './speaker-notes';
import { drawSecondLeftOut } from './second-left-out';
import { drawThumbnail, secondLegible, showsSecondLanguage } from './thumbnail';
import { artifact } from './tagging';
import { COLOR } from './theme';

interface Placed { topic: Topic; slide: Slide; firstOfTopic: boolean }

export function planHandout(layout: ExportLayout, input: PlanInput): PlannedPage[] {
  const { selection, lang } = input;
  const items: Placed[] = selection.groups.flatMap(({ topic, slides }) => slides.map((slide, i) => ({ topic, slide, firstOfTopic: i === 0 })));
  const shared = slotsFor(layout, input.area, input.notes);
  // A slide whose notes would need smaller type than NOTES_MIN in its shared slot gets a page of its own, laid out as
  // handout-1 with notes (half a page of notes), rather than notes printed tiny or cut (issue 13).
  const alone = slotsFor('handout-1', input.area, true);
  const needsPage = (slide: Slide): boolean => {
    const box = shared[0]?.notes;
    return input.notes && shared.length > 1 && box !== undefined && !notesFit(slide, input.lang, input.lang2, box, input.measure);
  };
  const pages: { items: Placed[]; slots: Slot[] }[] = [];
  let open: Placed[] = [];
  const flush = (): void => {
    for (const part of chunk(open, slidesPerPage(layout))) pages.push({ items: part, slots: shared });
    open = [];
  };
  for (const it of items) {
    if (needsPage(it.slide)) {
      flush();
      pages.push({ items: [it], slots: alone });
    } else open.push(it);
  }
  flush();
  return pages.map(({ items: onPage, slots }): PlannedPage => {
    // Miniatures too small for the second language leave it out, and each page says so above them.
    const leftOut = input.lang2 !== undefined && slots.some((s) => !showsSecondLanguage(s.slide.width));
    return {
      anchors: onPage.flatMap((it, i): Anchor[] => {
        const y = slots[i]?.slide.y ?? 0;
        return [
          ...(it.firstOfTopic ? [topicAnchor(it.topic, lang, y)] : []),
          slideAnchor(it.slide, lang, y),
        ];
      }),
      draw(env) {
        // Also when one slide's own smallest translation would print too small here (a quote's role, say).
        if (leftOut || onPage.some((it, i) => slots[i] !== undefined && !secondLegible(env, it.slide, slots[i].slide.width))) drawSecondLeftOut(env);
        onPage.forEach((it, i) => {
          const slot = slots[i];
          if (!slot) return;
          const sect = drawThumbnail(env, it.slide, slot.slide);
          if (slot.lines) ruledLines(env.doc, slot.lines);
          if (slot.notes) drawNotes(env, sect, it.slide, slot.notes);
          sect.end();
        });
      },
    };
  });
}

/** Ruled lines for the reader's own notes, 22 pt apart. */
function ruledLines(doc: PDFKit.PDFDocument, box: Box): void {
  artifact(doc, () => {
    for (let y = box.y + 20; y <= box.y + box.height; y += 22) doc.moveTo(box.x, y).lineTo(box.x + box.width, y);
    doc.lineWidth(0.5).strokeColor(COLOR.rule).stroke();
  }, 'Layout');
}
