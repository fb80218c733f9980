// Plans a whole export before a page is drawn: cover, contents, the layout's pages and the sources appendix, with
// every anchor's final page number — so "Page X of Y", the contents and planExport's count are exact.
import type { ExportLayout, Paper } from '../model/export-options';
import type { Briefing, Lang } from '../model/schema';
import { planBrief } from './brief';
import { planCover } from './cover';
import { planHandout } from './handout';
import type { PlanInput, PlannedPage } from './layout';
import type { Measure } from './measure';
import { planNotes } from './notes';
import { planRunSheet } from './run-sheet';
import { contentArea, pageSizeFor, type Box, type Size } from './paginate';
import { select, type Selection } from './selection';
import { planSlides } from './slides';
import { planSources } from './sources-appendix';
import { contentsAnchors, entryRows, planToc, tocPageCount, untitleDividers, type TocEntry } from './toc';
import { documentKind } from './words';

/** Export options after checking: languages split, paper decided. */
export interface ResolvedExport {
  layout: ExportLayout;
  lang: Lang;
  /** Bilingual exports: the language printed beneath the first. */
  lang2: Lang | undefined;
  topics: string[] | undefined;
  backup: 'include' | 'exclude';
  notes: boolean;
  paper: Paper;
  /** Run sheet: minutes after midnight the talk starts, and the seconds it has (see ExportOptions start, slot). */
  start?: number | undefined;
  slot?: number | undefined;
}

export interface DocumentPlan {
  page: Size;
  area: Box;
  selection: Selection;
  pages: PlannedPage[];
  toc: TocEntry[];
}

const PLANNERS: Record<ExportLayout, (input: PlanInput) => PlannedPage[]> = {
  slides: planSlides,
  'handout-1': (i) => planHandout('handout-1', i),
  'handout-2': (i) => planHandout('handout-2', i),
  'handout-3': (i) => planHandout('handout-3', i),
  'handout-6': (i) => planHandout('handout-6', i),
  notes: planNotes,
  brief: planBrief,
  'run-sheet': planRunSheet,
};

export function planDocument(briefing: Briefing, o: ResolvedExport, measure: Measure): DocumentPlan {
  const selection = select(briefing, o.topics, o.backup);
  const page = pageSizeFor(o.layout, o.paper);
  const area = contentArea(page, selection.marking !== undefined);
  const input: PlanInput = { briefing, selection, lang: o.lang, lang2: o.lang2, notes: o.notes, page, area, measure, start: o.start, slot: o.slot };
  // A run sheet is one page on the lectern: no cover, contents or sources appendix.
  if (o.layout === 'run-sheet') return { page, area, selection, pages: PLANNERS[o.layout](input), toc: [] };
  // A topic's opening section slide is the topic itself: one entry in the contents and the bookmarks, not two.
  const body = [...PLANNERS[o.layout](input), ...planSources(input)].map((p) => ({ ...p, anchors: untitleDividers(p.anchors, selection) }));
  const listed = body.map((p) => contentsAnchors(p.anchors, selection, o.lang, o.lang2));
  const rows = listed.flat().map((a) => entryRows(a, area, measure));
  const first = 1 + tocPageCount(rows, area) + 1;
  const toc = listed.flatMap((anchors, i) => anchors.map((a): TocEntry => ({ level: a.level, title: a.title, runs: a.runs, dest: a.dest, page: first + i })));
  const pages = [planCover(documentKind(o.layout, o.lang, o.notes), o.lang2 && documentKind(o.layout, o.lang2, o.notes)), ...planToc(toc, rows, area, o.lang, o.lang2), ...body];
  return { page, area, selection, pages, toc };
}
