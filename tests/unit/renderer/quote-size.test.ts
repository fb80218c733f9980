import { describe, expect, it, test } from 'vitest';
import { bilingualQuoteSizes, quoteFontSize } from '../../../renderer/slides/quote-size';

test('a short quote is set large', () => expect(quoteFontSize(80)).toBe(50));
test('longer quotes get smaller type, never below the readable floor', () => {
  const sizes = [100, 200, 280, 380, 900].map(quoteFontSize);
  expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  expect(Math.min(...sizes)).toBe(27);
});

describe('a quote with its translation beneath', () => {
  it('keeps a short quote and its translation large', () => {
    expect(bilingualQuoteSizes(60, 70, true).primary).toBe(50);
  });

  it('sets the translation at about 60 % of the quote', () => {
    const { primary, secondary } = bilingualQuoteSizes(60, 70, true);
    expect(secondary / primary).toBeCloseTo(0.6, 1);
  });

  it('sets a long quote smaller than it would be alone, to make room for its translation', () => {
    expect(bilingualQuoteSizes(320, 380, true).primary).toBeLessThan(quoteFontSize(320));
  });

  it('never sets the translation below 20 px', () => {
    expect(bilingualQuoteSizes(900, 1000, true).secondary).toBeGreaterThanOrEqual(20);
  });

  it('gives more room when the slide has no title', () => {
    expect(bilingualQuoteSizes(300, 340, false).primary).toBeGreaterThanOrEqual(bilingualQuoteSizes(300, 340, true).primary);
  });
});
