// The `brief` layout: a read-ahead document for the reader who skipped the meeting. Topics become headings, bullet
// points become lists, big figures and charts become tables with their sources; it flows over portrait pages.
import { assertNever } from '../model/exhaustive';
import type { Bullet, Lang, Slide, Text, Topic } from '../model/schema';
import { inBoth, localizedRun } from '../model/text';
import { formatValue } from './chart';
import { FONT, type FontFace } from './fonts';
import { slideAnchor, topicAnchor, type Anchor, type DrawEnv, type PlanInput, type PlannedPage } from './layout';
import type { Measure, TextStyle } from './measure';
import { flow, type FlowBlock, type Box } from './paginate';
import { slideTitleRun } from './selection';
import { citationRuns } from './sources-appendix';
import { artifact, flowRuns, group, inLanguage, runsText, tagRuns, type Run } from './tagging';
import { COLOR } from './theme';
import { slashRuns, WORDS } from './words';

interface Block extends FlowBlock {
  spaceBefore: number;
  anchor?: Omit<Anchor, 'y'>;
  draw(env: DrawEnv, top: number): void;
}

interface Ctx { input: PlanInput; area: Box; measure: Measure; lang: Lang; lang2: Lang | undefined; cite: (id: string) => number | undefined }

const S = {
  h1: { font: FONT.bold, size: 17, color: COLOR.navy },
  h2: { font: FONT.semibold, size: 12.5, color: COLOR.navy },
  h3: { font: FONT.semibold, size: 10.5, color: COLOR.ink },
  body: { font: FONT.regular, size: 10.5, color: COLOR.ink },
  second: { font: FONT.italic, size: 9.5, color: COLOR.muted },
  small: { font: FONT.regular, size: 8.5, color: COLOR.muted },
  quote: { font: FONT.italic, size: 11.5, color: COLOR.navy },
} as const satisfies Record<string, { font: FontFace; size: number; color: string }>;
type StyleName = keyof typeof S;

/** Runs of text as one block, each run in its own language; `type` is its structure tag, `lang` its /Lang. */
function textBlock(c: Ctx, runs: Run[], style: StyleName, type: string, spaceBefore: number, indent = 0, lang?: Lang): Block {
  const s = S[style];
  const ts: TextStyle = { font: s.font, size: s.size, width: c.area.width - indent, lineGap: 1.5 };
  const height = Math.min(c.measure(runsText(runs), ts), c.area.height);
  return {
    height,
    spaceBefore,
    draw(env, top) {
      env.doc.font(s.font).fontSize(s.size).fillColor(s.color);
      tagRuns(env.doc, env.root, type, c.lang, runs, c.area.x + indent, top, { width: ts.width, height: height + 1, lineGap: 1.5, ellipsis: true }, lang && lang !== c.lang ? { lang } : {});
    },
  };
}

/**
 * The text in the first language, then (bilingual) the second language's wording beneath when it differs, kept with
 * the first (a translation never opens a page alone).
 */
function textBlocks(c: Ctx, text: Text | undefined, style: StyleName, type: string, spaceBefore: number, indent = 0): Block[] {
  if (text === undefined) return [];
  const { first, second } = inBoth(text, c.lang, c.lang2);
  const out = [textBlock(c, [first], style, type, spaceBefore, indent)];
  if (second) out.push({ ...textBlock(c, [second], style === 'body' || style === 'quote' ? 'second' : style, type, 1, indent, second.lang), keepWithPrevious: true });
  return out;
}

/** "first / second" as runs, each in its language; the first alone when there is no different second wording. */
function both(c: Ctx, text: Text): Run[] {
  const { first, second } = inBoth(text, c.lang, c.lang2);
  return slashRuns(first, second);
}

/** One of Puente's own words (a table header) in the export's language(s): "Figure / Cifra". */
function word(c: Ctx, key: 'figure' | 'measure' | 'source' | 'value' | 'item'): Run[] {
  return slashRuns({ text: WORDS[c.lang][key], lang: c.lang }, c.lang2 ? { text: WORDS[c.lang2][key], lang: c.lang2 } : undefined);
}

interface ListItem { text: Run[]; text2?: string | undefined; level: 0 | 1 }

/** The text in the first language and, bilingual, the second language's wording when it differs. */
function pair(c: Ctx, text: Text): { text: Run[]; text2?: string | undefined } {
  const { first, second } = inBoth(text, c.lang, c.lang2);
  return { text: [first], text2: second?.text };
}

/** List items share one L element, opened by the first item drawn and ended by the last. Bilingual items print the
 * second language beneath, in italics. */
function listBlocks(c: Ctx, items: ListItem[]): Block[] {
  const list: { el?: PDFKit.PDFStructureElement } = {};
  return items.map((it, i): Block => {
    const indent = it.level === 0 ? 14 : 30;
    const ts: TextStyle = { font: FONT.regular, size: it.level === 0 ? 10.5 : 10, width: c.area.width - indent, lineGap: 1.5 };
    const ts2: TextStyle = { ...ts, font: FONT.italic, size: ts.size - 1 };
    const h1 = Math.min(c.measure(runsText(it.text), ts), c.area.height / 2);
    const h2 = it.text2 ? Math.min(c.measure(it.text2, ts2), c.area.height / 2) : 0;
    const height = h1 + h2;
    return {
      height,
      spaceBefore: i === 0 ? 5 : 3,
      // The first two rows stay together (and with the heading and lead above), the last never starts a page alone.
      keepWithNext: i === 0 && items.length > 1,
      keepWithPrevious: i === items.length - 1 && i > 0,
      draw(env, top) {
        const { doc } = env;
        list.el ??= group(doc, env.root, 'L');
        const li = group(doc, list.el, 'LI');
        // The bullet is decoration: the list structure already says "item".
        artifact(doc, () => {
          if (it.level === 0) doc.rect(c.area.x + indent - 10, top + 4.5, 3.5, 3.5).fill(COLOR.accent);
          else doc.circle(c.area.x + indent - 8, top + 6, 1.6).fill(COLOR.muted);
        }, 'Layout');
        const body = group(doc, li, 'LBody');
        doc.font(ts.font).fontSize(ts.size).fillColor(it.level === 0 ? COLOR.ink : COLOR.muted);
        flowRuns(doc, body, c.lang, it.text, c.area.x + indent, top, { width: ts.width, height: h1 + 1, lineGap: 1.5, ellipsis: true });
        const second = it.text2;
        if (second) {
          inLanguage(doc, body, c.lang, c.lang2, () => {
            doc.font(ts2.font).fontSize(ts2.size).fillColor(COLOR.muted);
            doc.text(second, c.area.x + indent, top + h1, { width: ts.width, height: h2 + 1, lineGap: 1.5, ellipsis: true });
          });
        }
        body.end();
        li.end();
        if (i === items.length - 1) list.el.end();
      },
    };
  });
}

function bulletItems(c: Ctx, bullets: Bullet[]): ListItem[] {
  return bullets.flatMap((b) =>
    typeof b === 'object' && 'bullets' in b
      ? [{ ...pair(c, b.text), level: 0 as const }, ...b.bullets.map((x) => ({ ...pair(c, x), level: 1 as const }))]
      : [{ ...pair(c, b), level: 0 as const }],
  );
}

/** A table with a header row (its cells /Scope Column); each column's share of the width in `widths`. */
function tableBlock(c: Ctx, header: Run[][], rows: Run[][][], widths: number[], spaceBefore = 6): Block {
  const pad = 4;
  const cols = widths.map((w) => w * c.area.width);
  const styleOf = (r: number, col: number): TextStyle => ({ font: r === 0 ? FONT.semibold : col === 0 ? FONT.semibold : FONT.regular, size: r === 0 ? 9 : 10, width: (cols[col] ?? 0) - 2 * pad, lineGap: 1 });
  const all = [header, ...rows];
  const heights = all.map((row, r) => Math.max(...row.map((cell, col) => c.measure(runsText(cell), styleOf(r, col)))) + 2 * pad);
  const height = Math.min(heights.reduce((a, b) => a + b, 0), c.area.height);
  return {
    height,
    spaceBefore,
    draw(env, top) {
      const { doc } = env;
      const table = group(doc, env.root, 'Table');
      let y = top;
      all.forEach((row, r) => {
        const h = heights[r] ?? 0;
        if (y + h > top + height + 0.5) return;
        artifact(doc, () => {
          if (r === 0) doc.rect(c.area.x, y, c.area.width, h).fill(COLOR.tint);
          doc.moveTo(c.area.x, y + h).lineTo(c.area.x + c.area.width, y + h).lineWidth(r === 0 ? 0.8 : 0.4).strokeColor(r === 0 ? COLOR.navy : COLOR.rule).stroke();
        }, 'Layout');
        const tr = group(doc, table, 'TR');
        let x = c.area.x;
        row.forEach((cell, col) => {
          const s = styleOf(r, col);
          doc.font(s.font).fontSize(s.size).fillColor(r === 0 ? COLOR.navy : COLOR.ink);
          tagRuns(doc, tr, r === 0 ? 'TH' : 'TD', c.lang, cell, x + pad, y + pad, { width: s.width, height: h, lineGap: 1, ellipsis: true }, r === 0 ? { scope: 'Column' } : {});
          x += cols[col] ?? 0;
        });
        tr.end();
        y += h;
      });
      table.end();
    },
  };
}

function imageBlock(c: Ctx, slide: Extract<Slide, { layout: 'image' }>): Block {
  const height = 180;
  return {
    height,
    spaceBefore: 6,
    draw(env, top) {
      // One language per alt text: a reader speaks it in the Figure's /Lang.
      const alt = localizedRun(slide.alt, c.lang);
      const figure = group(env.doc, env.root, 'Figure', { alt: alt.text, ...(alt.lang && alt.lang !== c.lang ? { lang: alt.lang } : {}) });
      figure.add(() => env.images.draw(env.doc, slide, { x: c.area.x, y: top, width: c.area.width, height }));
      figure.end();
    },
  };
}

/** "Source: [1] Publisher" under a slide, for the sources it cites that `shown` (a table's source column) does not. */
function sourcesBlock(c: Ctx, slide: Slide, shown: ReadonlySet<string> = new Set()): Block[] {
  const runs = citationRuns(c.input.briefing, slide, c.lang, c.cite, { except: shown });
  return runs.length === 0 ? [] : [{ ...textBlock(c, runs, 'small', 'P', 3), keepWithPrevious: true }];
}

/** Blocks that end what is above them (a caption, an attribution): never alone atop a page. */
const tail = (blocks: Block[]): Block[] => blocks.map((b) => ({ ...b, keepWithPrevious: true }));
/** Blocks that open what follows them (a lead): never the last thing on a page. */
const opening = (blocks: Block[]): Block[] => blocks.map((b) => ({ ...b, keepWithNext: true }));

/** The slide's title as runs: "first / second" in a bilingual brief, each in its language. */
function titleRuns(c: Ctx, slide: Slide): Run[] {
  return slashRuns(slideTitleRun(slide, c.lang), c.lang2 ? slideTitleRun(slide, c.lang2) : undefined);
}

/**
 * A slide's blocks: its heading, then its content; `opensTopic` for the first slide of its topic. A section slide
 * that opens its topic is the topic's own heading already: only its subtitle is printed, as the topic's lead.
 */
function slideBlocks(c: Ctx, slide: Slide, opensTopic: boolean): Block[] {
  const divider = opensTopic && slide.layout === 'section';
  const heading: Block[] = divider ? [] : [{ ...textBlock(c, titleRuns(c, slide), 'h2', 'H2', 14), keepWithNext: true, anchor: slideAnchor(slide, c.lang, 0) }];
  const body: Block[] = [];
  // Source ids a table already names in a column of its own, so the line under the slide does not name them again.
  const shown = new Set<string>();
  switch (slide.layout) {
    case 'title':
    case 'section': {
      const sub = textBlocks(c, slide.subtitle, 'body', 'P', 4);
      // The divider's place stays a named destination (no contents entry, no bookmark: the topic has them).
      const first = sub[0];
      if (divider && first) sub[0] = { ...first, anchor: { ...slideAnchor(slide, c.lang, 0), title: '' } };
      // A topic's divider is its lead: it stays with the topic's heading and with its first slide.
      body.push(...(divider ? opening(sub) : sub));
      break;
    }
    case 'bullets':
      body.push(...opening(textBlocks(c, slide.lead, 'body', 'P', 4)), ...listBlocks(c, bulletItems(c, slide.bullets)));
      break;
    case 'two-column':
      for (const col of [slide.left, slide.right]) {
        if (col.heading) body.push(...opening(textBlocks(c, col.heading, 'h3', 'H3', 6)));
        body.push(...listBlocks(c, bulletItems(c, col.bullets)));
      }
      break;
    case 'stats': {
      body.push(...opening(textBlocks(c, slide.lead, 'body', 'P', 4)));
      // Figures from one source: the line under the table names it once. From several: a column says which is whose.
      const ids = [...new Set(slide.stats.flatMap((st) => (st.source ? [st.source] : [])))];
      const column = ids.length > 1;
      if (column) for (const id of ids) shown.add(id);
      body.push(tableBlock(c, [word(c, 'figure'), word(c, 'measure'), ...(column ? [word(c, 'source')] : [])], slide.stats.map((st) => {
        const n = st.source ? c.cite(st.source) : undefined;
        const src = st.source ? c.input.briefing.sources.find((s) => s.id === st.source) : undefined;
        const source: Run[] = src ? [{ text: `[${n}] ` }, localizedRun(src.publisher, c.lang)] : [{ text: '—' }];
        return [both(c, st.value), both(c, st.label), ...(column ? [source] : [])];
      }), column ? [0.26, 0.46, 0.28] : [0.32, 0.68]));
      break;
    }
    case 'chart': {
      body.push(...opening(textBlocks(c, slide.lead, 'body', 'P', 4)));
      const unit = slide.chart.unit === undefined ? undefined : inBoth(slide.chart.unit, c.lang, c.lang2);
      // The unit follows the header in each language: "Value (billion US dollars) / Valor (miles de millones…)".
      const valueHead: Run[] = unit?.first.text
        ? [{ text: `${WORDS[c.lang].value} (`, lang: c.lang }, { text: unit.first.text, lang: unit.first.lang }, { text: c.lang2 ? ') / ' : ')' },
          ...(c.lang2 ? [{ text: `${WORDS[c.lang2].value} (`, lang: c.lang2 }, { text: (unit.second ?? unit.first).text, lang: (unit.second ?? unit.first).lang }, { text: ')' }] : [])]
        : word(c, 'value');
      body.push(tableBlock(c, [word(c, 'item'), valueHead], slide.chart.bars.map((b) => [both(c, b.label), [{ text: formatValue(slide.chart, b.value, c.lang) }]]), [0.6, 0.4]));
      body.push(...tail(textBlocks(c, slide.caption, 'small', 'Caption', 3)));
      break;
    }
    case 'quote':
      body.push(...textBlocks(c, slide.quote, 'quote', 'BlockQuote', 4, 14));
      // Name, then role, each in the export's language(s): "— Name, Role / Cargo".
      const who: Run[][] = [slide.attribution, slide.role].flatMap((t) => (t === undefined || !localizedRun(t, c.lang).text ? [] : [both(c, t)]));
      body.push(...tail([textBlock(c, [{ text: '— ' }, ...who.flatMap((runs, i) => (i === 0 ? runs : [{ text: ', ' }, ...runs]))], 'body', 'P', 3, 14)]));
      break;
    case 'timeline':
      body.push(...listBlocks(c, slide.events.map((e) => {
        const p = pair(c, e.text);
        // Separators end the run before them, so each run starts a word and lines wrap as the joined text would.
        const when = localizedRun(e.when, c.lang);
        return { text: [{ text: `${when.text} — `, lang: when.lang }, ...p.text], text2: p.text2, level: 0 as const };
      })));
      break;
    case 'image':
      body.push(imageBlock(c, slide), ...tail(textBlocks(c, slide.caption, 'small', 'Caption', 3)));
      break;
    default:
      assertNever(slide, 'slide layout');
  }
  return [...heading, ...body, ...sourcesBlock(c, slide, shown)];
}

function topicBlocks(c: Ctx, topic: Topic, slides: Slide[]): Block[] {
  const head: Block = { ...textBlock(c, both(c, topic.title), 'h1', 'H1', 24), keepWithNext: true, anchor: topicAnchor(topic, c.lang, 0) };
  const rule: Block = {
    height: 6,
    spaceBefore: 2,
    keepWithNext: true,
    draw: (env, top) => artifact(env.doc, () => env.doc.rect(c.area.x, top + 1, 48, 2.5).fill(COLOR.accent), 'Layout'),
  };
  return [head, rule, ...opening(textBlocks(c, topic.summary, 'body', 'P', 6)), ...slides.flatMap((s, i) => slideBlocks(c, s, i === 0))];
}

export function planBrief(input: PlanInput): PlannedPage[] {
  const c: Ctx = { input, area: input.area, measure: input.measure, lang: input.lang, lang2: input.lang2, cite: (id) => input.selection.citations.get(id) };
  const blocks = input.selection.groups.flatMap((g) => topicBlocks(c, g.topic, g.slides));
  return flow(blocks, input.area.height).map((placed): PlannedPage => ({
    anchors: placed.flatMap(({ block, y }) => (block.anchor ? [{ ...block.anchor, y: input.area.y + y }] : [])),
    draw(env) {
      for (const { block, y } of placed) block.draw(env, input.area.y + y);
    },
  }));
}
