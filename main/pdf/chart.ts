// A horizontal bar chart drawn as vectors from the slide's data (no images), so it stays sharp and searchable.
import type { Chart, Lang } from '../model/schema';
import { localize } from '../model/text';
import { FONT } from './fonts';
import { COLOR } from './theme';

export interface Box { x: number; y: number; width: number; height: number }

/** "$97.8B"-style value text, with thousands separators for the language. */
export function formatValue(chart: Chart, value: number, lang: Lang): string {
  const n = value.toLocaleString(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 2 });
  return `${chart.prefix}${n}${chart.suffix}`;
}

export function drawBarChart(doc: PDFKit.PDFDocument, chart: Chart, lang: Lang, box: Box): void {
  const bars = chart.bars;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const labelW = Math.min(260, box.width * 0.3);
  const valueW = 120;
  const trackX = box.x + labelW + 16;
  const trackW = box.width - labelW - 16 - valueW;
  let top = box.y;
  const unit = localize(chart.unit, lang);
  if (unit) {
    doc.font(FONT.italic).fontSize(13).fillColor(COLOR.muted).text(unit, box.x, top, { width: box.width, height: 20, lineBreak: false });
    top += 26;
  }
  const slot = (box.y + box.height - top) / bars.length;
  const barH = Math.min(56, slot * 0.62);
  const labelSize = Math.max(12, Math.min(20, barH * 0.45));

  // Baseline first so bars sit on it.
  doc.moveTo(trackX, top).lineTo(trackX, top + slot * bars.length).lineWidth(1).strokeColor(COLOR.rule).stroke();
  bars.forEach((bar, i) => {
    const cy = top + slot * i + slot / 2;
    const w = Math.max(2, (bar.value / max) * trackW);
    doc.rect(trackX, cy - barH / 2, w, barH).fill(bar.highlight ? COLOR.accent : COLOR.bar);
    const label = localize(bar.label, lang);
    doc.font(bar.highlight ? FONT.semibold : FONT.regular).fontSize(labelSize).fillColor(COLOR.ink);
    const lh = doc.heightOfString(label, { width: labelW });
    doc.text(label, box.x, cy - Math.min(lh, slot) / 2, { width: labelW, align: 'right', height: slot, ellipsis: true });
    doc.font(FONT.semibold).fontSize(labelSize + 2).fillColor(bar.highlight ? COLOR.accent : COLOR.navy);
    doc.text(formatValue(chart, bar.value, lang), trackX + w + 10, cy - (labelSize + 2) * 0.62, { width: valueW, height: labelSize * 2, lineBreak: false });
  });
}
