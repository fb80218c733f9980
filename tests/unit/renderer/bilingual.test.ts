// Bilingual mode adds the other language beneath a slide's text only where it says something the primary does not.
import { describe, expect, it } from 'vitest';
import { secondaryLine } from '../../../renderer/slides/bilingual';

describe('the secondary line under slide text', () => {
  it('is the translation when the text has its own wording in the secondary language', () => {
    expect(secondaryLine({ en: 'People and jobs', es: 'Personas y empleos' }, 'en', 'es')).toBe('Personas y empleos');
  });

  it('follows the primary language, whichever it is', () => {
    expect(secondaryLine({ en: 'People and jobs', es: 'Personas y empleos' }, 'es', 'en')).toBe('People and jobs');
  });

  it('is absent when bilingual mode is off', () => {
    expect(secondaryLine({ en: 'Trade', es: 'Comercio' }, 'en', null)).toBeNull();
  });

  it('is absent for a plain string, the same in every language', () => {
    expect(secondaryLine('13,800+', 'en', 'es')).toBeNull();
  });

  it('is absent when the secondary language is missing and would fall back to the primary', () => {
    expect(secondaryLine({ en: 'Only English' }, 'en', 'es')).toBeNull();
  });

  it('is absent when the primary is missing, since the slide already shows the secondary wording', () => {
    expect(secondaryLine({ es: 'Solo español' }, 'en', 'es')).toBeNull();
  });

  it('is absent when both languages read the same', () => {
    expect(secondaryLine({ en: 'China', es: 'China' }, 'en', 'es')).toBeNull();
  });

  it('is absent for text the slide does not have', () => {
    expect(secondaryLine(undefined, 'en', 'es')).toBeNull();
  });

  it('is absent when the secondary is the primary language', () => {
    expect(secondaryLine({ en: 'Trade', es: 'Comercio' }, 'es', 'es')).toBeNull();
  });
});
