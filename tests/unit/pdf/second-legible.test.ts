// The second language on a miniature is judged slide by slide from its geometry: a slide whose smallest translation
// would print under 6 pt at this width prints its first language alone, and its page says so; a slide whose
// translations are all at the geometry's floor (16 px) or more keeps both languages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { Briefing } from '../../../main/model/schema';
import { appRoot, bundledBriefingPath } from '../../../main/paths';
import { exportPdf } from '../../../main/pdf/export';

let briefing: Briefing;
const longPack = join(appRoot(), 'tests', 'fixtures', 'long-text');
const out = mkdtempSync(join(tmpdir(), 'puente-second-'));
const pageText = (file: string, n: number): string => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
const pages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

beforeAll(async () => {
  const r = await loadBriefing(bundledBriefingPath(), { bundled: true });
  if (r.status !== 'loaded') throw new Error('the bundled briefing does not load');
  briefing = r.briefing;
});

test.each(['handout-1', 'handout-2', 'notes'] as const)('%s in both languages: the bundled quote keeps its Spanish (no translation under 16 px), and no page carries the notice', async (layout) => {
  const file = join(out, `${layout}.pdf`);
  await exportPdf(briefing, { layout, lang: 'both', outPath: file, packDir: dirname(bundledBriefingPath()) });
  const texts = Array.from({ length: pages(file) }, (_, i) => pageText(file, i + 1));
  const quote = texts.find((t) => t.includes('extremely proud to'));
  expect(quote).toBeDefined();
  expect(quote).toContain('se enorgullece');
  expect(texts.some((t) => t.includes('left out of the slides'))).toBe(false);
  expect(texts.some((t) => t.includes('Protección de la frontera'))).toBe(true);
});

test.each(['handout-1', 'handout-2', 'notes'] as const)('%s in both languages: a slide whose text had to go under 16 px prints English alone with the notice; the quote keeps Spanish', async (layout) => {
  const r = await loadBriefing(longPack);
  if (r.status !== 'loaded') throw new Error('the long-text pack does not load');
  const file = join(out, `long-${layout}.pdf`);
  await exportPdf(r.briefing, { layout, lang: 'both', outPath: file, packDir: longPack });
  const texts = Array.from({ length: pages(file) }, (_, i) => pageText(file, i + 1));
  // The timeline of eight long events sets its text (and so its translation) under 16 px.
  const timeline = texts.find((t) => t.includes('Eight events with long descriptions') && !t.includes('Contents'));
  expect(timeline).toContain('left out of the slides on this page');
  expect(timeline).not.toContain('Ocho eventos');
  const quote = texts.find((t) => t.includes('We are proud to partner') && !t.includes('Contents'));
  expect(quote).toContain('Nos enorgullece');
});
