// What names a slide in lists: the title; for an untitled quote slide its speaker in print, its words on screen; else its id.
import { describe, expect, it } from 'vitest';
import { Slide } from '../../../main/model/schema';
import { slideTitleRun, slideTitleText } from '../../../main/model/slide-title';
import { slideTitle } from '../../../main/pdf/selection';
import { slideTitleText as listTitle } from '../../../renderer/search/find-slides';

const quote = Slide.parse({
  id: 'q',
  layout: 'quote',
  quote: { en: 'One frontier.', es: 'Una frontera.' },
  attribution: { en: 'The Governor' },
});
const titled = Slide.parse({ id: 't', layout: 'bullets', title: { en: 'Border', es: 'Frontera' }, bullets: ['x'] });

describe('slide titles', () => {
  it('names a slide by its title in the language asked, with that language', () => {
    expect(slideTitleRun(titled, 'es', 'speaker')).toEqual({ text: 'Frontera', lang: 'es' });
    expect(slideTitleText(titled, 'es', 'quote')).toBe('Frontera');
  });

  it('names an untitled quote slide by its speaker in print and by its words on screen', () => {
    expect(slideTitleText(quote, 'es', 'speaker')).toBe('The Governor');
    expect(slideTitleRun(quote, 'es', 'speaker').lang).toBe('en');
    expect(slideTitleText(quote, 'es', 'quote')).toBe('Una frontera.');
  });

  it('is the rule the PDF and the on-screen lists both ask', () => {
    expect(slideTitle(quote, 'en')).toBe(slideTitleText(quote, 'en', 'speaker'));
    expect(listTitle(quote, 'en')).toBe(slideTitleText(quote, 'en', 'quote'));
  });
});
