// The second language on a miniature is judged slide by slide from its geometry: a slide whose smallest translation
// (a quote's role) would print under 6 pt at this width prints its first language alone, and its page says so; a
// bullets slide at the same width keeps both languages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { loadBriefing } from '../../../main/briefing/load';
import type { Briefing } from '../../../main/model/schema';
import { bundledBriefingPath } from '../../../main/paths';
import { exportPdf } from '../../../main/pdf/export';

let briefing: Briefing;
const out = mkdtempSync(join(tmpdir(), 'puente-second-'));
const pageText = (file: string, n: number): string => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
const pages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

beforeAll(async () => {
  const r = await loadBriefing(bundledBriefingPath(), { bundled: true });
  if (r.status !== 'loaded') throw new Error('the bundled briefing does not load');
  briefing = r.briefing;
});

test.each(['handout-1', 'handout-2', 'notes'] as const)('%s in both languages: the quote slide prints English alone with the notice; other slides keep Spanish', async (layout) => {
  const file = join(out, `${layout}.pdf`);
  await exportPdf(briefing, { layout, lang: 'both', outPath: file, packDir: dirname(bundledBriefingPath()) });
  const texts = Array.from({ length: pages(file) }, (_, i) => pageText(file, i + 1));
  const quote = texts.find((t) => t.includes('extremely proud to'));
  expect(quote).toBeDefined();
  expect(quote).toContain('left out of the slides on this page');
  expect(quote).not.toContain('se enorgullece');
  // A bullets slide elsewhere keeps its Spanish beneath (the notice is not on every page).
  expect(texts.some((t) => t.includes('Protección de la frontera') && !t.includes('left out of the slides'))).toBe(true);
});
