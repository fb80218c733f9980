// Spec: the words the slides layout adds around a briefing's own text (source lines, chart values, page selection).
import { expect, test } from 'vitest';
import { chartAltText, formatValue } from '../../../main/pdf/chart';
import { sourceLine } from '../../../main/pdf/slides';
import { selectGroups } from '../../../main/pdf/selection';
import { allLayouts } from './all-layouts';

const briefing = allLayouts();
const slide = (id: string) => {
  const s = briefing.topics.flatMap((t) => t.slides).find((x) => x.id === id);
  if (!s) throw new Error(`no slide ${id}`);
  return s;
};

test('a source line reads "Source: publisher, title, date" for one source', () => {
  expect(sourceLine(briefing, slide('trade'), 'en')).toBe('Source: Office of the Governor, Press release, 2025-06-01');
});

test('a source line is labelled in Spanish and lists a figure’s own source once, after the slide’s', () => {
  expect(sourceLine(briefing, slide('six'), 'es')).toBe('Fuentes: Office of the Governor, Press release, 2025-06-01; Census Bureau, Census tables, 2024');
});

test('a slide citing nothing has no source line', () => {
  expect(sourceLine(briefing, slide('said'), 'en')).toBeUndefined();
});

test('chart values read with the chart’s prefix and suffix and thousands separators', () => {
  const chart = { kind: 'bar' as const, prefix: '$', suffix: 'B', bars: [{ label: 'x', value: 1, highlight: false }] };
  expect(formatValue(chart, 97.8, 'en')).toBe('$97.8B');
  expect(formatValue(chart, 13800, 'en')).toBe('$13,800B');
});

test('chart values read with the prefix and suffix of their language', () => {
  const chart = { kind: 'bar' as const, prefix: { en: '$', es: 'US$' }, suffix: { en: 'B', es: ' mmdd' }, bars: [{ label: 'x', value: 1, highlight: false }] };
  expect(formatValue(chart, 137.9, 'en')).toBe('$137.9B');
  expect(formatValue(chart, 137.9, 'es')).toBe('US$137.9 mmdd');
  expect(chartAltText(chart, 'es')).toBe('Gráfica de barras: x US$1 mmdd');
});

test('chart values read exactly as Number#toLocaleString writes them in each language (the formatter is reused)', () => {
  const chart = { kind: 'bar' as const, prefix: '', suffix: '', bars: [{ label: 'x', value: 1, highlight: false }] };
  const values = [0, -0, 1, -1, 0.005, 1.005, 2.675, 0.125, -2.5, 999.995, 1234.5678, 13800, 1e6 + 0.015, 123456789.125, 1e21, -7e-7, 0.1 + 0.2];
  for (const lang of ['en', 'es'] as const) {
    for (const v of values) expect(formatValue(chart, v, lang)).toBe(v.toLocaleString(lang === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 2 }));
  }
});

test('backup slides are left out, and so is a topic holding nothing else', () => {
  const groups = selectGroups(briefing, undefined, 'exclude');
  expect(groups.map((g) => g.topic.id)).toEqual(['opening', 'figures', 'more']);
  expect(groups.flatMap((g) => g.slides).some((s) => s.backup)).toBe(false);
});
