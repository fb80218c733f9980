// A horizontal bar chart drawn as vectors from the slide's data (no images), so it stays sharp and searchable.
import type { Chart, Lang } from '../model/schema';
import { hasLanguage, localize, localizedRun } from '../model/text';
import { drawHeight, fitBlock } from './fit-text';
import { FONT } from './fonts';
import { artifact, clipRuns, group, runsText, tagRuns, type Run } from './tagging';
import { COLOR } from './theme';
import type { Box } from './paginate';

export type { Box };

/** What a chart may be told beyond its data: a second language for its unit, and where to report cut labels. */
export interface ChartExtras {
  lang2?: Lang | undefined;
  onCut?: ((field: (string | number)[], lang: Lang) => void) | undefined;
  /**
   * Tagged export: the chart's structure goes under this element — its unit as a P (each language its own), the bars
   * as a Figure whose /Alt states every bar (chartAltText), and the bar labels and values as artifacts, since that
   * alt already says them and a screen reader would otherwise read every number twice.
   */
  struct?: PDFKit.PDFStructureElement | undefined;
}

/** "$97.8B"-style value text in `lang`: its prefix and suffix in that language, thousands separators for it. */
export function formatValue(chart: Chart, value: number, lang: Lang): string {
  const n = value.toLocaleString(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 2 });
  return `${localize(chart.prefix, lang)}${n}${localize(chart.suffix, lang)}`;
}

const BAR_CHART: Record<Lang, string> = { en: 'Bar chart', es: 'Gráfica de barras' };
const HIGHLIGHTED: Record<Lang, string> = { en: 'highlighted', es: 'destacado' };

/** The chart's alt text states its numbers: "Bar chart (billion US dollars): China $137.9B; Mexico $97.8B (highlighted)". */
export function chartAltText(chart: Chart, lang: Lang): string {
  const unit = localize(chart.unit, lang);
  const bars = chart.bars.map((b) => `${localize(b.label, lang)} ${formatValue(chart, b.value, lang)}${b.highlight ? ` (${HIGHLIGHTED[lang]})` : ''}`);
  return `${BAR_CHART[lang]}${unit ? ` (${unit})` : ''}: ${bars.join('; ')}`;
}

export function drawBarChart(doc: PDFKit.PDFDocument, chart: Chart, lang: Lang, box: Box, extras: ChartExtras = {}): void {
  const bars = chart.bars;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const labelW = Math.min(260, box.width * 0.3);
  const valueW = 120;
  const trackX = box.x + labelW + 16;
  const trackW = box.width - labelW - 16 - valueW;
  const parent = extras.struct;
  let top = box.y;
  if (chart.unit !== undefined) {
    const unit2 = extras.lang2 && extras.lang2 !== lang && hasLanguage(chart.unit, extras.lang2) ? localize(chart.unit, extras.lang2) : undefined;
    const unit = localizedRun(chart.unit, lang);
    // The unit reads on one line; its other language follows after a rule, as on screen.
    const runs: Run[] = unit2 && unit2.trim() !== unit.text.trim() ? [{ text: `${unit.text}  |  `, lang: unit.lang }, { text: unit2, lang: extras.lang2 }] : [unit];
    const b = fitBlock(doc, runsText(runs), undefined, { font: FONT.italic, width: box.width, height: 20, maxSize: 13, minSize: 10 });
    if (b.primary.cut) extras.onCut?.(['chart', 'unit'], lang);
    doc.font(FONT.italic).fontSize(b.primary.size).fillColor(COLOR.muted);
    const o = { width: box.width, height: drawHeight(b.height) };
    if (parent) tagRuns(doc, parent, 'P', lang, clipRuns(runs, b.primary.text), box.x, top, o);
    else doc.text(b.primary.text, box.x, top, o);
    top += 26;
  }
  const figure = parent ? group(doc, parent, 'Figure', { alt: chartAltText(chart, lang) }) : undefined;
  const graphic = (draw: () => void): void => (figure ? void figure.add(draw) : draw());
  const labels = (draw: () => void): void => (parent ? artifact(doc, draw, 'Layout') : draw());
  const slot = (box.y + box.height - top) / bars.length;
  const barH = Math.min(56, slot * 0.62);
  const labelSize = Math.max(12, Math.min(20, barH * 0.45));

  // Baseline first so bars sit on it.
  graphic(() => doc.moveTo(trackX, top).lineTo(trackX, top + slot * bars.length).lineWidth(1).strokeColor(COLOR.rule).stroke());
  bars.forEach((bar, i) => {
    const cy = top + slot * i + slot / 2;
    const w = Math.max(2, (bar.value / max) * trackW);
    graphic(() => doc.rect(trackX, cy - barH / 2, w, barH).fill(bar.highlight ? COLOR.accent : COLOR.bar));
    const font = bar.highlight ? FONT.semibold : FONT.regular;
    const b = fitBlock(doc, localize(bar.label, lang), undefined, { font, width: labelW, height: Math.max(slot - 2, 12), maxSize: labelSize, minSize: Math.min(labelSize, 10) });
    if (b.primary.cut) extras.onCut?.(['chart', 'bars', i, 'label'], lang);
    labels(() => {
      doc.font(font).fontSize(b.primary.size).fillColor(COLOR.ink);
      if (b.primary.text) doc.text(b.primary.text, box.x, cy - b.height / 2, { width: labelW, align: 'right', height: drawHeight(b.height) });
      doc.font(FONT.semibold).fontSize(labelSize + 2).fillColor(bar.highlight ? COLOR.accent : COLOR.navy);
      doc.text(formatValue(chart, bar.value, lang), trackX + w + 10, cy - (labelSize + 2) * 0.62, { width: valueW, height: labelSize * 2, lineBreak: false });
    });
  });
  figure?.end();
}
