// The `brief` layout: a read-ahead document for the reader who skipped the meeting. Topics become headings, bullet
// points become lists, big figures and charts become tables with their sources; it flows over portrait pages.
import { assertNever } from '../model/exhaustive';
import type { Bullet, Lang, Slide, Text, Topic } from '../model/schema';
import { localize, localizedRun } from '../model/text';
import { formatValue } from './chart';
import { FONT, type FontFace } from './fonts';
import { slideAnchor, topicAnchor, type Anchor, type DrawEnv, type PlanInput, type PlannedPage } from './layout';
import type { Measure, TextStyle } from './measure';
import { flow, type Box } from './paginate';
import { citedBy, slideTitleRun } from './selection';
import { artifact, flowRuns, group, inLanguage, runsText, tagRuns, type Run } from './tagging';
import { COLOR } from './theme';
import { WORDS } from './words';

interface Block {
  height: number;
  spaceBefore: number;
  keepWithNext?: boolean;
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

/** The text in the first language, then (bilingual) the second language's wording beneath when it differs. */
function textBlocks(c: Ctx, text: Text | undefined, style: StyleName, type: string, spaceBefore: number, indent = 0): Block[] {
  if (text === undefined) return [];
  const a = localizedRun(text, c.lang);
  const b = c.lang2 ? localize(text, c.lang2) : undefined;
  const out = [textBlock(c, [a], style, type, spaceBefore, indent)];
  if (b && b !== a.text) out.push(textBlock(c, [{ text: b, lang: c.lang2 }], style === 'body' || style === 'quote' ? 'second' : style, type, 1, indent, c.lang2));
  return out;
}

/** "first / second" as runs, each in its language; the first alone when there is no different second wording. */
function both(c: Ctx, text: Text): Run[] {
  const a = localizedRun(text, c.lang);
  const b = c.lang2 ? localize(text, c.lang2) : undefined;
  return b && b !== a.text ? [{ text: `${a.text} / `, lang: a.lang }, { text: b, lang: c.lang2 }] : [a];
}

interface ListItem { text: Run[]; text2?: string | undefined; level: 0 | 1 }

/** The text in the first language and, bilingual, the second language's wording when it differs. */
function pair(c: Ctx, text: Text): { text: Run[]; text2?: string | undefined } {
  const a = localizedRun(text, c.lang);
  const b = c.lang2 ? localize(text, c.lang2) : undefined;
  return { text: [a], text2: b && b !== a.text ? b : undefined };
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

function sourcesBlock(c: Ctx, slide: Slide): Block[] {
  const refs = citedBy(slide).flatMap((id) => {
    const n = c.cite(id);
    return n === undefined ? [] : [`[${n}]`];
  });
  if (refs.length === 0) return [];
  return [textBlock(c, [{ text: `${refs.length === 1 ? WORDS[c.lang].source : WORDS[c.lang].sources}: ${refs.join(' ')}`, lang: c.lang }], 'small', 'P', 3)];
}

/** The slide's title as runs: "first / second" in a bilingual brief, each in its language. */
function titleRuns(c: Ctx, slide: Slide): Run[] {
  const t1 = slideTitleRun(slide, c.lang);
  const t2 = c.lang2 ? slideTitleRun(slide, c.lang2) : undefined;
  return t2 && t2.text !== t1.text ? [{ text: `${t1.text} / `, lang: t1.lang }, t2] : [t1];
}

function slideBlocks(c: Ctx, slide: Slide): Block[] {
  const heading: Block = { ...textBlock(c, titleRuns(c, slide), 'h2', 'H2', 14), keepWithNext: true, anchor: slideAnchor(slide, c.lang, 0) };
  const body: Block[] = [];
  switch (slide.layout) {
    case 'title':
    case 'section':
      body.push(...textBlocks(c, slide.subtitle, 'body', 'P', 4));
      break;
    case 'bullets':
      body.push(...textBlocks(c, slide.lead, 'body', 'P', 4), ...listBlocks(c, bulletItems(c, slide.bullets)));
      break;
    case 'two-column':
      for (const col of [slide.left, slide.right]) {
        if (col.heading) body.push(...textBlocks(c, col.heading, 'h3', 'H3', 6));
        body.push(...listBlocks(c, bulletItems(c, col.bullets)));
      }
      break;
    case 'stats': {
      body.push(...textBlocks(c, slide.lead, 'body', 'P', 4));
      const w = WORDS[c.lang];
      body.push(tableBlock(c, [w.figure, w.measure, w.source].map((h) => [{ text: h, lang: c.lang }]), slide.stats.map((st) => {
        const n = st.source ? c.cite(st.source) : undefined;
        const src = st.source ? c.input.briefing.sources.find((s) => s.id === st.source) : undefined;
        return [both(c, st.value), both(c, st.label), src ? [{ text: `[${n}] ` }, localizedRun(src.publisher, c.lang)] : [{ text: '—' }]];
      }), [0.26, 0.46, 0.28]));
      break;
    }
    case 'chart': {
      body.push(...textBlocks(c, slide.lead, 'body', 'P', 4));
      const w = WORDS[c.lang];
      const unit = localizedRun(slide.chart.unit, c.lang);
      const valueHead: Run[] = unit?.text ? [{ text: `${w.value} `, lang: c.lang }, { text: `(${unit.text})`, lang: unit.lang }] : [{ text: w.value, lang: c.lang }];
      body.push(tableBlock(c, [[{ text: w.item, lang: c.lang }], valueHead], slide.chart.bars.map((b) => [both(c, b.label), [{ text: formatValue(slide.chart, b.value, c.lang) }]]), [0.6, 0.4]));
      body.push(...textBlocks(c, slide.caption, 'small', 'Caption', 3));
      break;
    }
    case 'quote':
      body.push(...textBlocks(c, slide.quote, 'quote', 'BlockQuote', 4, 14));
      const who: Run[] = [localizedRun(slide.attribution, c.lang), localizedRun(slide.role, c.lang)].flatMap((r) => (r?.text ? [r] : []));
      body.push(textBlock(c, [{ text: '— ' }, ...who.map((r, i) => (i < who.length - 1 ? { ...r, text: `${r.text}, ` } : r))], 'body', 'P', 3, 14));
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
      body.push(imageBlock(c, slide), ...textBlocks(c, slide.caption, 'small', 'Caption', 3));
      break;
    default:
      assertNever(slide, 'slide layout');
  }
  return [heading, ...body, ...sourcesBlock(c, slide)];
}

function topicBlocks(c: Ctx, topic: Topic, slides: Slide[]): Block[] {
  const head: Block = { ...textBlock(c, both(c, topic.title), 'h1', 'H1', 24), keepWithNext: true, anchor: topicAnchor(topic, c.lang, 0) };
  const rule: Block = {
    height: 6,
    spaceBefore: 2,
    keepWithNext: true,
    draw: (env, top) => artifact(env.doc, () => env.doc.rect(c.area.x, top + 1, 48, 2.5).fill(COLOR.accent), 'Layout'),
  };
  return [head, rule, ...textBlocks(c, topic.summary, 'body', 'P', 6), ...slides.flatMap((s) => slideBlocks(c, s))];
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
