// The numbered sources appendix: every source the exported slides cite, numbered as the figures cite them.
import type { Briefing, Lang, Slide, Source } from '../model/schema';
import { inBoth, localizedRun } from '../model/text';
import { FONT } from './fonts';
import type { PlanInput, PlannedPage } from './layout';
import type { Measure } from './measure';
import { flow, type Box } from './paginate';
import { citedBy } from './selection';
import { flowRuns, group, runsText, tag, type Run } from './tagging';
import { drawPartHeading, partHeadingHeight } from './part-heading';
import { COLOR } from './theme';
import { label, labelRuns, slashRuns, WORDS } from './words';

interface Entry { n: number; runs: Run[]; height: number; spaceBefore: number }

/**
 * "Publisher. Title. Date. URL" in the export's language, with the second language's title when it differs, as runs
 * each in the language the pack gives it in. A part already ending in "." is not given a second one.
 */
export function sourceRuns(src: Source, lang: Lang, lang2: Lang | undefined): Run[] {
  const title = inBoth(src.title, lang, lang2);
  const parts: Run[] = [localizedRun(src.publisher, lang), ...slashRuns(title.first, title.second)];
  const tail = [src.date, src.url].filter((t): t is string => Boolean(t)).map((text) => ({ text }));
  // Separators end the run before them, so each run starts a word and lines wrap as the joined text would.
  const all = [...parts, ...tail].filter((r) => r.text !== '');
  return all.map((r, i) => {
    const joinsNext = i < all.length - 1 && !r.text.endsWith(' / ');
    return joinsNext ? { ...r, text: r.text.endsWith('.') ? `${r.text} ` : `${r.text}. ` } : r;
  });
}

/**
 * "Source: [1] Publisher; [2] Publisher" for the sources `slide` cites, less those in `except` (a table already names
 * them), as runs, each publisher in the language the pack gives it in; `long: false` gives the markers alone
 * ("Source: [1] [2]"), the appendix saying the rest. Empty when there is nothing to cite.
 */
export function citationRuns(briefing: Briefing, slide: Slide, lang: Lang, cite: (id: string) => number | undefined, o: { except?: ReadonlySet<string>; long?: boolean } = {}): Run[] {
  const refs = citedBy(slide).filter((id) => !o.except?.has(id)).flatMap((id): Run[][] => {
    const n = cite(id);
    const src = briefing.sources.find((s) => s.id === id);
    if (n === undefined || !src) return [];
    return [o.long === false ? [{ text: `[${n}]` }] : [{ text: `[${n}] ` }, localizedRun(src.publisher, lang)]];
  });
  if (refs.length === 0) return [];
  const between = o.long === false ? ' ' : '; ';
  return [{ text: `${refs.length === 1 ? WORDS[lang].source : WORDS[lang].sources}: `, lang }, ...refs.flatMap((r, i) => (i === 0 ? r : [{ text: between }, ...r]))];
}

/** sourceRuns as one string. */
export function sourceText(src: Source, lang: Lang, lang2: Lang | undefined): string {
  return runsText(sourceRuns(src, lang, lang2));
}

const LABEL_W = 30;
const styleFor = (area: Box) => ({ font: FONT.regular, size: area.width > 600 ? 15 : 10.5, width: area.width - LABEL_W, lineGap: 2 });

function entries(briefing: Briefing, citations: Map<string, number>, lang: Lang, lang2: Lang | undefined, area: Box, measure: Measure): Entry[] {
  const style = styleFor(area);
  return [...citations].flatMap(([id, n]) => {
    const src = briefing.sources.find((s) => s.id === id);
    if (!src) return [];
    const runs = sourceRuns(src, lang, lang2);
    return [{ n, runs, height: Math.min(measure(runsText(runs), style), area.height / 2), spaceBefore: 8 }];
  });
}

export function planSources(input: PlanInput): PlannedPage[] {
  const { briefing, selection, lang, lang2, area, measure } = input;
  const list = entries(briefing, selection.citations, lang, lang2, area, measure);
  if (list.length === 0) return [];
  // The heading rides on the first page as a block of its own.
  const heading: Entry = { n: 0, runs: [], height: partHeadingHeight(area), spaceBefore: 0 };
  const style = styleFor(area);
  return flow([heading, ...list], area.height).map((placed, p): PlannedPage => ({
    anchors: p === 0 ? [{ dest: 'sources', level: 0, title: label('sources', lang, lang2), runs: labelRuns('sources', lang, lang2), y: area.y }] : [],
    draw(env) {
      const { doc } = env;
      let listEl: PDFKit.PDFStructureElement | undefined;
      for (const { block, y } of placed) {
        const top = area.y + y;
        if (block.n === 0) {
          drawPartHeading(env, 'sources', top);
          continue;
        }
        listEl ??= group(doc, env.root, 'L');
        const li = group(doc, listEl, 'LI');
        tag(doc, li, 'Lbl', () => {
          doc.font(FONT.semibold).fontSize(style.size).fillColor(COLOR.accent).text(`[${block.n}]`, area.x, top, { width: LABEL_W, height: style.size * 1.6, lineBreak: false });
        });
        const body = group(doc, li, 'LBody');
        doc.font(style.font).fontSize(style.size).fillColor(COLOR.ink);
        flowRuns(doc, body, lang, block.runs, area.x + LABEL_W, top, { width: style.width, height: block.height + 1, lineGap: style.lineGap, ellipsis: true });
        body.end();
        li.end();
      }
      listEl?.end();
    },
  }));
}
