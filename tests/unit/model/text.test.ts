// Spec: inBoth is the one rule for "the other language's wording, when it differs" that every printed layout follows.
import { expect, test } from 'vitest';
import { inBoth } from '../../../main/model/text';

test('a monolingual export gives the first wording alone', () => {
  expect(inBoth({ en: 'Border', es: 'Frontera' }, 'en', undefined)).toEqual({ first: { text: 'Border', lang: 'en' }, second: undefined });
});

test('a bilingual export gives the second language’s wording, in its language, when it differs', () => {
  expect(inBoth({ en: 'Border', es: 'Frontera' }, 'en', 'es')).toEqual({ first: { text: 'Border', lang: 'en' }, second: { text: 'Frontera', lang: 'es' } });
});

test('the same words in both languages, a plain string or a missing translation give no second wording', () => {
  expect(inBoth({ en: 'Cal OES', es: 'Cal OES' }, 'en', 'es').second).toBeUndefined();
  expect(inBoth('NORAD', 'en', 'es')).toEqual({ first: { text: 'NORAD', lang: undefined }, second: undefined });
  expect(inBoth({ en: 'Only English' }, 'es', 'en')).toEqual({ first: { text: 'Only English', lang: 'en' }, second: undefined });
});
