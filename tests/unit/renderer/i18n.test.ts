// Interface strings in English and Spanish.
import { describe, expect, it } from 'vitest';
import { slideCount, t } from '../../../renderer/i18n';

describe('interface strings', () => {
  it('says where the presenter is in each language', () => {
    expect(t('slideOf', 'en', { n: 2, m: 5 })).toBe('slide 2 of 5');
    expect(t('slideOf', 'es', { n: 2, m: 5 })).toBe('diapositiva 2 de 5');
  });

  it('counts one slide in the singular', () => {
    expect(slideCount(1, 'es')).toBe('1 diapositiva');
    expect(slideCount(3, 'en')).toBe('3 slides');
  });
});
