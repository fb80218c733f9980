// `npm run bench`: PDF export times (bundled briefing in-process and as a whole CLI process, cold and warm; a
// 1,000-slide pack with its peak memory; pack load per slide; a 5,000-slide whole-process export's peak memory), each
// export format on two packs, and renderer timings; not a test. `npm run bench -- --peers`: bench/peers.ts;
// `npm run bench -- --renderer`: the renderer timings alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportTimes, HUGE_EXPORT_CHILD, hugeExportChild } from './export-times';
import { formatTimes } from './format-times';
import type { BenchRow } from './renderer-times';
import { syntheticBriefing, writeSyntheticPack } from './synthetic-pack';

const LARGE_PACK_SLIDES = 500;

async function rendererTimes(dir: string): Promise<BenchRow[]> {
  // Loaded here, not at the top: the export child process must not carry Playwright in its memory.
  const { firstSlideTimes, launchChromium, slideChangeTimes } = await import('./renderer-times');
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
    console.table(formatTimes(dir));
    console.table(await rendererTimes(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`bench took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function rendererOnly(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'puente-bench-'));
  try {
    console.table(await rendererTimes(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const entry = (): Promise<void> => {
  if (process.argv[2] === HUGE_EXPORT_CHILD) return hugeExportChild(process.argv[3] ?? tmpdir());
  // `npm run bench -- --peers`: Puente next to Marp, Typst and a naive pdfkit script (bench/peers.ts), nothing else.
  if (process.argv[2] === '--peers') return import('./peers').then(({ peerTimes }) => void peerTimes());
  // `npm run bench -- --renderer`: the renderer's timings only (Chromium through the real handlers).
  if (process.argv[2] === '--renderer') return rendererOnly();
  return main();
};

entry().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
