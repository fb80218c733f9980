// The `run-sheet` layout (issue 15): the run of show on one page for the lectern — the briefing's title, the start
// time, slot and planned total, each topic of the run with its planned time and clock times, and the backup slides
// kept for questions. Always one page: with many topics the type shrinks; at the smallest size text is cut (and
// reported), never spilled onto a second page. Times come from the plan (run-fit.ts), never worked out here.
import { formatClock, formatDuration } from '../model/duration';
import { fitRun, type RunFit } from '../model/run-fit';
import type { Lang, Text } from '../model/schema';
import { inBoth } from '../model/text';
import { reportCut } from './cut-watch';
import { drawHeight, fitBlock } from './fit-text';
import { FONT, type FontFace } from './fonts';
import type { DrawEnv, PlanInput, PlannedPage } from './layout';
import type { Measure } from './measure';
import { slideTitleRun } from './selection';
import { artifact, clipRuns, group, runsText, tagRuns, type Run } from './tagging';
import { COLOR } from './theme';
import { RUN_WORDS, slashRuns } from './words';

type WordKey = Exclude<keyof (typeof RUN_WORDS)['en'], 'more'>;

/** What the sheet prints, as runs of text each in its language: no geometry yet. */
export interface RunSheetContent {
  title: Run[];
  summary: Run[];
  header: Run[][];
  /** One row per topic of the run: number, title, planned time, clock times. */
  rows: Run[][][];
  backupsHeading: Run[];
  /** "Topic — slide" for each backup slide of the run's topics; empty when there is none. */
  backups: Run[][];
  noBackups: Run[];
}

/** A label in the sheet's language, or "English / Español" when bilingual, each part tagged with its language. */
function label(key: WordKey, lang: Lang, lang2: Lang | undefined, suffix = ''): Run[] {
  const a: string = RUN_WORDS[lang][key];
  return lang2 && lang2 !== lang ? [{ text: `${a} / `, lang }, { text: `${RUN_WORDS[lang2][key]}${suffix}`, lang: lang2 }] : [{ text: `${a}${suffix}`, lang }];
}

/** A pack text in the first language, then " / " and the second language's wording when it differs. */
function both(text: Text, lang: Lang, lang2: Lang | undefined): Run[] {
  const { first, second } = inBoth(text, lang, lang2);
  return slashRuns(first, second);
}

/**
 * "14:30" for `seconds` into a talk starting `start` minutes after midnight (rounded to the minute, past midnight
 * wrapping round); without a start, the running time "4:30" as the presenter's timer shows it.
 */
export function clockAt(seconds: number, start: number | undefined): string {
  if (start === undefined) return formatClock(Math.round(seconds));
  const minutes = (((start + Math.round(seconds / 60)) % 1440) + 1440) % 1440;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The sheet's content for a run: pure, so it is tested by value. */
export function runSheetContent(input: Pick<PlanInput, 'briefing' | 'selection' | 'lang' | 'lang2' | 'start' | 'slot'>): RunSheetContent {
  const { briefing, lang, lang2, start } = input;
  // The run is the main flow: a topic printed only for its backup slides (backup: include) is not timed.
  const topics = input.selection.groups.filter((g) => g.slides.some((sl) => !sl.backup)).map((g) => g.topic);
  const fit: RunFit = fitRun(briefing, topics.map((t) => t.id), input.slot ?? null);
  const summary: Run[] = [];
  const part = (key: WordKey, value: string): void => {
    if (summary.length > 0) summary.push({ text: '   ·   ' });
    summary.push(...label(key, lang, lang2, ': '), { text: value });
  };
  if (start !== undefined) part('start', clockAt(0, start));
  if (input.slot !== undefined) part('slot', formatDuration(input.slot, lang));
  part('total', formatDuration(fit.total, lang));
  if (fit.over > 0) summary.push({ text: ` (${formatDuration(fit.over, lang)} ` }, ...label('over', lang, lang2, ')'));
  const rows = fit.topics.map((t, i): Run[][] => {
    const topic = topics[i]!;
    const when = t.planned === null ? clockAt(t.start, start) : `${clockAt(t.start, start)}–${clockAt(t.end, start)}`;
    return [[{ text: String(i + 1) }], both(topic.title, lang, lang2), t.planned === null ? label('unplanned', lang, lang2) : [{ text: formatDuration(t.planned, lang) }], [{ text: when }]];
  });
  const backups = topics.flatMap((topic) =>
    topic.slides.filter((s) => s.backup).map((s): Run[] => {
      // In each exported language, as the topic rows are: "Topic / Tema — Slide / Diapositiva".
      const first = slideTitleRun(s, lang);
      const second = lang2 && lang2 !== lang ? slideTitleRun(s, lang2) : undefined;
      return [...both(topic.title, lang, lang2), { text: ' — ' }, ...slashRuns(first, second)];
    }),
  );
  return {
    title: both(briefing.meta.title, lang, lang2),
    summary,
    header: [[{ text: '#' }], label('topic', lang, lang2), label('planned', lang, lang2), label('time', lang, lang2)],
    rows,
    backupsHeading: label('backups', lang, lang2),
    backups,
    noBackups: label('noBackups', lang, lang2),
  };
}

/** Share of the width of each table column: number, topic, planned time, clock times. */
const COLUMNS = [0.06, 0.56, 0.16, 0.22];
/** Body type sizes the sheet tries, largest first: it takes the first at which the whole sheet fits the page. */
const MAX_SIZE = 11;
const MIN_SIZE = 6;
const LINE_GAP = 1;

interface Styles { title: Style; summary: Style; th: Style; td: Style; tdTitle: Style; h2: Style; item: Style; pad: number }
interface Style { font: FontFace; size: number }

function stylesAt(size: number): Styles {
  return {
    title: { font: FONT.bold, size: Math.round(size * 1.6) },
    summary: { font: FONT.regular, size },
    th: { font: FONT.semibold, size: size - 1 },
    td: { font: FONT.regular, size },
    tdTitle: { font: FONT.semibold, size },
    h2: { font: FONT.semibold, size: size + 1.5 },
    item: { font: FONT.regular, size: size - 0.5 },
    pad: Math.max(2, size * 0.35),
  };
}

/** Where everything goes at one size: heights of each part, and how many backup items are shown. */
interface Sheet {
  s: Styles;
  titleH: number;
  summaryH: number;
  rowHs: number[];
  /** Rows shown (the rest are left out at the smallest size, the last shown row saying how many). */
  rows: number;
  headingH: number;
  itemHs: number[];
  items: number;
  height: number;
}

const GAP = { afterTitle: 6, afterSummary: 10, beforeBackups: 14, afterHeading: 4, item: 2 };
const INDENT = 14;

function sheetAt(c: RunSheetContent, size: number, width: number, measure: Measure, oneLine: boolean): Sheet {
  const s = stylesAt(size);
  const h = (runs: Run[], st: Style, w: number): number => {
    const full = measure(runsText(runs) || ' ', { font: st.font, size: st.size, width: w, lineGap: LINE_GAP });
    return oneLine ? Math.min(full, measure('X', { font: st.font, size: st.size, width: w, lineGap: LINE_GAP })) : full;
  };
  const cols = COLUMNS.map((f) => f * width - 2 * s.pad);
  const rowH = (row: Run[][], header: boolean): number =>
    Math.max(...row.map((cell, i) => h(cell, header ? s.th : i === 1 ? s.tdTitle : s.td, cols[i]!))) + 2 * s.pad;
  const rowHs = [rowH(c.header, true), ...c.rows.map((r) => rowH(r, false))];
  const items = c.backups.length > 0 ? c.backups : [c.noBackups];
  const itemHs = items.map((it) => h(it, s.item, width - INDENT) + GAP.item);
  const titleH = h(c.title, s.title, width);
  const summaryH = h(c.summary, s.summary, width);
  const headingH = h(c.backupsHeading, s.h2, width);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const height = titleH + GAP.afterTitle + summaryH + GAP.afterSummary + sum(rowHs) + GAP.beforeBackups + headingH + GAP.afterHeading + sum(itemHs);
  return { s, titleH, summaryH, rowHs, rows: c.rows.length, headingH, itemHs, items: items.length, height };
}

/**
 * The largest size at which the whole sheet fits `height`; at the smallest, every text on one line, and if even that
 * is too tall, backup items and then topic rows left out from the end (the last one shown says how many more).
 */
export function fitSheet(c: RunSheetContent, width: number, height: number, measure: Measure): Sheet {
  for (let size = MAX_SIZE; size >= MIN_SIZE; size -= 0.5) {
    const sheet = sheetAt(c, size, width, measure, false);
    if (sheet.height <= height) return sheet;
  }
  const sheet = sheetAt(c, MIN_SIZE, width, measure, true);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  let over = sheet.height - height;
  while (over > 0 && sheet.items > 1) {
    over -= sheet.itemHs[sheet.items - 1]!;
    sheet.items -= 1;
  }
  while (over > 0 && sheet.rows > 1) {
    over -= sheet.rowHs[sheet.rows]!;
    sheet.rows -= 1;
  }
  sheet.height = sheet.height - (sum(sheet.itemHs) - sum(sheet.itemHs.slice(0, sheet.items))) - (sum(sheet.rowHs) - sum(sheet.rowHs.slice(0, sheet.rows + 1)));
  return sheet;
}

/** Draws `runs` fitted to a box at exactly `style`'s size: cut with "…" (and reported) if they do not fit it. */
function drawRuns(env: DrawEnv, parent: PDFKit.PDFStructureElement, type: string, runs: Run[], style: Style, x: number, y: number, width: number, height: number, color: string, scope?: 'Column'): void {
  const { doc } = env;
  const text = runsText(runs);
  const b = fitBlock(doc, text, undefined, { font: style.font, width, height: height + 0.5, maxSize: style.size, minSize: style.size, lineGap: LINE_GAP });
  doc.font(style.font).fontSize(style.size).fillColor(color);
  tagRuns(doc, parent, type, env.lang, clipRuns(runs, b.primary.text), x, y, { width, height: drawHeight(b.height, LINE_GAP), lineGap: LINE_GAP }, scope ? { scope } : {});
}

function withMore(runs: Run[], left: number, lang: Lang, lang2: Lang | undefined): Run[] {
  if (left <= 0) return runs;
  const more = lang2 && lang2 !== lang ? `${RUN_WORDS[lang].more(left)} / ${RUN_WORDS[lang2].more(left)}` : RUN_WORDS[lang].more(left);
  return [...runs, { text: ` (${more})` }];
}

export function planRunSheet(input: PlanInput): PlannedPage[] {
  const c = runSheetContent(input);
  const { area, lang, lang2 } = input;
  const sheet = fitSheet(c, area.width, area.height, input.measure);
  const { s } = sheet;
  return [{
    anchors: [],
    draw(env) {
      const { doc } = env;
      let y = area.y;
      drawRuns(env, env.root, 'H1', c.title, s.title, area.x, y, area.width, sheet.titleH, COLOR.navy);
      y += sheet.titleH + GAP.afterTitle;
      drawRuns(env, env.root, 'P', c.summary, s.summary, area.x, y, area.width, sheet.summaryH, COLOR.ink);
      y += sheet.summaryH + GAP.afterSummary;
      // The schedule is a table: header cells TH with /Scope Column, so a reader hears "Time: 14:30–14:35".
      const table = group(doc, env.root, 'Table');
      const rows = [c.header, ...c.rows.slice(0, sheet.rows)];
      // What is left out for want of room is said on the page ("and N more") and reported as a warning.
      for (const row of c.rows.slice(sheet.rows)) reportCut(doc, (row[1] ?? []).map((r) => r.text).join(''), 'left-out');
      for (const item of c.backups.slice(sheet.items)) reportCut(doc, item.map((r) => r.text).join(''), 'left-out');
      rows.forEach((row, r) => {
        const h = sheet.rowHs[r]!;
        artifact(doc, () => {
          if (r === 0) doc.rect(area.x, y, area.width, h).fill(COLOR.tint);
          doc.moveTo(area.x, y + h).lineTo(area.x + area.width, y + h).lineWidth(r === 0 ? 0.8 : 0.4).strokeColor(r === 0 ? COLOR.navy : COLOR.rule).stroke();
        }, 'Layout');
        const tr = group(doc, table, 'TR');
        let x = area.x;
        row.forEach((cell, i) => {
          const w = COLUMNS[i]! * area.width;
          const last = r === rows.length - 1 && i === 1 ? withMore(cell, c.rows.length - sheet.rows, lang, lang2) : cell;
          const style = r === 0 ? s.th : i === 1 ? s.tdTitle : s.td;
          drawRuns(env, tr, r === 0 ? 'TH' : 'TD', last, style, x + s.pad, y + s.pad, w - 2 * s.pad, h - 2 * s.pad, r === 0 ? COLOR.navy : COLOR.ink, r === 0 ? 'Column' : undefined);
          x += w;
        });
        tr.end();
        y += h;
      });
      table.end();
      y += GAP.beforeBackups;
      drawRuns(env, env.root, 'H2', c.backupsHeading, s.h2, area.x, y, area.width, sheet.headingH, COLOR.navy);
      y += sheet.headingH + GAP.afterHeading;
      if (c.backups.length === 0) {
        drawRuns(env, env.root, 'P', c.noBackups, s.item, area.x + INDENT, y, area.width - INDENT, sheet.itemHs[0]! - GAP.item, COLOR.muted);
        return;
      }
      const list = group(doc, env.root, 'L');
      c.backups.slice(0, sheet.items).forEach((item, i) => {
        const h = sheet.itemHs[i]! - GAP.item;
        const li = group(doc, list, 'LI');
        artifact(doc, () => doc.rect(area.x + INDENT - 10, y + s.item.size * 0.4, 3, 3).fill(COLOR.accent), 'Layout');
        const runs = i === sheet.items - 1 ? withMore(item, c.backups.length - sheet.items, lang, lang2) : item;
        drawRuns(env, li, 'LBody', runs, s.item, area.x + INDENT, y, area.width - INDENT, h, COLOR.ink);
        li.end();
        y += h + GAP.item;
      });
      list.end();
    },
  }];
}
