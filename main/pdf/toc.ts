// The table of contents: one row per topic and per slide with its page number, each row a link to its page.
import { fitBlock } from './fit-text';
import { FONT } from './fonts';
import type { PlannedPage } from './layout';
import type { Box } from './paginate';
import { artifact, group, inLanguage, tagRuns, type Run } from './tagging';
import { COLOR } from './theme';
import { labelRuns, WORDS } from './words';
import type { Lang } from '../model/schema';

/** One row: `runs` is the title with each part's language (absent: the title is in the document's language). */
export interface TocEntry { level: 0 | 1; title: string; page: number; dest: string; runs?: Run[] | undefined }

/** Row height, the heading's height and the columns, by page shape (16:9 pages take two columns). */
export function tocMetrics(area: Box): { row: number; heading: number; columns: number; gap: number } {
  return area.width > 600 ? { row: 21, heading: 52, columns: 2, gap: 36 } : { row: 16.5, heading: 40, columns: 1, gap: 0 };
}

/** Rows on the first contents page (under the heading) and on each later one. */
function capacity(area: Box): { first: number; rest: number } {
  const { row, heading, columns } = tocMetrics(area);
  return { first: Math.floor((area.height - heading) / row) * columns, rest: Math.floor(area.height / row) * columns };
}

/** How many pages the contents take for `count` rows (at least one). */
export function tocPageCount(count: number, area: Box): number {
  const { first, rest } = capacity(area);
  return count <= first ? 1 : 1 + Math.ceil((count - first) / rest);
}

/** The contents cut into pages; page numbers in `entries` must already be final. */
export function planToc(entries: TocEntry[], area: Box, lang: Lang, lang2: Lang | undefined): PlannedPage[] {
  const { row, heading, columns, gap } = tocMetrics(area);
  const { first, rest } = capacity(area);
  const colW = (area.width - gap * (columns - 1)) / columns;
  const pages: TocEntry[][] = [entries.slice(0, first)];
  for (let i = first; i < entries.length; i += rest) pages.push(entries.slice(i, i + rest));
  return pages.map((rows, p): PlannedPage => ({
    anchors: p === 0 ? [{ dest: 'contents', level: 0, title: '', y: area.y }] : [],
    draw(env) {
      const { doc } = env;
      const big = area.width > 600;
      let top = area.y;
      if (p === 0) {
        doc.font(FONT.bold).fontSize(big ? 28 : 20).fillColor(COLOR.navy);
        tagRuns(doc, env.root, 'H1', lang, labelRuns('contents', lang, lang2), area.x, top, { width: area.width, height: heading, lineBreak: false });
        top += heading;
      }
      const perColumn = Math.floor((area.y + area.height - top) / row);
      const toc = group(doc, env.root, 'TOC');
      const size = big ? (row * 0.62) : 10;
      for (const [i, e] of rows.entries()) {
        const x = area.x + Math.floor(i / perColumn) * (colW + gap);
        const y = top + (i % perColumn) * row;
        const indent = e.level === 0 ? 0 : (big ? 26 : 18);
        const numW = 44;
        const item = group(doc, toc, 'TOCI');
        const link = group(doc, item, 'Link');
        const font = e.level === 0 ? FONT.semibold : FONT.regular;
        const full = e.level === 0 ? size + 1 : size;
        const width = colW - indent - numW - 10;
        // One row per entry: a long title shrinks (to 80 %) before it is cut, and a cut is reported (fit-text).
        const fit = fitBlock(doc, e.title, undefined, { font, width, height: row - 2, maxSize: full, minSize: Math.floor(full * 0.8) });
        const lift = (full - fit.primary.size) * 0.5;
        doc.font(font).fontSize(fit.primary.size).fillColor(e.level === 0 ? COLOR.navy : COLOR.ink);
        // A title the pack gives only in another language is read in that language (one run: titles are short).
        const titleLang = e.runs?.length === 1 ? e.runs[0]?.lang : undefined;
        inLanguage(doc, link, lang, titleLang, () => doc.text(fit.primary.text, x + indent, y + 2 + lift, { width, height: row, lineBreak: false }));
        doc.font(font).fontSize(full);
        link.add(() => doc.text(String(e.page), x + colW - numW, y + 2, { width: numW, height: row, align: 'right', lineBreak: false }));
        // The link's alternate description (PDF/UA-1 §7.18.5): where it goes, as a screen reader announces it.
        const contents = new String(`${e.title}, ${WORDS[lang].onPage(e.page)}`) as string;
        doc.goTo(x, y, colW, row, e.dest, { structParent: link, Contents: contents } as PDFKit.Mixins.AnnotationOption);
        link.end();
        item.end();
        artifact(doc, () => doc.moveTo(x + indent, y + row - 1).lineTo(x + colW, y + row - 1).lineWidth(0.3).strokeColor(COLOR.rule).stroke(), 'Layout');
      }
      toc.end();
    },
  }));
}
