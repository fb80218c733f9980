// What every PDF layout produces: planned pages, each knowing its anchors (for contents, outline and links) and
// how to draw itself. The planner counts these before drawing, so "Page X of Y" and the contents are exact.
import type { Briefing, Lang, Slide, Topic } from '../model/schema';
import { localizedRun } from '../model/text';
import type { Measure } from './measure';
import type { PackImages } from './pack-image';
import type { Box, Size } from './paginate';
import { slideTitleRun, type Selection } from './selection';
import type { Run } from './tagging';

/**
 * A place a reader can jump to: a topic (level 0) or a slide (level 1), `y` points from the page top. `runs` is the
 * title with the language of each part, for the contents page's tagging (absent: in the document's language).
 */
export interface Anchor { dest: string; level: 0 | 1; title: string; y: number; runs?: Run[] }

export interface DrawEnv {
  doc: PDFKit.PDFDocument;
  briefing: Briefing;
  lang: Lang;
  lang2: Lang | undefined;
  images: PackImages;
  cite: (sourceId: string) => number | undefined;
  /** The document's root structure element; each page adds its content under it. */
  root: PDFKit.PDFStructureElement;
  page: Size;
  area: Box;
  byline: string;
  selection: Selection;
}

export interface PlannedPage {
  anchors: Anchor[];
  /** Slides pages print light footer text on dark slides. */
  dark?: boolean;
  /** Draws the page's content, tagged under env.root; the renderer adds the frame (banners, footer) afterwards. */
  draw(env: DrawEnv): void;
}

/** What a layout's planner receives. */
export interface PlanInput {
  briefing: Briefing;
  selection: Selection;
  lang: Lang;
  lang2: Lang | undefined;
  notes: boolean;
  page: Size;
  area: Box;
  measure: Measure;
  /** Run sheet only: minutes after midnight the talk starts, and the seconds of its slot. */
  start?: number | undefined;
  slot?: number | undefined;
}

export const topicDest = (id: string): string => `topic-${id}`;
export const slideDest = (id: string): string => `slide-${id}`;

/** The anchor of a topic's first page, titled in `lang` (or the language the pack falls back to). */
export function topicAnchor(topic: Topic, lang: Lang, y: number): Anchor {
  const t = localizedRun(topic.title, lang);
  return { dest: topicDest(topic.id), level: 0, title: t.text, runs: [t], y };
}

/** The anchor of a slide, titled as slideTitle in `lang`. */
export function slideAnchor(slide: Slide, lang: Lang, y: number): Anchor {
  const t = slideTitleRun(slide, lang);
  return { dest: slideDest(slide.id), level: 1, title: t.text, runs: [t], y };
}
