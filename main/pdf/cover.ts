// The cover page every layout opens with: title, organization, presenter, date and the export's classification.
import type { Lang, Text } from '../model/schema';
import { localize, localizedRun } from '../model/text';
import { drawFitted, fitBlock } from './fit-text';
import { FONT, type FontFace } from './fonts';
import type { DrawEnv, PlannedPage } from './layout';
import { readableOn } from './page-frame';
import { artifact, group, inLanguage, tag, tagRuns, type Run } from './tagging';
import { COLOR } from './theme';
import { WORDS } from './words';

/** Text in the export's language (as a run: with the language it is written in), and the second language's
 * wording when it differs (bilingual). */
function both(text: Text, lang: Lang, lang2: Lang | undefined): [Run & { text: string }, string | undefined] {
  const a = localizedRun(text, lang);
  const b = lang2 ? localize(text, lang2) : undefined;
  return [a, b && b !== a.text ? b : undefined];
}

/** /Lang for an element whose text is in `lang`, when that is not the document's. */
const langOption = (lang: Lang | undefined, doc: Lang): { lang?: Lang } => (lang && lang !== doc ? { lang } : {});

/** The cover; `kind` says what the document is ("Speaker notes", "Handout, six slides per page"). */
export function planCover(kind: string): PlannedPage {
  return { anchors: [], draw: (env) => drawCover(env, kind) };
}

function drawCover(env: DrawEnv, kind: string): void {
  const { doc, page, area, briefing, lang, lang2 } = env;
  const meta = briefing.meta;
  const wide = page.width > page.height;
  const scale = wide ? 1.25 : 1;
  const panelTop = area.y - (wide ? 24 : 18);
  const panelBottom = page.height * (wide ? 0.62 : 0.46);
  artifact(doc, () => {
    doc.rect(0, panelTop, page.width, panelBottom - panelTop).fill(COLOR.navy);
    doc.rect(area.x, panelBottom - 28, 72, 4).fill(COLOR.accent);
  }, 'Layout');
  const x = area.x;
  const width = area.width;
  let y = panelTop + (wide ? 56 : 48);
  const [org, org2] = both(meta.organization, lang, lang2);
  // Two labels share one line: each shrinks (to 70 %) before it is cut, and a cut is reported (fit-text).
  const orgText = [org.text, org2].filter(Boolean).join(' / ').toUpperCase();
  const label = (text: string, font: FontFace, w: number) => fitBlock(doc, text, undefined, { font, width: w, height: 15 * scale, maxSize: 11 * scale, minSize: Math.floor(7.7 * scale) });
  const orgFit = label(orgText, FONT.semibold, width * 0.5);
  const kindFit = label(kind, FONT.italic, width * 0.5 - 12);
  const orgY = y + (11 * scale - orgFit.primary.size) * 0.8;
  doc.font(FONT.semibold).fontSize(orgFit.primary.size).fillColor(COLOR.accent);
  // Each language its own run (and /Lang); a cut line is one run in the first language.
  const orgRuns: Run[] = orgFit.primary.cut ? [{ text: orgFit.primary.text, lang: org.lang }]
    : org2 ? [{ text: `${org.text.toUpperCase()} / `, lang: org.lang }, { text: org2.toUpperCase(), lang: lang2 }] : [{ ...org, text: org.text.toUpperCase() }];
  tagRuns(doc, env.root, 'P', lang, orgRuns, x, orgY, { width: width * 0.5, height: 16 * scale, lineBreak: false });
  tag(doc, env.root, 'P', () => {
    doc.font(FONT.italic).fontSize(kindFit.primary.size).fillColor('#aab8cc');
    doc.text(kindFit.primary.text, x + width * 0.5 + 12, y - 1 + (11 * scale - kindFit.primary.size) * 0.8, { width: width * 0.5 - 12, height: 16 * scale, align: 'right', lineBreak: false });
  });
  y += 26 * scale;
  const [title, title2] = both(meta.title, lang, lang2);
  tag(doc, env.root, 'H1', () => {
    doc.fillColor('#ffffff');
    y += drawFitted(doc, title.text, x, y, { font: FONT.bold, width, height: 110 * scale, maxSize: 30 * scale, minSize: 18, lineGap: -1 }) + 8;
  }, langOption(title.lang, lang));
  if (title2) {
    tag(doc, env.root, 'P', () => {
      doc.fillColor('#c9d3e0');
      y += drawFitted(doc, title2, x, y, { font: FONT.italic, width, height: 60 * scale, maxSize: 17 * scale, minSize: 11 }) + 8;
    }, { lang: lang2 ?? lang });
  }
  const [sub] = meta.subtitle ? both(meta.subtitle, lang, lang2) : [undefined];
  if (sub && y < panelBottom - 70 * scale) {
    tag(doc, env.root, 'P', () => {
      doc.fillColor('#dbe3ee');
      drawFitted(doc, sub.text, x, y, { font: FONT.regular, width, height: Math.min(60 * scale, panelBottom - 40 - y), maxSize: 16 * scale, minSize: 11 });
    }, langOption(sub.lang, lang));
  }

  // Who, when and how marked, below the panel.
  let by = panelBottom + 30 * scale;
  // Each row: Puente's own label in the export's language, then the value in the language the pack gives it in.
  const rows: [string, Run][] = [];
  const presenter = localizedRun(meta.presenter, lang);
  if (presenter?.text) rows.push([lang === 'es' ? 'Presenta' : 'Presenter', presenter]);
  const when = meta.date ?? (meta.asOf ? `${WORDS[lang].asOf} ${meta.asOf}` : undefined);
  if (when) rows.push([lang === 'es' ? 'Fecha' : 'Date', { text: when, lang: meta.date ? undefined : lang }]);
  rows.push([lang === 'es' ? 'Organización' : 'Organization', org]);
  for (const [k, v] of rows) {
    const row = group(doc, env.root, 'P');
    row.add(() => doc.font(FONT.semibold).fontSize(9 * scale).fillColor(COLOR.muted).text(k.toUpperCase(), x, by, { width: 120 * scale, height: 14 * scale, characterSpacing: 0.8, lineBreak: false }));
    inLanguage(doc, row, lang, v.lang, () => doc.font(FONT.regular).fontSize(13 * scale).fillColor(COLOR.ink).text(v.text, x + 120 * scale, by - 2 * scale, { width: width - 120 * scale, height: 18 * scale, lineBreak: false, ellipsis: true }));
    row.end();
    by += 24 * scale;
  }
  const marking = env.selection.marking;
  if (marking) {
    by += 14 * scale;
    const h = 26 * scale;
    artifact(doc, () => doc.rect(x, by, width, h).fill(marking.color), 'Layout');
    tag(doc, env.root, 'P', () => {
      doc.font(FONT.bold).fontSize(12 * scale).fillColor(readableOn(marking.color));
      doc.text(marking.text.toUpperCase(), x, by + (h - 12 * scale) / 2 - 1, { width, height: h, align: 'center', lineBreak: false });
    });
  }
}
