// The bar chart's geometry comes from the data: the largest value fills the plot, the others in proportion.
import { describe, expect, it } from 'vitest';
import { Chart } from '../../../main/model/schema';
import { barBoxes, formatValue } from '../../../renderer/slides/chart-geometry';

const chart = Chart.parse({ prefix: '$', suffix: 'B', bars: [{ label: 'Mexico', value: 97.8 }, { label: 'China', value: 137.9 }] });

describe('bar chart geometry', () => {
  it('gives the largest value the full plot width and the others their share', () => {
    const [mexico, china] = barBoxes(chart, 600, 400);
    expect(china?.width).toBe(600);
    expect(mexico?.width).toBeCloseTo((97.8 / 137.9) * 600, 6);
  });

  it('stacks bars in rows without overlap', () => {
    const [a, b] = barBoxes(chart, 600, 400);
    expect(a && b && a.y + a.height <= b.y).toBe(true);
  });

  it('writes values with the chart’s prefix and suffix', () => {
    expect(formatValue(chart, 97.8, 'en-US')).toBe('$97.8B');
  });
});
