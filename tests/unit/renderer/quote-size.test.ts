import { expect, test } from 'vitest';
import { quoteFontSize } from '../../../renderer/slides/quote-size';

test('a short quote is set large', () => expect(quoteFontSize(80)).toBe(50));
test('longer quotes get smaller type, never below the readable floor', () => {
  const sizes = [100, 200, 280, 380, 900].map(quoteFontSize);
  expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  expect(Math.min(...sizes)).toBe(27);
});
