// Geometry of a horizontal bar chart, computed from the data alone so it can be checked without a DOM.
import type { Chart } from '../../main/model/schema';

export interface BarBox {
  y: number;
  width: number;
  height: number;
}

/** Boxes for each bar: widths proportional to the largest value, rows of equal height with a gap. */
export function barBoxes(chart: Chart, plotWidth: number, plotHeight: number): BarBox[] {
  const max = Math.max(...chart.bars.map((b) => b.value), 0);
  const row = plotHeight / chart.bars.length;
  const height = Math.min(row * 0.68, 110);
  return chart.bars.map((b, i) => ({
    y: i * row + (row - height) / 2,
    width: max > 0 ? (b.value / max) * plotWidth : 0,
    height,
  }));
}

/** A bar's value as it reads: prefix, the number in the language's digits grouping, suffix. */
export function formatValue(chart: Chart, value: number, locale: string): string {
  return `${chart.prefix}${value.toLocaleString(locale, { maximumFractionDigits: 2 })}${chart.suffix}`;
}
