// Interface strings in English and Spanish.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORDS } from '../../../main/pdf/words';
import { EXPORT_LAYOUT_TEXT, slideCount, STRINGS, t, type UiKey } from '../../../renderer/i18n';
import { keyName, SHORTCUTS } from '../../../renderer/shortcuts';

describe('interface strings', () => {

  it('counts one slide in the singular', () => {
    expect(slideCount(1, 'es')).toBe('1 diapositiva');
    expect(slideCount(3, 'en')).toBe('3 slides');
  });
});

describe('one table of interface strings', () => {
  const root = join(__dirname, '../../..');
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('gives every key an English and a Spanish string with the same placeholders', () => {
    const keys = Object.keys(STRINGS) as UiKey[];
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      const { en, es } = STRINGS[key];
      expect(en.trim(), key).not.toBe('');
      expect(es.trim(), key).not.toBe('');
      expect(placeholders(es), key).toEqual(placeholders(en));
    }
  });

  it('has no key the interface never shows', () => {
    const sources = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? sources(`${dir}/${d.name}`) : /\.(svelte|ts)$/.test(d.name) ? [`${dir}/${d.name}`] : [],
      );
    const text = sources('renderer')
      .map((f) => readFileSync(join(root, f), 'utf8'))
      // In the table's own file only its calls count, not the keys it defines.
      .map((body) => (body.includes('export const STRINGS') ? [...body.matchAll(/t\('\w+'/g)].join(' ') : body))
      .join('\n');
    expect((Object.keys(STRINGS) as UiKey[]).filter((k) => !text.includes(`'${k}'`))).toEqual([]);
  });

  it('is the only table: no component keeps its own English/Spanish strings', () => {
    const svelte = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? svelte(`${dir}/${d.name}`) : d.name.endsWith('.svelte') ? [`${dir}/${d.name}`] : [],
      );
    const files = svelte('renderer');
    expect(files).toContain('renderer/presenter/PresenterView.svelte');
    const withTables = files.filter((f) => /\bes:\s*['"{]/.test(readFileSync(join(root, f), 'utf8')));
    expect(withTables).toEqual([]);
  });

  it('says where a slide is with one deck-wide number and the topic position beside it', () => {
    expect(t('slidePlace', 'en', { n: 9, m: 17, topic: 2, k: 3, j: 4 })).toBe('Slide 9 of 17 · Topic 2, 3 of 4');
    expect(t('slidePlace', 'es', { n: 9, m: 17, topic: 2, k: 3, j: 4 })).toBe('Diapositiva 9 de 17 · Tema 2, 3 de 4');
  });
});

describe('the Spanish a Mexican official reads in the interface and the PDF', () => {
  // Every file that keeps Spanish interface or PDF words (see the interface-strings review).
  const FILES = [
    'renderer/i18n.ts',
    'renderer/shortcuts.ts',
    'renderer/presenter/PresenterView.svelte',
    'renderer/overview/Overview.svelte',
    'renderer/search/SearchDialog.svelte',
    'renderer/views/ToastMessage.svelte',
    'main/pdf/words.ts',
    'main/pdf/chart.ts',
  ];
  const source = FILES.map((f) => readFileSync(join(__dirname, '../../..', f), 'utf8')).join('\n');

  it.each([
    ['"sesión" for a briefing (reads as a login)', /\bsesi[oó]n/i],
    ['"orador" for the presenter', /\borador/i],
    ['"folleto" for a handout (a brochure in Mexico)', /\bfolleto/i],
    ['Spain\'s "pulse" for pressing a key', /\bpulse\b/i],
    ['Spain\'s "gráfico" for a chart', /\bgr[aá]fico\b/i],
    ['"Documento previo" (reads as "the earlier document")', /documento previo/i],
    ['"Guardar como" for saving a run (the Save As command)', /guardar como/i],
  ])('has no %s', (_, word) => {
    expect(source).not.toMatch(word);
  });

  it('names keys as Latin-American keycaps do on the Spanish card, and as printed on the English one', () => {
    expect(SHORTCUTS.flatMap((s) => s.keys.map((k) => keyName(k, 'es')))).toEqual(
      expect.arrayContaining(['Espacio', 'Av Pág', 'Re Pág', 'Inicio', 'Fin', 'Mayús F5', 'Retroceso', 'Esc', 'Enter']),
    );
    const spanish = SHORTCUTS.flatMap((s) => s.keys.map((k) => keyName(k, 'es')));
    for (const english of ['Space', 'PgDn', 'PgUp', 'Home', 'End', 'Shift F5', 'Backspace']) expect(spanish).not.toContain(english);
    expect(keyName('Backspace', 'en')).toBe('Backspace');
  });

  it('says "presentación" for the briefing and "material impreso" for handouts', () => {
    expect(t('openBriefing', 'es')).toBe('Abrir presentación…');
    expect(EXPORT_LAYOUT_TEXT['handout-3'].es.name).toBe('Impreso · 3');
    expect(t('exportNotes', 'es')).toBe('Notas del presentador');
  });

  it('heads the PDF as Mexican official documents do', () => {
    expect(WORDS.es.contents).toBe('Índice');
    expect(WORDS.es.asOf).toBe('Datos al');
    expect(WORDS.es.item).toBe('Concepto');
  });
});
