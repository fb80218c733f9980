// Spec (issue 15): the run-sheet layout prints the run of show on one page — title, slot and planned total, each
// topic with its planned time and clock times from the start, and the backup slides kept for questions — read back
// with pdftotext, in English and in Spanish; with many topics it shrinks its type rather than spill onto a page 2.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Briefing } from '../../../main/model/schema';
import { exportPdf, ExportError, planExport } from '../../../main/pdf/export';
import { clockAt } from '../../../main/pdf/run-sheet';
import { pageCount, pageText } from './read-pdf';

const deck = Briefing.parse({
  puente: 1,
  meta: { title: { en: 'Border update', es: 'Novedades de la frontera' }, organization: 'O', languages: ['en', 'es'] },
  topics: [
    { id: 'a', title: { en: 'Opening', es: 'Apertura' }, duration: '3m', slides: [{ id: 'a1', layout: 'title', title: 'A' }, { id: 'a2', layout: 'title', title: 'A2' }] },
    {
      id: 'b',
      title: { en: 'Crossings', es: 'Cruces' },
      duration: '5m',
      slides: [
        { id: 'b1', layout: 'title', title: 'B' },
        { id: 'bx', layout: 'title', title: { en: 'Crossings by month', es: 'Cruces por mes' }, backup: true },
      ],
    },
    { id: 'c', title: { en: 'Next steps', es: 'Próximos pasos' }, duration: '1m30s', slides: [{ id: 'c1', layout: 'title', title: 'C' }] },
  ],
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-runsheet-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheet = async (name: string, opts: Parameters<typeof exportPdf>[1] extends infer O ? Partial<O> : never, pack = deck) => {
  const outPath = join(dir, name);
  const done = await exportPdf(pack, { layout: 'run-sheet', lang: 'en', ...opts, outPath, packDir: dir });
  return { file: outPath, ...done };
};

describe('run sheet in English', () => {
  test('one page: title, start, slot, each topic with its planned time and clock times, the backup slides', async () => {
    const { file, pages, cuts } = await sheet('en.pdf', { start: '14:30', slot: '10m' });
    expect(pages).toBe(1);
    expect(pageCount(file)).toBe(1);
    expect(cuts).toEqual([]);
    const text = pageText(file, 1);
    expect(text).toContain('Border update');
    expect(text).toContain('Start: 14:30');
    expect(text).toContain('Slot: 10 min');
    expect(text).toContain('Planned total: 9 min 30 s');
    expect(text).toMatch(/1 Opening 3 min 14:30–14:33/);
    expect(text).toMatch(/2 Crossings 5 min 14:33–14:38/);
    // 14:38 plus 1 min 30 s, rounded to the minute.
    expect(text).toMatch(/3 Next steps 1 min 30 s 14:38–14:40/);
    expect(text).toContain('Backup slides for questions');
    expect(text).toContain('Crossings — Crossings by month');
  });

  test('a tailored run order prints only its topics, in its order, timed from its start; over the slot is said', async () => {
    const { file } = await sheet('order.pdf', { topics: ['c', 'a'], start: '9:00', slot: '4m' });
    const text = pageText(file, 1);
    expect(text).toMatch(/1 Next steps 1 min 30 s 9:00–9:02/);
    expect(text).toMatch(/2 Opening 3 min 9:02–9:05/);
    expect(text).not.toContain('Crossings');
    expect(text).toContain('30 s over the slot');
    expect(text).toContain('No backup slides');
  });

  test('without a start time, the times run from 0:00 as the presenter timer shows them', async () => {
    const text = pageText((await sheet('nostart.pdf', {})).file, 1);
    expect(text).toMatch(/1 Opening 3 min 0:00–3:00/);
    expect(text).toMatch(/3 Next steps 1 min 30 s 8:00–9:30/);
    expect(text).not.toContain('Slot');
  });
});

test('run sheet in Spanish: the labels and the topics in Spanish', async () => {
  const { file } = await sheet('es.pdf', { lang: 'es', start: '14:30', slot: '10m' });
  const text = pageText(file, 1);
  expect(text).toContain('Novedades de la frontera');
  expect(text).toContain('Inicio: 14:30');
  expect(text).toContain('Tiempo asignado: 10 min');
  expect(text).toContain('Tema');
  expect(text).toMatch(/2 Cruces 5 min 14:33–14:38/);
  expect(text).toContain('Diapositivas de reserva para preguntas');
  expect(text).toContain('Cruces — Cruces por mes');
});

test('run sheet in both languages prints each label in both', async () => {
  const text = pageText((await sheet('both.pdf', { lang: 'both', start: '14:30' })).file, 1);
  expect(text).toContain('Start / Inicio: 14:30');
  expect(text).toContain('Opening / Apertura');
  expect(text).toContain('Backup slides for questions / Diapositivas de reserva para preguntas');
  // The backup list too: the topic and the slide in both languages.
  expect(text).toContain('Crossings / Cruces — Crossings by month / Cruces por mes');
});

test('twenty topics with a backup slide each still print on one page, every one of them, in smaller type', async () => {
  const many = Briefing.parse({
    puente: 1,
    meta: { title: 'Long day', organization: 'O', languages: ['en'] },
    topics: Array.from({ length: 20 }, (_, i) => ({
      id: `t${i}`,
      title: `Topic number ${i + 1} on the agenda`,
      duration: '2m',
      slides: [{ id: `s${i}`, layout: 'title', title: 'S' }, { id: `x${i}`, layout: 'title', title: `Backup ${i + 1}`, backup: true }],
    })),
  });
  expect(planExport(many, { layout: 'run-sheet', lang: 'en' }).pages).toBe(1);
  const { file, pages } = await sheet('many.pdf', { start: '8:00' }, many);
  expect(pages).toBe(1);
  expect(pageCount(file)).toBe(1);
  const text = pageText(file, 1);
  expect(text).toMatch(/20 Topic number 20 on the agenda 2 min 8:38–8:40/);
  expect(text).toContain('Topic number 20 on the agenda — Backup 20');
  expect(text).not.toContain('more)');
});

test('more topics than even the smallest type holds: one page still, the last row saying how many are left out', async () => {
  const huge = Briefing.parse({
    puente: 1,
    meta: { title: 'Very long day', organization: 'O', languages: ['en'] },
    topics: Array.from({ length: 90 }, (_, i) => ({ id: `t${i}`, title: `Topic ${i + 1}`, duration: '1m', slides: [{ id: `s${i}`, layout: 'title', title: 'S' }] })),
  });
  const { file, pages, cuts } = await sheet('huge.pdf', {}, huge);
  expect(pages).toBe(1);
  expect(pageCount(file)).toBe(1);
  const last = /Topic (\d+) \(and (\d+) more\)/.exec(pageText(file, 1));
  expect(last).not.toBeNull();
  // Each topic left out is a warning at its title, as every text an export leaves out is.
  const shown = Number(last![1]);
  expect(cuts.map((c) => c.path?.join('.'))).toEqual(Array.from({ length: 90 - shown }, (_, i) => `topics.${shown + i}.title`));
  expect(Number(last![2])).toBe(90 - shown);
});

test('a start time that is not HH:MM, or a slot that is not a planned time, is refused with a clear message', async () => {
  await expect(sheet('bad.pdf', { start: '25:00' })).rejects.toThrow(ExportError);
  await expect(sheet('bad.pdf', { start: '2:30pm' })).rejects.toThrow(/start: expected a 24-hour time like "14:30"/);
  await expect(sheet('bad.pdf', { slot: '10' })).rejects.toThrow(/slot: expected a planned time like "10m"/);
  await expect(exportPdf(deck, { layout: 'brief', lang: 'en', start: '14:30', outPath: join(dir, 'x.pdf'), packDir: dir })).rejects.toThrow(/run-sheet layout only/);
});

test('clock times wrap past midnight and round to the minute', () => {
  expect(clockAt(0, 14 * 60 + 30)).toBe('14:30');
  expect(clockAt(90, 23 * 60 + 59)).toBe('0:01');
  expect(clockAt(90, undefined)).toBe('1:30');
});
