// `npm run bench`: export time of the bundled briefing (in-process and whole CLI process) and renderer timings; not a test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBriefing } from '../main/briefing/load';
import { exportPdf } from '../main/pdf/export';
import { appRoot, bundledBriefingPath } from '../main/paths';
import { firstSlideTimes, launchChromium, median, slideChangeTimes, type BenchRow } from './renderer-times';
import { syntheticBriefing, writeSyntheticPack } from './synthetic-pack';

const LARGE_PACK_SLIDES = 500;

async function exportTimes(dir: string): Promise<BenchRow[]> {
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
  return [
    { measure: 'export bundled briefing, in-process (median of 10)', ms: Math.round(median(inProc)) },
    { measure: 'npx puente export, whole process (median of 5)', ms: Math.round(median(cli)) },
    { measure: 'RSS of this process after the exports, in MB (not ms)', ms: Math.round(process.memoryUsage().rss / 1e6) },
  ];
}

async function rendererTimes(dir: string): Promise<BenchRow[]> {
  const opts = { slides: LARGE_PACK_SLIDES };
  const yamlPath = writeSyntheticPack(join(dir, 'synthetic'), opts);
  const title = syntheticBriefing(opts).meta.title;
  const titleEn = typeof title === 'string' ? title : (title.en ?? '');
  const browser = await launchChromium();
  try {
    return [...(await firstSlideTimes(browser)), ...(await slideChangeTimes(browser, yamlPath, titleEn))];
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'puente-bench-'));
  const t0 = performance.now();
  try {
    console.table(await exportTimes(dir));
    console.table(await rendererTimes(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`bench took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
