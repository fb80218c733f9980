// The bar chart's geometry comes from the data: the largest value fills the plot, the others in proportion.
import { describe, expect, it } from 'vitest';
import { Chart } from '../../../main/model/schema';
import { barBoxes, barLabelLines, formatValue } from '../../../renderer/slides/chart-geometry';

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
    expect(formatValue(chart, 97.8, 'en')).toBe('$97.8B');
    expect(formatValue(chart, 13800, 'es')).toBe('$13,800B');
  });

  it('writes values with the prefix and suffix of the language, spaces kept, an empty one left out', () => {
    const byLang = Chart.parse({ prefix: { en: '$', es: '' }, suffix: { en: 'B', es: ' mmdd' }, bars: [{ label: 'México', value: 97.8 }] });
    expect(formatValue(byLang, 97.8, 'en')).toBe('$97.8B');
    expect(formatValue(byLang, 97.8, 'es')).toBe('97.8 mmdd');
  });

  it('falls back to the other language when an affix has only one', () => {
    const oneSided = Chart.parse({ prefix: { en: 'US$' }, bars: [{ label: 'x', value: 1 }] });
    expect(formatValue(oneSided, 5, 'es')).toBe('US$5');
  });
});

describe('bar labels in bilingual mode', () => {
  it('centre a lone label in its row at full size', () => {
    expect(barLabelLines(100, false)).toEqual({ stacked: false, size: 32, secondarySize: 0, primaryDy: 0, secondaryDy: 0 });
  });

  it('put the translation beneath the label, smaller', () => {
    const l = barLabelLines(115, true);
    expect(l.secondaryDy).toBeGreaterThan(l.primaryDy);
    expect(l.secondarySize).toBeLessThan(l.size);
  });

  it('keep two stacked lines inside a modest row', () => {
    const l = barLabelLines(60, true);
    expect(l.stacked).toBe(true);
    expect(l.secondaryDy + l.secondarySize / 2 - (l.primaryDy - l.size / 2)).toBeLessThanOrEqual(60);
  });

  it('put the translation after the label on one line when rows are crowded', () => {
    const l = barLabelLines(32, true);
    expect(l.stacked).toBe(false);
    expect(l.size).toBeLessThanOrEqual(32);
    expect(l.secondarySize).toBeLessThan(l.size);
  });
});
