// What an export says about a text it could not print whole: cut with "…", or left out (a list's last points, the
// page saying "+N more") — each in its own words, placed at the field, so a briefer knows which the page shows.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import { warningPlacer } from '../../../main/briefing/place-warnings';
import { exportPdf } from '../../../main/pdf/export';
import { cutWarnings } from '../../../main/pdf/cut-warnings';
import { fieldsOfCuts } from '../../../main/model/export-warnings';
import { appRoot } from '../../../main/paths';

const PACK = join(appRoot(), 'tests', 'fixtures', 'long-text');
const out = mkdtempSync(join(tmpdir(), 'puente-cut-words-'));

test('the long-text list: its last point shown is reported cut, the points after it left out, in English and bilingual', async () => {
  const loaded = await loadBriefing(PACK);
  if (loaded.status !== 'loaded') throw new Error('the long-text pack does not load');
  for (const lang of ['en', 'both'] as const) {
    const done = await exportPdf(loaded.briefing, { layout: 'slides', lang, outPath: join(out, `slides-${lang}.pdf`), packDir: PACK });
    const list = done.cuts.filter((c) => c.path?.slice(0, 5).join('.') === 'topics.1.slides.1.bullets');
    const leftOut = list.filter((c) => c.leftOut).map((c) => c.path?.[5]);
    const cut = list.filter((c) => !c.leftOut).map((c) => c.path?.[5]);
    expect(leftOut.length, lang).toBeGreaterThan(0);
    // Points are shown in order: every point left out comes after every point cut.
    expect(Math.min(...(leftOut as number[])), lang).toBeGreaterThan(Math.max(-1, ...(cut as number[])));
    const problems = cutWarnings(done.cuts, await warningPlacer(join(PACK, 'briefing.yaml')), 'slides');
    const words = problems.map((p) => p.message);
    const onSlide = problems.filter((p) => p.path?.startsWith('topics[1].slides[1].')).map((p) => p.message);
    // The points a list left out are one warning, naming each point once (not once per point and language).
    const left = onSlide.filter((w) => /left out of the slides PDF for want of room \(the page says how many are left out\)/.test(w));
    expect(left, lang).toHaveLength(1);
    expect(left[0], lang).toMatch(/^(point bullets\[5\] is|points (bullets\[\d+\](\.bullets\[\d+\])?, )+bullets\[5\] are) left out/);
    expect(new Set(left[0]!.match(/bullets\[\d+\](\.bullets\[\d+\])?/g)).size, lang).toBe(left[0]!.match(/bullets\[\d+\](\.bullets\[\d+\])?/g)!.length);
    expect(words.every((w) => !w.includes('(or left out)'))).toBe(true);
  }
});

test('a text reported both cut and left out is told as cut (part of it is on the page); Puente\'s own words too', () => {
  const briefing = { puente: 1, meta: { title: 'A briefing title', organization: 'O' }, topics: [] } as never;
  expect(fieldsOfCuts(briefing, [{ text: 'A briefing title', leftOut: false }, { text: 'Not in the pack at all', leftOut: true }])).toEqual([
    { path: ['meta', 'title'], text: 'A briefing title', leftOut: false },
    { path: undefined, text: 'Not in the pack at all', leftOut: true },
  ]);
});
