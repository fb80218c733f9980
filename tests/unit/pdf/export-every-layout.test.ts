// Spec: every export layout reads back as a complete, navigable, accessible document — cover, contents with links,
// the layout's pages, a sources appendix — and speaker notes reach only the layouts meant for the presenter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExportLayout } from '../../../main/model/export-options';
import { exportPdf, planExport } from '../../../main/pdf/export';
import { writePicture } from './all-layouts';
import { markedPack, NOTE_WORD, OUTLINE } from './marked-pack';
import { allText, catalogLang, fonts, info, namedLinks, outlineTree, pageCount, pageText, qpdfCheck, rawText, structure } from './read-pdf';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-every-'));
  writePicture(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SLIDES = 9;
interface Case { layout: ExportLayout; notes: boolean; perPage: number | undefined; size: string; audience: boolean }
const CASES: Case[] = [
  { layout: 'slides', notes: false, perPage: 1, size: '960 x 540 pts', audience: true },
  { layout: 'handout-1', notes: false, perPage: 1, size: '612 x 792 pts (letter)', audience: true },
  { layout: 'handout-2', notes: false, perPage: 2, size: '612 x 792 pts (letter)', audience: true },
  { layout: 'handout-3', notes: false, perPage: 3, size: '612 x 792 pts (letter)', audience: true },
  { layout: 'handout-6', notes: false, perPage: 6, size: '612 x 792 pts (letter)', audience: true },
  { layout: 'brief', notes: false, perPage: undefined, size: '612 x 792 pts (letter)', audience: true },
  // The notes layout flows as a script: slides with short notes share a page (issue 13).
  { layout: 'notes', notes: false, perPage: undefined, size: '612 x 792 pts (letter)', audience: false },
  { layout: 'handout-2', notes: true, perPage: 2, size: '612 x 792 pts (letter)', audience: false },
  { layout: 'handout-3', notes: true, perPage: 3, size: '612 x 792 pts (letter)', audience: false },
];

describe.each(CASES)('$layout (notes: $notes)', (c) => {
  let file: string;
  let pages: number;
  beforeAll(async () => {
    file = join(dir, `${c.layout}${c.notes ? '-notes' : ''}.pdf`);
    ({ pages } = await exportPdf(markedPack(), { layout: c.layout, lang: 'en', notes: c.notes, outPath: file, packDir: dir }));
  });

  test('has cover, contents, the layout’s pages and the sources appendix; planExport predicted the count', () => {
    expect(pageCount(file)).toBe(pages);
    expect(planExport(markedPack(), { layout: c.layout, lang: 'en', notes: c.notes }).pages).toBe(pages);
    if (c.perPage) expect(pages).toBe(1 + 1 + Math.ceil(SLIDES / c.perPage) + 1);
    expect(info(file)['Page size']).toBe(c.size);
  });

  test('opens with a cover naming title, organization, presenter, date, the highest marking and what the document is', () => {
    const cover = pageText(file, 1);
    for (const words of ['Every layout', 'Puente tests', 'A. Briefer', '2026-02-01', 'CUI']) expect(cover).toContain(words);
    expect(cover).toMatch(c.layout === 'notes' ? /Speaker notes/ : c.notes ? /Handout, .* per page.*, with speaker notes/ : /Slides|Handout|Read-ahead brief/);
  });

  test('every page carries the highest exported marking top and bottom, and "Page X of Y"', () => {
    for (let p = 1; p <= pages; p++) {
      const text = pageText(file, p);
      expect(text.match(/\bCUI\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(text).not.toContain('UNCLASSIFIED');
      expect(text).toContain(`Page ${p} of ${pages}`);
    }
  });

  test('bookmarks nest each slide under its topic, then the sources, each pointing at its page', () => {
    const tree = outlineTree(file);
    expect(tree.map((t) => ({ title: t.title, kids: t.kids.map((k) => k.title) }))).toEqual([...OUTLINE, { title: 'Sources', kids: [] }]);
    expect(tree.at(-1)?.page).toBe(pages);
    const flat = tree.flatMap((t) => [t, ...t.kids]);
    for (const [i, b] of flat.entries()) if (i > 0) expect(b.page).toBeGreaterThanOrEqual(flat[i - 1]!.page);
    if (c.perPage) {
      const slides = tree.slice(0, 3).flatMap((t) => t.kids);
      slides.forEach((s, k) => expect(s.page, s.title).toBe(3 + Math.floor(k / c.perPage!)));
    }
  });

  test('each contents row links to the page its bookmark points at', () => {
    const flat = outlineTree(file).flatMap((t) => [t, ...t.kids]);
    const links = namedLinks(file).filter((l) => l.from === 2);
    expect(links.map((l) => l.to)).toEqual(flat.map((b) => b.page));
    const toc = pageText(file, 2);
    expect(toc).toContain('Contents');
    expect(toc).toMatch(/Opening.*Every layout.*Many points.*Figures.*Trade.*More.*Side by side.*Sources/);
  });

  test('the sources appendix numbers each cited source', () => {
    expect(pageText(file, pages)).toMatch(/Sources \[1\] Office of the Governor\. Press release\. 2025-06-01 \[2\] Census Bureau\. Census tables\. 2024/);
  });

  test('is tagged, embeds and subsets every font, and qpdf finds no damage', () => {
    expect(info(file)['Tagged']).toBe('yes');
    const rows = fonts(file);
    expect(rows.length).toBeGreaterThan(0);
    for (const f of rows) expect(f, f.name).toMatchObject({ embedded: true, subset: true });
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
  });

  test('tags headings, paragraphs, lists and a linked contents, in the document language', () => {
    const { types } = structure(file);
    for (const t of ['Document', 'H1', 'P', 'TOC', 'TOCI', 'Link', 'L', 'LI', 'Lbl', 'LBody']) expect(types, t).toContain(t);
    if (c.layout === 'brief') for (const t of ['H2', 'Table', 'TR', 'TH', 'TD', 'Figure']) expect(types, t).toContain(t);
    expect(catalogLang(file)).toBe('en');
  });

  test(c.audience ? 'never carries a speaker note, as text or anywhere in its bytes' : 'prints the speaker notes', () => {
    if (c.audience) {
      expect(allText(file)).not.toContain(NOTE_WORD);
      expect(rawText(file)).not.toContain(NOTE_WORD);
    } else {
      expect(allText(file)).toContain(`${NOTE_WORD} says trade`);
    }
  });
});
