// The cover page every layout opens with: title, organization, presenter, date and the export's classification.
// It reflows: each piece takes the height its text needs (nothing is cut), the navy panel grows with what it holds,
// and when the whole does not fit above the footer the cover is set again a step smaller.
import type { Lang, Text } from '../model/schema';
import { inBoth, type Wording } from '../model/text';
import { FONT, type FontFace } from './fonts';
import type { DrawEnv, PlannedPage } from './layout';
import { readableOn } from './page-frame';
import { artifact, group, inLanguage, tagRuns, type Run } from './tagging';
import { COLOR } from './theme';
import { WORDS } from './words';

/** The cover; `kind` says what the document is ("Speaker notes"), `kind2` the same in a bilingual export's second language. */
export function planCover(kind: string, kind2?: string): PlannedPage {
  return { anchors: [], draw: (env) => drawCover(env, kind, kind2) };
}

/** A piece of the cover: its height at the scale it was set for, and how to draw it with its top at `y`. */
interface Piece { height: number; draw(y: number): void }

/** Scales tried in turn, largest first, until the cover fits above the footer. */
const SCALES = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6];

interface Style { font: FontFace; size: number; color: string; lineGap?: number; characterSpacing?: number; align?: 'left' | 'right' }

function drawCover(env: DrawEnv, kind: string, kind2: string | undefined): void {
  const { page, area } = env;
  const wide = page.width > page.height;
  const limit = area.y + area.height;
  // The last scale is used whatever it gives: at 60 % every text still wraps whole, only lower on the page.
  for (const [i, k] of SCALES.entries()) {
    const cover = layoutCover(env, kind, kind2, (wide ? 1.25 : 1) * k);
    if (cover.bottom <= limit || i === SCALES.length - 1) {
      cover.draw();
      return;
    }
  }
}

/** The cover set at scale `s`: where its last piece ends, and how to draw it. */
function layoutCover(env: DrawEnv, kind: string, kind2: string | undefined, s: number): { bottom: number; draw(): void } {
  const { doc, page, area, briefing, lang, lang2 } = env;
  const meta = briefing.meta;
  const wide = page.width > page.height;
  const { x, width } = area;
  const limit = area.y + area.height;

  const height = (text: string, st: Style, w: number): number => {
    doc.font(st.font).fontSize(st.size);
    return doc.heightOfString(text, { width: w, lineGap: st.lineGap ?? 0, characterSpacing: st.characterSpacing ?? 0 });
  };
  /** A tagged paragraph (or heading) of runs, wrapped to `w` at (x + dx). */
  const para = (type: string, runs: Run[], st: Style, w: number, dx = 0, elLang?: Lang): Piece => {
    const text = runs.map((r) => r.text).join('');
    const h = height(text, st, w);
    return {
      height: h,
      draw(y) {
        doc.font(st.font).fontSize(st.size).fillColor(st.color);
        tagRuns(doc, env.root, type, lang, runs, x + dx, y, { width: w, height: h + 2, lineGap: st.lineGap ?? 0, characterSpacing: st.characterSpacing ?? 0, align: st.align ?? 'left' }, elLang && elLang !== lang ? { lang: elLang } : {});
      },
    };
  };
  const runOf = (w: Wording): Run => ({ text: w.text, lang: w.lang });
  /** "first / second" as runs, each in its language. */
  const slashed = (t: { first: Wording; second: Wording | undefined }, upper = false): Run[] => {
    const u = (r: Run): Run => (upper ? { ...r, text: r.text.toUpperCase() } : r);
    return t.second ? [u({ ...runOf(t.first), text: `${t.first.text} / ` }), u(runOf(t.second))] : [u(runOf(t.first))];
  };

  // In the panel: organization (left) and what the document is (right), then title and subtitle, each language its own line.
  const org = inBoth(meta.organization, lang, lang2);
  const orgW = width * 0.58;
  const kindW = width - orgW - 12;
  const orgPiece = para('P', slashed(org, true), { font: FONT.semibold, size: 11 * s, color: COLOR.accent, characterSpacing: 0.4 }, orgW);
  // One line per language: pdfkit sets a right-aligned flow of several runs over itself.
  const kindStyle: Style = { font: FONT.italic, size: 11 * s, color: '#aab8cc', align: 'right' };
  const kinds = [para('P', [{ text: kind, lang }], kindStyle, kindW, orgW + 12), ...(kind2 && kind2 !== kind ? [para('P', [{ text: kind2, lang: lang2 }], kindStyle, kindW, orgW + 12, lang2)] : [])];
  const kindPiece: Piece = {
    height: kinds.reduce((h, k) => h + k.height, 0),
    draw: (y) => kinds.reduce((at, k) => (k.draw(at), at + k.height), y),
  };
  const top: Piece = { height: Math.max(orgPiece.height, kindPiece.height), draw: (y) => (orgPiece.draw(y), kindPiece.draw(y)) };

  const panel: [Piece, number][] = [[top, 14 * s]];
  const title = inBoth(meta.title, lang, lang2);
  panel.push([para('H1', [runOf(title.first)], { font: FONT.bold, size: 30 * s, color: '#ffffff', lineGap: -1 }, width, 0, title.first.lang), 8 * s]);
  if (title.second) panel.push([para('P', [runOf(title.second)], { font: FONT.italic, size: 17 * s, color: '#c9d3e0' }, width, 0, title.second.lang), 8 * s]);
  if (meta.subtitle) {
    const sub = inBoth(meta.subtitle, lang, lang2);
    panel.push([para('P', [runOf(sub.first)], { font: FONT.regular, size: 16 * s, color: '#dbe3ee' }, width, 0, sub.first.lang), 4 * s]);
    if (sub.second) panel.push([para('P', [runOf(sub.second)], { font: FONT.italic, size: 13 * s, color: '#aab8cc' }, width, 0, sub.second.lang), 4 * s]);
  }

  // Below the panel: who, when and whose, each label in every exported language, each value in its own.
  const w1 = WORDS[lang];
  const w2 = lang2 && lang2 !== lang ? WORDS[lang2] : undefined;
  const rows: { label: (w: typeof w1) => string; value: { first: Wording; second: Wording | undefined } }[] = [];
  if (meta.presenter !== undefined && inBoth(meta.presenter, lang, lang2).first.text) rows.push({ label: (w) => w.presenter, value: inBoth(meta.presenter, lang, lang2) });
  const when: Text | undefined = meta.date ?? (meta.asOf ? { [lang]: `${w1.asOf} ${meta.asOf}`, ...(w2 && lang2 ? { [lang2]: `${w2.asOf} ${meta.asOf}` } : {}) } : undefined);
  if (when !== undefined) rows.push({ label: (w) => w.date, value: inBoth(when, lang, lang2) });
  rows.push({ label: (w) => w.organization, value: org });
  const labelW = (wide ? 150 : 120) * s;
  const labelStyle: Style = { font: FONT.semibold, size: 9 * s, color: COLOR.muted, characterSpacing: 0.8 };
  const valueStyle: Style = { font: FONT.regular, size: 13 * s, color: COLOR.ink };
  const value2Style: Style = { font: FONT.italic, size: 11 * s, color: COLOR.muted };
  const below: [Piece, number][] = rows.map((r): [Piece, number] => {
    const labels = [w1, ...(w2 ? [w2] : [])].map((w) => r.label(w).toUpperCase());
    const labelText = labels.join('\n');
    const labelH = height(labelText, labelStyle, labelW - 8);
    const valueW = width - labelW;
    const v1 = height(r.value.first.text, valueStyle, valueW);
    const v2 = r.value.second ? height(r.value.second.text, value2Style, valueW) : 0;
    return [{
      height: Math.max(labelH + 2 * s, v1 + v2),
      draw(y) {
        const row = group(doc, env.root, 'P');
        // Each label in its language: one line each, the second language's beneath.
        labels.forEach((l, i) => inLanguage(doc, row, lang, i === 0 ? lang : lang2, () => {
          doc.font(labelStyle.font).fontSize(labelStyle.size).fillColor(COLOR.muted);
          doc.text(l, x, y + 2 * s + i * labelStyle.size * 1.3, { width: labelW - 8, characterSpacing: 0.8, lineBreak: false });
        }));
        inLanguage(doc, row, lang, r.value.first.lang, () => doc.font(valueStyle.font).fontSize(valueStyle.size).fillColor(COLOR.ink).text(r.value.first.text, x + labelW, y, { width: valueW, height: v1 + 2 }));
        const second = r.value.second;
        if (second) inLanguage(doc, row, lang, second.lang, () => doc.font(value2Style.font).fontSize(value2Style.size).fillColor(COLOR.muted).text(second.text, x + labelW, y + v1, { width: valueW, height: v2 + 2 }));
        row.end();
      },
    }, 10 * s];
  });
  const marking = env.selection.marking;
  if (marking) {
    const h = 26 * s;
    below.push([{
      height: h,
      draw(y) {
        artifact(doc, () => doc.rect(x, y, width, h).fill(marking.color), 'Layout');
        const bar = group(doc, env.root, 'P');
        bar.add(() => doc.font(FONT.bold).fontSize(12 * s).fillColor(readableOn(marking.color)).text(marking.text.toUpperCase(), x, y + (h - 12 * s) / 2 - 1, { width, height: h, align: 'center', lineBreak: false }));
        bar.end();
      },
    }, 0]);
  }

  const stack = (pieces: [Piece, number][]): number => pieces.reduce((sum, [p, gap], i) => sum + p.height + (i < pieces.length - 1 ? gap : 0), 0);
  const panelTop = area.y - (wide ? 24 : 18);
  const contentTop = panelTop + (wide ? 44 : 40) * s;
  const belowH = stack(below) + 14 * s;
  // The panel holds its content and an accent rule below it; it grows to its usual share of the page when there is room.
  const panelNeed = contentTop + stack(panel) + 44 * s;
  const usual = page.height * (wide ? 0.6 : 0.46);
  const panelBottom = Math.max(panelNeed, Math.min(usual, limit - belowH - 26 * s));
  const belowTop = panelBottom + 26 * s;
  return {
    bottom: belowTop + belowH - 14 * s,
    draw() {
      artifact(doc, () => {
        doc.rect(0, panelTop, page.width, panelBottom - panelTop).fill(COLOR.navy);
        doc.rect(x, panelBottom - 26 * s, 72, 4).fill(COLOR.accent);
      }, 'Layout');
      let y = contentTop;
      for (const [p, gap] of panel) {
        p.draw(y);
        y += p.height + gap;
      }
      y = belowTop;
      for (const [p, gap] of below) {
        // The marking stands apart from the rows above it.
        if (p === below.at(-1)?.[0] && marking) y += 4 * s;
        p.draw(y);
        y += p.height + gap;
      }
    },
  };
}
