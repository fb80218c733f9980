// Spec: every slide layout exports to its own page with its content as searchable text; backup slides stay out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ExportError, exportPdf } from '../../../main/pdf/export';
import { allLayouts, writePicture } from './all-layouts';
import { fonts, outline, pageCount, pageText, qpdfCheck } from './read-pdf';

let pack: string;
let file: string;
const briefing = allLayouts();
const ids = ['cover', 'part', 'list', 'six', 'trade', 'said', 'dates', 'picture', 'compare'];
// Cover and contents come first; the sources appendix last.
const page = (id: string): number => ids.indexOf(id) + 3;

beforeAll(async () => {
  pack = mkdtempSync(join(tmpdir(), 'puente-layouts-'));
  writePicture(pack);
  file = join(pack, 'deck.pdf');
  await exportPdf(briefing, { layout: 'slides', lang: 'en', outPath: file, packDir: pack });
});
afterAll(() => rmSync(pack, { recursive: true, force: true }));

describe('every layout', () => {
  test('gives one page per slide, leaving out backup slides and topics holding only backups', () => {
    expect(pageCount(file)).toBe(ids.length + 3);
    expect(outline(file).map((b) => b.title)).toEqual(['Opening', 'Figures', 'More', 'Sources']);
    for (let p = 1; p <= ids.length + 3; p++) expect(pageText(file, p)).not.toContain('Backup slide');
  });

  test('a long bullet list still fits its page (it shrinks and wraps, never spills onto another page)', () => {
    expect(pageText(file, page('list'))).toContain('running off the right edge of the slide');
  });

  test('a stats slide shows every big figure and lists each cited source once', () => {
    const text = pageText(file, page('six'));
    for (const v of ['35,065 lb', '51.8M', '$498.4M', '400+', '32%']) expect(text).toContain(v);
    expect(text).toContain('Sources: [1] Office of the Governor, Press release, 2025-06-01; [2] Census Bureau, Census tables, 2024');
  });

  test('a chart slide draws its bars with labels and formatted values', () => {
    const text = pageText(file, page('trade'));
    for (const v of ['China', 'Mexico', '$137.9B', '$97.8B', 'billion US dollars']) expect(text).toContain(v);
  });

  test('quote, timeline, image and two-column slides show their words', () => {
    expect(pageText(file, page('said'))).toContain('We are proud to partner.');
    expect(pageText(file, page('dates'))).toContain('Jan 2025');
    expect(pageText(file, page('picture'))).toContain('The border region');
    expect(pageText(file, page('compare'))).toMatch(/California.*Mexico/);
  });

  test('the classification banner is printed on every page', () => {
    for (let p = 1; p <= ids.length + 3; p++) expect(pageText(file, p)).toContain('UNCLASSIFIED');
  });

  test('all four faces used are embedded, and qpdf finds no damage', () => {
    expect(fonts(file).every((f) => f.embedded && f.subset)).toBe(true);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
  });
});

describe('choosing topics', () => {
  test('only the chosen topics are exported, in the order given', async () => {
    const out = join(pack, 'some.pdf');
    const r = await exportPdf(briefing, { layout: 'slides', lang: 'es', topics: ['more', 'opening'], outPath: out, packDir: pack });
    // Cover, contents and six slides; neither topic cites a source, so no appendix.
    expect(r.pages).toBe(8);
    expect(outline(out).map((b) => b.title)).toEqual(['Más', 'Apertura']);
  });

  test('an unknown topic id is an ExportError naming it and the topics there are', async () => {
    const out = join(pack, 'none.pdf');
    const err = await exportPdf(briefing, { layout: 'slides', lang: 'en', topics: ['nope'], outPath: out, packDir: pack }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).message).toBe(`Cannot export ${out}: no topic "nope" in this briefing (topics: opening, figures, more, reserve)`);
  });
});
