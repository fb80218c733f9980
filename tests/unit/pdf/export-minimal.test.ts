// Spec: exporting the minimal fixture pack as slides gives a PDF a reader can navigate, search and trust.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { Briefing, Lang } from '../../../main/model/schema';
import { localize } from '../../../main/model/text';
import { exportPdf } from '../../../main/pdf/export';
import { catalogLang, fonts, info, outline, pageCount, pageText, qpdfCheck } from './read-pdf';

const PACK = resolve(__dirname, '../../fixtures/packs/minimal');
let dir: string;
let briefing: Briefing;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'puente-pdf-'));
  const loaded = await loadBriefing(PACK);
  if (loaded.status !== 'loaded') throw new Error(`fixture did not load: ${JSON.stringify(loaded)}`);
  briefing = loaded.briefing;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each<Lang>(['en', 'es'])('slides export in %s', (lang) => {
  let file: string;
  let pages: number;
  beforeAll(async () => {
    file = join(dir, `minimal-${lang}.pdf`);
    ({ pages } = await exportPdf(briefing, { layout: 'slides', lang, outPath: file, packDir: PACK }));
  });
  const printed = () => briefing.topics.flatMap((t) => t.slides.filter((s) => !s.backup));

  // Cover, contents, then a page per slide, then the sources appendix.
  const FIRST = 3;
  test('has one page per non-backup slide after the cover and contents, then the sources, and reports that count', () => {
    expect(pageCount(file)).toBe(printed().length + 3);
    expect(pages).toBe(printed().length + 3);
  });

  test('pages are 16:9 at 960 × 540 pt', () => {
    expect(info(file)['Page size']).toMatch(/^960 x 540 pts/);
  });

  test("each page carries its slide's title in the chosen language", () => {
    printed().forEach((slide, i) => {
      const title = 'title' in slide && slide.title !== undefined ? localize(slide.title, lang) : undefined;
      expect(title).toBeDefined();
      expect(pageText(file, i + FIRST)).toContain(title);
    });
  });

  test('each page is numbered "Page X of Y" in the export\'s language', () => {
    const n = printed().length + 3;
    for (let p = 1; p <= n; p++) expect(pageText(file, p)).toContain(lang === 'es' ? `Página ${p} de ${n}` : `Page ${p} of ${n}`);
  });

  test('a slide citing a source prints "publisher, title, date" under its label', () => {
    const p = printed().findIndex((s) => s.id === 'figures') + FIRST;
    const label = lang === 'es' ? 'Fuente' : 'Source';
    expect(pageText(file, p)).toContain(`${label}: [1] Puente, Test fact sheet, 2026-01-01`);
  });

  test('a slide without sources prints no source line', () => {
    const p = printed().findIndex((s) => s.id === 'points') + FIRST;
    expect(pageText(file, p)).not.toMatch(/Source:|Fuente:/);
  });

  test('every font is embedded and subset', () => {
    const rows = fonts(file);
    expect(rows.length).toBeGreaterThan(0);
    for (const f of rows) {
      expect(f, f.name).toMatchObject({ embedded: true, subset: true });
      expect(f.name).toMatch(/\+SourceSans3-/);
    }
  });

  test('the outline has one bookmark per topic, pointing at its first page', () => {
    expect(outline(file)).toEqual([
      { title: localize(briefing.topics[0]!.title, lang), page: 3 },
      { title: localize(briefing.topics[1]!.title, lang), page: 5 },
      { title: lang === 'es' ? 'Fuentes' : 'Sources', page: 6 },
    ]);
  });

  test('metadata names the title and the organization as author', () => {
    const meta = info(file);
    expect(meta.Title).toBe(localize(briefing.meta.title, lang));
    expect(meta.Author).toBe('Puente tests');
    expect(meta.Subject).toBeTruthy();
  });

  test('the document language is set', () => {
    expect(catalogLang(file)).toBe(lang);
  });

  test('qpdf finds no damage', () => {
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
  });
});
