// An export repeats exactly the pack's warnings about what it prints: a text in a language it does not print, or
// speaker notes it leaves out, cannot be a reason to refuse it (--strict) or to alarm the briefer. A source's title
// prints on every slide that cites it and on the sources page, so it is checked like any other text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { warningsForExport } from '../../../main/model/export-warnings';
import { parsePath, formatPath } from '../../../main/model/problems';
import type { ExportOptionsInput } from '../../../main/model/export-options';

const PRIVATE = '\uE000'; // a private-use character: no face draws it

async function pack() {
  const dir = mkdtempSync(join(tmpdir(), 'puente-export-warnings-'));
  writeFileSync(join(dir, 'briefing.yaml'), [
    'puente: 1',
    'meta: { title: T, organization: O, languages: [en, es] }',
    'sources:',
    `  - { id: gov, title: "Report ${PRIVATE}", publisher: Office, date: 2025-06-01 }`,
    'topics:',
    '  - id: a',
    '    title: { en: A, es: A }',
    '    slides:',
    `      - id: es-only`,
    '        layout: bullets',
    `        title: { en: "Fine", es: "Bien ${PRIVATE}" }`,
    '        bullets:',
    `          - { en: "Only English ${PRIVATE}" }`,
    `        notes: { en: "Say it ${PRIVATE}", es: "Dilo" }`,
    '        sources: [gov]',
    '',
  ].join('\n'));
  const loaded = await loadBriefing(dir);
  if (loaded.status !== 'loaded') throw new Error(`the pack does not load: ${JSON.stringify(loaded).slice(0, 600)}`);
  return loaded;
}

const paths = async (o: ExportOptionsInput) => {
  const loaded = await pack();
  return warningsForExport(loaded.warnings, loaded.briefing, o).filter((w) => w.message.includes('U+E000')).map((w) => w.path).sort();
};

test('each language\'s text warns only where that language prints, or stands in for a missing translation', async () => {
  expect(await paths({ layout: 'slides', lang: 'en' })).toEqual(['sources[0].title', 'topics[0].slides[0].bullets[0].en']);
  // Spanish prints the Spanish title, and the English point in place of its missing translation.
  expect(await paths({ layout: 'slides', lang: 'es' })).toEqual(['sources[0].title', 'topics[0].slides[0].bullets[0].en', 'topics[0].slides[0].title.es']);
  expect(await paths({ layout: 'slides', lang: 'both' })).toEqual(['sources[0].title', 'topics[0].slides[0].bullets[0].en', 'topics[0].slides[0].title.es']);
});

test('speaker notes warn only in an export that prints them', async () => {
  const notes = 'topics[0].slides[0].notes.en';
  expect(await paths({ layout: 'slides', lang: 'en' })).not.toContain(notes);
  expect(await paths({ layout: 'handout-2', lang: 'en' })).not.toContain(notes);
  expect(await paths({ layout: 'handout-2', lang: 'en', notes: true })).toContain(notes);
  expect(await paths({ layout: 'notes', lang: 'en' })).toContain(notes);
  expect(await paths({ format: 'pptx', layout: 'slides', lang: 'en', notes: true })).toContain(notes);
  expect(await paths({ layout: 'notes', lang: 'es' })).not.toContain(notes); // Spanish notes print, and are fine
});

test('a placed path reads back as the keys it was written from', () => {
  for (const p of [['topics', 1, 'slides', 3, 'layout'], ['sources', 0, 'title'], ['meta', 'title', 'es'], []]) expect(parsePath(formatPath(p))).toEqual(p);
});
