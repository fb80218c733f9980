// Spec (issue 13, "How it is checked"): the bundled briefing's paper layouts — every handout, the notes and the
// brief, in English, Spanish and both — print no word over another, across a banner's edge or into the footer band,
// read from poppler's word boxes; every slide on a handout or notes page keeps its source line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { ExportLang, ExportLayout, Paper } from '../../../main/model/export-options';
import type { Briefing } from '../../../main/model/schema';
import { exportPdf } from '../../../main/pdf/export';
import { citedBy } from '../../../main/pdf/selection';
import { bundledBriefingPath } from '../../../main/paths';
import { frameProblems } from './frame-bands';
import { footerBand } from '../../../main/pdf/page-frame';
import { BANNER } from '../../../main/pdf/theme';
import { pageWords, type PageWords } from './word-boxes';

let dir: string;
let briefing: Briefing;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'puente-paper-'));
  const loaded = await loadBriefing(bundledBriefingPath(), { bundled: true });
  if (loaded.status !== 'loaded') throw new Error('the bundled briefing does not load');
  briefing = loaded.briefing;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Collisions inside a slide itself, which a miniature reproduces: owned by the slide geometry (main/pdf/slide-layouts.ts,
 * issue 13 items 1 and 4), not by the paper layouts. Remove an entry when the slides PDF no longer shows it.
 */
const SLIDE_OWN: RegExp[] = [];

const LAYOUTS: ExportLayout[] = ['handout-1', 'handout-2', 'handout-3', 'handout-6', 'notes', 'brief'];
const LANGS: ExportLang[] = ['en', 'es', 'both'];

// Letter in every language; A4 (taller, narrower) in both languages, the longest texts.
const CASES: { lang: ExportLang; paper: Paper }[] = [...LANGS.map((lang) => ({ lang, paper: 'letter' as const })), { lang: 'both', paper: 'a4' }];

describe.each(LAYOUTS)('%s', (layout) => {
  test.each(CASES)('in $lang on $paper: no word collides with another, a banner or the footer', async ({ lang, paper }) => {
    const file = join(dir, `${layout}-${lang}-${paper}.pdf`);
    await exportPdf(briefing, { layout, lang, paper, backup: 'include', outPath: file, packDir: dirname(bundledBriefingPath()) });
    const hasBanner = briefing.meta.classification !== undefined;
    expect(pageWords(file).flatMap((p) => frameProblems(p, hasBanner)).filter((p) => !SLIDE_OWN.some((k) => k.test(p)))).toEqual([]);
    const pages = pageWords(file);
    const band = (p: PageWords) => footerBand({ width: p.width, height: p.height }, hasBanner);
    // Lines of content on a page: distinct baselines above the footer rule and below the top banner.
    const contentLines = (p: PageWords): number => new Set(p.words.filter((w) => w.y1 < band(p).rule && w.y0 > (hasBanner ? BANNER : 0)).map((w) => Math.round(w.y1))).size;
    if (layout === 'brief') {
      // No page of the brief holds a lone line (a source line, a translation, the end of a list).
      for (const p of pages.slice(2)) expect(contentLines(p), `page ${p.page}`).toBeGreaterThan(2);
      return;
    }
    if (layout === 'notes') {
      // The script fills its pages: below the last word, less than 40 % of the page is blank (the last page may end early).
      const script = pages.filter((p) => p.words.some((w) => /^(NOTES|NOTAS)$/.test(w.text)));
      for (const p of script.slice(0, -1)) {
        const last = Math.max(...p.words.filter((w) => w.y1 < band(p).rule - 1).map((w) => w.y1));
        expect((band(p).rule - last) / p.height, `page ${p.page}`).toBeLessThan(0.4);
      }
    }
    // Each slide that cites a source prints a source line under its miniature ("Source: [1] …").
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    const lines = text.match(/(?:Sources?|Fuentes?): \[\d+\]/g) ?? [];
    const citing = briefing.topics.flatMap((t) => t.slides).filter((s) => citedBy(s).length > 0).length;
    expect(lines.length).toBe(citing);
  });
});
