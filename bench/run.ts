// `npm run bench`: export time of the bundled briefing (in-process and whole CLI process); not a test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBriefing } from '../main/briefing/load';
import { exportPdf } from '../main/pdf/export';
import { appRoot, bundledBriefingPath } from '../main/paths';
import { chromium } from 'playwright-core';
import { openApp } from '../tests/e2e/harness';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'puente-bench-'));
  const loaded = await loadBriefing(bundledBriefingPath(), { bundled: true });
  if (loaded.status !== 'loaded') throw new Error('bundled briefing is invalid');
  const inProc: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await exportPdf(loaded.briefing, { layout: 'slides', lang: 'en', outPath: join(dir, `b${i}.pdf`), packDir: join(bundledBriefingPath(), '..') });
    inProc.push(performance.now() - t);
  }
  const cli: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    execFileSync('node', [join(appRoot(), 'bin', 'puente.cjs'), 'export', '--out', join(dir, `c${i}.pdf`)]);
    cli.push(performance.now() - t);
  }
  console.table([
    { measure: 'export bundled briefing, in-process (median of 10)', ms: Math.round(median(inProc)) },
    { measure: 'npx puente export, whole process (median of 5)', ms: Math.round(median(cli)) },
    { measure: 'RSS of this process after the exports, in MB (not ms)', ms: Math.round(process.memoryUsage().rss / 1e6) },
  ]);
  console.table(await rendererTimes());
}

/** Renderer in Chromium through the real handlers: navigation → agenda painted, and topic click → first slide painted. */
async function rendererTimes(): Promise<Record<string, number | string>[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const toAgenda: number[] = [];
  const toSlide: number[] = [];
  for (let i = 0; i < 7; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const t0 = performance.now();
    await openApp(page);
    await page.getByTestId('agenda').waitFor();
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
    toAgenda.push(performance.now() - t0);
    const t1 = performance.now();
    await page.locator('[data-testid^="topic-"]').first().click();
    await page.getByTestId('slide').waitFor();
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
    toSlide.push(performance.now() - t1);
    await page.close();
  }
  await browser.close();
  return [
    { measure: 'renderer: load → agenda painted (median of 7)', ms: Math.round(median(toAgenda)) },
    { measure: 'renderer: click on first topic → first slide painted (median of 7)', ms: Math.round(median(toSlide)) },
  ];
}

void main();
