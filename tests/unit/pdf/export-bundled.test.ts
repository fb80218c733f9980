// Spec: the bundled California–Mexico briefing exports completely in both languages, every figure on its page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { Briefing, Lang } from '../../../main/model/schema';
import { localize } from '../../../main/model/text';
import { bundledBriefingPath } from '../../../main/paths';
import { exportPdf } from '../../../main/pdf/export';
import { SEED_FIGURES } from '../briefing/seed-figures';
import { fonts, outline, pageCount, pageText, qpdfCheck } from './read-pdf';

const PACK = bundledBriefingPath();
/**
 * Text in the order it was drawn (pdftotext -raw), pages `from`–`to`: the layout modes interleave side-by-side
 * columns (timeline events, big figures) line by line, splitting a phrase such as "seven memorandums of understanding".
 */
const drawnText = (file: string, from = 1, to = pageCount(file)): string =>
  execFileSync('pdftotext', ['-raw', '-f', String(from), '-l', String(to), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
/** The one seed figure held on a backup slide (the reassignment claim), out of the default export. */
const RESERVE_FIGURE = 'an estimated 32% reassigned';
let dir: string;
let briefing: Briefing;

describe.skipIf(!existsSync(PACK))('the bundled briefing', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'puente-bundled-'));
    const loaded = await loadBriefing(PACK, { bundled: true });
    if (loaded.status !== 'loaded') throw new Error(`bundled briefing did not load: ${JSON.stringify(loaded.errors)}`);
    briefing = loaded.briefing;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe.each<Lang>(['en', 'es'])('in %s', (lang) => {
    let file: string;
    const printed = () => briefing.topics.flatMap((t) => t.slides.filter((s) => !s.backup));
    beforeAll(async () => {
      file = join(dir, `briefing-${lang}.pdf`);
      await exportPdf(briefing, { layout: 'slides', lang, outPath: file, packDir: dirname(PACK) });
    });

    test('has a page per non-backup slide, each showing its title', () => {
      // Cover and contents first, the sources appendix last.
      expect(pageCount(file)).toBe(printed().length + 3);
      printed().forEach((slide, i) => {
        const title = 'title' in slide && slide.title ? localize(slide.title, lang) : undefined;
        if (title) expect(pageText(file, i + 3)).toContain(title.replace(/\s+/g, ' '));
      });
    });

    test("carries the seed's figures with their qualifiers, all but the reserve slide's claim", () => {
      const all = drawnText(file, 3, printed().length + 2);
      for (const figure of SEED_FIGURES) {
        if (figure.name === RESERVE_FIGURE) expect(all).not.toMatch(figure[lang]);
        else expect(all, figure.name).toMatch(figure[lang]);
      }
    });

    test('with the backup slides included, carries every seed figure, read back with pdftotext', async () => {
      const withBackup = join(dir, `briefing-${lang}-backup.pdf`);
      await exportPdf(briefing, { layout: 'slides', lang, backup: 'include', outPath: withBackup, packDir: dirname(PACK) });
      // Cover, the contents (one page, or two where long Spanish titles wrap), every slide, the sources.
      const contents = pageCount(withBackup) - briefing.topics.flatMap((t) => t.slides).length - 2;
      expect(contents).toBeGreaterThanOrEqual(1);
      expect(contents).toBeLessThanOrEqual(2);
      const all = drawnText(withBackup);
      const missing = SEED_FIGURES.filter((f) => !f[lang].test(all)).map((f) => `${f.name} (${String(f[lang])})`);
      expect(missing).toEqual([]);
    });

    test('has a bookmark per topic, embedded fonts and no damage', () => {
      expect(outline(file).map((b) => b.title)).toEqual([...briefing.topics.filter((t) => t.slides.some((s) => !s.backup)).map((t) => localize(t.title, lang)), lang === 'es' ? 'Fuentes' : 'Sources']);
      expect(fonts(file).every((f) => f.embedded)).toBe(true);
      expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    });
  });
});
