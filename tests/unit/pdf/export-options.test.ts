// Spec: the export options — languages, topics, backup slides, notes, paper — and the export's control: progress,
// cancel, reproducible bytes and metadata that reads back exactly.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ExportCancelled, ExportError, exportPdf, planExport, type ExportPdfOptions } from '../../../main/pdf/export';
import type { ExportOptionsInput } from '../../../main/model/export-options';
import { writePicture } from './all-layouts';
import { markedPack, NOTE_WORD } from './marked-pack';
import { allText, info, outlineTree, pageCount, pageText, structure } from './read-pdf';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-options-'));
  writePicture(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const out = (): string => join(dir, `out-${++n}.pdf`);
const run = (opts: Partial<ExportPdfOptions>, briefing = markedPack()) =>
  exportPdf(briefing, { layout: 'handout-3', lang: 'en', outPath: out(), packDir: dir, ...opts });
const failure = (p: Promise<unknown>): Promise<ExportError> => p.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e as ExportError);

describe('options', () => {
  test('lang both prints each slide’s text in both languages', async () => {
    const { path } = await run({ lang: 'both', layout: 'handout-1' });
    const text = allText(path);
    for (const w of ['Many points', 'Muchos puntos', 'Side by side', 'Lado a lado']) expect(text).toContain(w);
  });

  test('lang both in the brief gives both wordings and the notes layout both scripts', async () => {
    expect(allText((await run({ lang: 'both', layout: 'brief' })).path)).toMatch(/Figures \/ Cifras/);
    const notes = allText((await run({ lang: 'both', layout: 'notes' })).path);
    expect(notes).toContain(`${NOTE_WORD} says trade`);
    expect(notes).toContain(`${NOTE_WORD} dice trade`);
  });

  test('topics are exported in the order given', async () => {
    const { path } = await run({ topics: ['more', 'opening'] });
    // Neither topic cites a source, so there is no appendix.
    expect(outlineTree(path).map((t) => t.title)).toEqual(['More', 'Opening']);
  });

  test('backup slides stay out unless included, and an included backup raises the marking', async () => {
    const without = await run({ layout: 'handout-6' });
    expect(allText(without.path)).not.toContain('Backup slide');
    const withBackup = await run({ layout: 'handout-6', backup: 'include' });
    expect(allText(withBackup.path)).toContain('Backup slide');
    expect(pageText(withBackup.path, 1)).toContain('RESTRICTED');
    expect(pageText(withBackup.path, withBackup.pages)).toContain('RESTRICTED');
  });

  test('paper a4 gives A4 pages; without it the pack’s paper, else letter', async () => {
    expect(info((await run({ paper: 'a4' })).path)['Page size']).toBe('595.28 x 841.89 pts (A4)');
    const b = markedPack();
    b.meta.paper = 'a4';
    expect(info((await run({}, b)).path)['Page size']).toBe('595.28 x 841.89 pts (A4)');
    expect(info((await run({ paper: 'letter' }, b)).path)['Page size']).toBe('612 x 792 pts (letter)');
  });

  test('notes on a layout where they do not fit are refused with a sentence saying where they fit', async () => {
    for (const layout of ['handout-6', 'slides', 'brief'] as const) {
      const err = await failure(run({ layout, notes: true }));
      expect(err).toBeInstanceOf(ExportError);
      expect(err.message).toContain(`speaker notes do not fit the ${layout} layout; choose handout-1, handout-2, handout-3, notes`);
    }
    expect(() => planExport(markedPack(), { layout: 'handout-6', lang: 'en', notes: true })).toThrow(/do not fit/);
  });

  test('an unknown topic names it and the topics there are', async () => {
    const err = await failure(run({ topics: ['nope'] }));
    expect(err.message).toContain('no topic "nope" in this briefing (topics: opening, figures, more, reserve)');
  });

  test('planExport gives the exact page count of each export', async () => {
    const cases: Partial<ExportOptionsInput>[] = [{ layout: 'brief', lang: 'both' }, { layout: 'handout-2', notes: true, topics: ['figures'] }, { layout: 'slides', backup: 'include' }];
    for (const opts of cases) {
      const r = await run(opts);
      expect(planExport(markedPack(), { lang: 'en', ...opts }).pages, JSON.stringify(opts)).toBe(r.pages);
      expect(pageCount(r.path)).toBe(r.pages);
    }
  });
});

describe('the notes layout', () => {
  test('a script too long for one page continues on the next, every word kept, and planExport counts the extra page', async () => {
    const b = markedPack();
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const slide = b.topics[1]!.slides[1]!;
    slide.notes = `${long} finalword`;
    const plain = await run({ layout: 'notes' });
    const r = await run({ layout: 'notes' }, b);
    expect(r.pages).toBeGreaterThan(plain.pages);
    expect(planExport(b, { layout: 'notes', lang: 'en' }).pages).toBe(r.pages);
    const text = allText(r.path);
    expect(text).toContain('word0 word1');
    expect(text).toContain('word399 finalword');
    expect(text).not.toContain('…');
  });
});

describe('the brief', () => {
  test('reads as a document: topic headings, bullet lists, figures as a table citing numbered sources', async () => {
    const { path } = await run({ layout: 'brief' });
    const text = allText(path);
    expect(text).toMatch(/Opening .*Every layout .*Many points .*A lead line .*Parent .*Child one/);
    expect(text).toMatch(/Figure Measure Source 35,065 lb of fentanyl \[1\] Office of the Governor/);
    expect(text).toMatch(/7 MOUs \[2\] Census Bureau/);
    expect(text).toMatch(/Item Value \(billion US dollars\) China \$137\.9B Mexico \$97\.8B/);
    expect(structure(path).alts).toContain('A map');
  });
});

describe('control', () => {
  test('progress is reported after every page, ending at the total', async () => {
    const seen: [number, number][] = [];
    const r = await exportPdf(markedPack(), { layout: 'handout-3', lang: 'en', outPath: out(), packDir: dir }, { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual(Array.from({ length: r.pages }, (_, i) => [i + 1, r.pages]));
  });

  test('cancel mid-export throws ExportCancelled, keeps the previous file intact and leaves no temp file', async () => {
    const sub = mkdtempSync(join(dir, 'cancel-'));
    const target = join(sub, 'deck.pdf');
    writeFileSync(target, 'the previous export');
    const abort = new AbortController();
    const err = await failure(
      exportPdf(markedPack(), { layout: 'slides', lang: 'en', outPath: target, packDir: dir }, { signal: abort.signal, onProgress: (d) => d === 3 && abort.abort() }),
    );
    expect(err).toBeInstanceOf(ExportCancelled);
    expect(err).toBeInstanceOf(ExportError);
    expect(err.message).toContain('cancelled');
    expect(readFileSync(target, 'utf8')).toBe('the previous export');
    expect(readdirSync(sub)).toEqual(['deck.pdf']);
  });

  test('an export already aborted writes nothing', async () => {
    const target = join(dir, 'never.pdf');
    const err = await failure(exportPdf(markedPack(), { layout: 'brief', lang: 'en', outPath: target, packDir: dir }, { signal: AbortSignal.abort() }));
    expect(err).toBeInstanceOf(ExportCancelled);
    expect(existsSync(target)).toBe(false);
  });

  test('with SOURCE_DATE_EPOCH two exports are byte-identical', async () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const a = await run({ layout: 'brief', env });
    const b = await run({ layout: 'brief', env });
    expect(readFileSync(a.path).equals(readFileSync(b.path))).toBe(true);
  });

  test('a title with & < > reads back exactly as metadata, with the organization as author', async () => {
    const b = markedPack();
    b.meta.title = 'R&D <Draft> > plan';
    const meta = info((await run({ layout: 'notes' }, b)).path);
    expect(meta['Title']).toBe('R&D <Draft> > plan');
    expect(meta['Author']).toBe('A. Briefer, Puente tests');
    expect(meta['Keywords']).toBe('Opening, Figures, More');
    expect(meta['Subject']).toBe('A test deck');
  });
});
