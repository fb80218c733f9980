// Spec: the bundled California–Mexico briefing exports completely in both languages, every figure on its page.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { Briefing, Lang } from '../../../main/model/schema';
import { localize } from '../../../main/model/text';
import { bundledBriefingPath } from '../../../main/paths';
import { exportPdf } from '../../../main/pdf/export';
import { fonts, outline, pageCount, pageText, qpdfCheck } from './read-pdf';

const PACK = bundledBriefingPath();
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

    test("carries the seed's figures", () => {
      const all = printed().map((_, i) => pageText(file, i + 3)).join(' ');
      for (const figure of ['35,065', '51.8', '498.4', '97.8', '137.9', '13,800', '40%', '32%', '300+', '400', '140']) expect(all).toContain(figure);
    });

    test('has a bookmark per topic, embedded fonts and no damage', () => {
      expect(outline(file).map((b) => b.title)).toEqual([...briefing.topics.filter((t) => t.slides.some((s) => !s.backup)).map((t) => localize(t.title, lang)), lang === 'es' ? 'Fuentes' : 'Sources']);
      expect(fonts(file).every((f) => f.embedded)).toBe(true);
      expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors found');
    });
  });
});
