// The table of contents: one row per topic and per slide with its page number, each row a link to its page.
import { inBoth } from '../model/text';
import type { Lang } from '../model/schema';
import { fitBlock } from './fit-text';
import { FONT } from './fonts';
import type { Measure } from './measure';
import { slideDest, topicDest, type Anchor, type PlannedPage } from './layout';
import type { Box } from './paginate';
import { slideTitleRun, type Selection } from './selection';
import { artifact, flowRuns, group, runsText, type Run } from './tagging';
import { drawPartHeading, partHeadingHeight } from './part-heading';
import { COLOR } from './theme';
import { slashRuns, WORDS } from './words';

/** One entry: `runs` is the title with each part's language (absent: the title is in the document's language). */
export interface TocEntry { level: 0 | 1; title: string; page: number; dest: string; runs?: Run[] | undefined }

/** A selection's topics and slides by destination, and its topics' dividers: built once per selection. */
interface SelectionIndex { topics: Map<string, Selection['groups'][number]['topic']>; slides: Map<string, Selection['groups'][number]['slides'][number]>; dividers: Set<string> }

// Each page's anchors are looked up in the whole selection: building these for every page made planning a long
// export quadratic (a third of a 5,000-slide export's time, issue 14).
const indexes = new WeakMap<Selection, SelectionIndex>();

function indexOf(selection: Selection): SelectionIndex {
  let index = indexes.get(selection);
  if (!index) {
    index = {
      topics: new Map(selection.groups.map((g) => [topicDest(g.topic.id), g.topic])),
      slides: new Map(selection.groups.flatMap((g) => g.slides.map((s) => [slideDest(s.id), s] as const))),
      dividers: new Set(selection.groups.flatMap((g) => (g.slides[0]?.layout === 'section' ? [slideDest(g.slides[0].id)] : []))),
    };
    indexes.set(selection, index);
  }
  return index;
}

/** Destinations of the section slides that open their topic: the topic's own dividers, listed as the topic. */
export function topicDividers(selection: Selection): ReadonlySet<string> {
  return indexOf(selection).dividers;
}

/** The page's anchors with a topic's divider untitled: still a destination, but no second bookmark under its topic. */
export function untitleDividers(anchors: readonly Anchor[], selection: Selection): Anchor[] {
  const divider = topicDividers(selection);
  return anchors.map((a) => (divider.has(a.dest) ? { ...a, title: '', runs: [] } : a));
}

/**
 * The anchors of one page as the contents list them: a section slide that opens its topic is that topic's own
 * divider, so it is not listed again under it (issue 13, item 11); a bilingual export titles each entry in both
 * languages ("The partnership / La asociación"), each part tagged in its own.
 */
export function contentsAnchors(anchors: readonly Anchor[], selection: Selection, lang: Lang, lang2: Lang | undefined): Anchor[] {
  const { topics, slides, dividers: divider } = indexOf(selection);
  return anchors.flatMap((a): Anchor[] => {
    if (a.title === '' || divider.has(a.dest)) return [];
    const topic = topics.get(a.dest);
    const slide = slides.get(a.dest);
    const runs = topic ? (({ first, second }) => slashRuns(first, second))(inBoth(topic.title, lang, lang2))
      : slide ? slashRuns(slideTitleRun(slide, lang), lang2 ? slideTitleRun(slide, lang2) : undefined)
        : undefined;
    return runs ? [{ ...a, title: runsText(runs), runs }] : [a];
  });
}

/** Row height, the heading's height and the columns, by page shape (16:9 pages take two columns). */
export function tocMetrics(area: Box): { row: number; heading: number; columns: number; gap: number } {
  return area.width > 600 ? { row: 21, heading: partHeadingHeight(area), columns: 2, gap: 36 } : { row: 16.5, heading: partHeadingHeight(area), columns: 1, gap: 0 };
}

const NUM_W = 44;
const indentOf = (level: 0 | 1, big: boolean): number => (level === 0 ? 0 : big ? 26 : 18);
const faceOf = (level: 0 | 1) => (level === 0 ? FONT.semibold : FONT.regular);
const sizeOf = (level: 0 | 1, area: Box): number => {
  const base = area.width > 600 ? tocMetrics(area).row * 0.62 : 10;
  return level === 0 ? base + 1 : base;
};
const titleWidth = (level: 0 | 1, area: Box): number => {
  const { gap, columns } = tocMetrics(area);
  const colW = (area.width - gap * (columns - 1)) / columns;
  return colW - indentOf(level, area.width > 600) - NUM_W - 10;
};

/** Rows an entry takes: as many lines as its title wraps to (it wraps rather than end in "…"), at most three. */
export function entryRows(e: Pick<TocEntry, 'level' | 'title'>, area: Box, measure: Measure): number {
  const size = sizeOf(e.level, area);
  const h = measure(e.title, { font: faceOf(e.level), size, width: titleWidth(e.level, area) });
  const line = measure('X', { font: faceOf(e.level), size, width: titleWidth(e.level, area) });
  return Math.min(3, Math.max(1, Math.round(h / line)));
}

/** Where each entry goes: page, column and first row; an entry never splits across columns or pages. */
function placeEntries(rows: readonly number[], area: Box): { page: number; column: number; row: number }[] {
  const { row, heading, columns } = tocMetrics(area);
  const perColumn = (page: number) => Math.floor((area.height - (page === 0 ? heading : 0)) / row);
  const out: { page: number; column: number; row: number }[] = [];
  let page = 0;
  let column = 0;
  let used = 0;
  for (const n of rows) {
    if (used + n > perColumn(page)) {
      column += 1;
      used = 0;
      if (column === columns) {
        page += 1;
        column = 0;
      }
    }
    out.push({ page, column, row: used });
    used += n;
  }
  return out;
}

/** How many pages the contents take for entries of these row counts (at least one). */
export function tocPageCount(rows: readonly number[], area: Box): number {
  return (placeEntries(rows, area).at(-1)?.page ?? 0) + 1;
}

/** The contents cut into pages; page numbers in `entries` must already be final; `rows` from entryRows. */
export function planToc(entries: TocEntry[], rowsOf: readonly number[], area: Box, lang: Lang, lang2: Lang | undefined): PlannedPage[] {
  const { row, heading, columns, gap } = tocMetrics(area);
  const colW = (area.width - gap * (columns - 1)) / columns;
  const places = placeEntries(rowsOf, area);
  const pageCount = tocPageCount(rowsOf, area);
  return Array.from({ length: pageCount }, (_, p): PlannedPage => ({
    anchors: p === 0 ? [{ dest: 'contents', level: 0, title: '', y: area.y }] : [],
    draw(env) {
      const { doc } = env;
      const big = area.width > 600;
      let top = area.y;
      if (p === 0) {
        drawPartHeading(env, 'contents', top);
        top += heading;
      }
      const toc = group(doc, env.root, 'TOC');
      for (const [i, e] of entries.entries()) {
        const at = places[i]!;
        if (at.page !== p) continue;
        const n = rowsOf[i] ?? 1;
        const x = area.x + at.column * (colW + gap);
        const y = top + at.row * row;
        const indent = indentOf(e.level, big);
        const numW = NUM_W;
        const item = group(doc, toc, 'TOCI');
        const link = group(doc, item, 'Link');
        const font = faceOf(e.level);
        const full = sizeOf(e.level, area);
        const width = titleWidth(e.level, area);
        // A title wraps onto a second row; only past that does it shrink (to 80 %), then cut, and a cut is reported.
        const fit = fitBlock(doc, e.title, undefined, { font, width, height: n * row - 1, maxSize: full, minSize: Math.floor(full * 0.8) });
        const lift = n === 1 ? (full - fit.primary.size) * 0.5 : 0;
        doc.font(font).fontSize(fit.primary.size).fillColor(e.level === 0 ? COLOR.navy : COLOR.ink);
        // Each part of the title is read in its own language (a title the pack gives only in another language too).
        const runs = e.runs && !fit.primary.cut ? e.runs : [{ text: fit.primary.text, lang: e.runs?.length === 1 ? e.runs[0]?.lang : undefined }];
        flowRuns(doc, link, lang, runs, x + indent, y + 2 + lift, { width, height: n * row, lineGap: 0 });
        doc.font(font).fontSize(full);
        link.add(() => doc.text(String(e.page), x + colW - numW, y + 2, { width: numW, height: row, align: 'right', lineBreak: false }));
        // The link's alternate description (PDF/UA-1 §7.18.5): where it goes, as a screen reader announces it.
        const contents = new String(`${e.title}, ${WORDS[lang].onPage(e.page)}`) as string;
        doc.goTo(x, y, colW, n * row, e.dest, { structParent: link, Contents: contents } as PDFKit.Mixins.AnnotationOption);
        link.end();
        item.end();
        artifact(doc, () => doc.moveTo(x + indent, y + n * row - 1).lineTo(x + colW, y + n * row - 1).lineWidth(0.3).strokeColor(COLOR.rule).stroke(), 'Layout');
      }
      toc.end();
    },
  }));
}
