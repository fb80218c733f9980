// Geometry of a horizontal bar chart, computed from the data alone so it can be checked without a DOM.
import type { Chart, Lang } from '../../main/model/schema';
import { localize } from '../../main/model/text';

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

/** A bar's value as it reads in `lang`: its prefix, the number grouped as the language groups digits, its suffix. */
export function formatValue(chart: Chart, value: number, lang: Lang): string {
  const n = value.toLocaleString(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 2 });
  return `${localize(chart.prefix, lang)}${n}${localize(chart.suffix, lang)}`;
}

export interface BarLabelLines {
  /** Two lines (translation beneath) when the row has room, else one line with the translation after the label. */
  stacked: boolean;
  /** Type size of the label in the audience's language. */
  size: number;
  /** Type size of its translation (0 when monolingual). */
  secondarySize: number;
  /** Vertical offsets from the row's centre to each line's centre (both 0 on one line). */
  primaryDy: number;
  secondaryDy: number;
}

const LABEL_SIZE = 32;
const STACK_MIN_ROW = 52;
const LABEL_FLOOR = 20;
const SECONDARY_RATIO = 0.62;
const INLINE_RATIO = 0.7;
const LINE_GAP = 4;

/** How a bar's label sits in its row: alone, with its translation smaller beneath, or (crowded rows) just after it. */
export function barLabelLines(rowHeight: number, bilingual: boolean): BarLabelLines {
  if (!bilingual) return { stacked: false, size: LABEL_SIZE, secondarySize: 0, primaryDy: 0, secondaryDy: 0 };
  if (rowHeight < STACK_MIN_ROW) {
    const size = Math.round(Math.max(LABEL_FLOOR, Math.min(LABEL_SIZE, rowHeight * 0.6)));
    return { stacked: false, size, secondarySize: Math.round(size * INLINE_RATIO), primaryDy: 0, secondaryDy: 0 };
  }
  // Both lines and the gap take 90 % of the row at most, so neighbouring labels never touch.
  const fit = (rowHeight * 0.9 - LINE_GAP) / (1 + SECONDARY_RATIO);
  const size = Math.round(Math.min(LABEL_SIZE, fit));
  const secondarySize = Math.round(size * SECONDARY_RATIO);
  return { stacked: true, size, secondarySize, primaryDy: -(secondarySize + LINE_GAP) / 2, secondaryDy: (size + LINE_GAP) / 2 };
}
