// Makes it possible to see how fast PDF export is: the whole `puente export` process on the bundled briefing, and an
// in-process export of a synthetic 1,000-slide pack with its peak memory (pages are streamed, not buffered).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBriefing } from '../main/briefing/load';
import { Briefing } from '../main/model/schema';
import { appRoot, bundledBriefingPath } from '../main/paths';
import { exportPdf } from '../main/pdf/export';
import type { BenchRow } from './renderer-times';
import { syntheticBriefing, writeSyntheticPack } from './synthetic-pack';

const HUGE_PACK_SLIDES = 1000;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

const targeted = (measure: string, value: number, under: number, unit = 'ms'): BenchRow => ({
  measure,
  ms: Math.round(value),
  target: `< ${under} ${unit}`,
  status: value < under ? 'ok' : 'MISSED',
});

/** In-process export of a synthetic pack: wall time and the highest RSS sampled while it ran. */
async function hugeExport(dir: string): Promise<BenchRow[]> {
  const briefing = Briefing.parse(syntheticBriefing({ slides: HUGE_PACK_SLIDES }));
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 10);
  const t = performance.now();
  let pages = 0;
  try {
    ({ pages } = await exportPdf(briefing, { layout: 'slides', lang: 'en', outPath: join(dir, 'huge.pdf'), packDir: dir }, { onProgress: (done) => done % 25 === 0 && sample() }));
  } finally {
    clearInterval(timer);
  }
  const ms = performance.now() - t;
  sample();
  return [
    targeted(`export ${HUGE_PACK_SLIDES}-slide synthetic pack in-process (${pages} pages)`, ms, 3000),
    targeted('peak RSS during that export, in MB (not ms)', peak / 1e6, 250, 'MB'),
  ];
}

/** Pack load of a synthetic pack, per slide (read, parse, validate, preflight). */
async function packLoad(dir: string): Promise<BenchRow> {
  const path = writeSyntheticPack(join(dir, 'load'), { slides: HUGE_PACK_SLIDES });
  await loadBriefing(path); // once untimed: fonts opened, code compiled
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await loadBriefing(path);
    times.push(performance.now() - t);
  }
  return targeted(`pack load per slide, ${HUGE_PACK_SLIDES}-slide synthetic pack (median of 5), in µs (not ms)`, (median(times) / HUGE_PACK_SLIDES) * 1000, 1000, 'µs');
}

const BIG_EXPORT_SLIDES = 5000;

/** Peak RSS of a whole-process `puente export` of a 5,000-slide pack (the process reports its own maxRSS). */
function bigExportMemory(dir: string): BenchRow {
  const pack = writeSyntheticPack(join(dir, 'big'), { slides: BIG_EXPORT_SLIDES });
  const bin = join(appRoot(), 'bin', 'puente.cjs');
  const probe = `process.on('exit', () => console.error('maxRSS ' + process.resourceUsage().maxRSS)); process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...process.argv.slice(1)]; require(${JSON.stringify(bin)});`;
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-e', probe, 'export', pack, '--out', join(dir, 'big.pdf')], { encoding: 'utf8', env: { ...process.env, PUENTE_CACHE_DIR: mkdtempSync(join(dir, 'big-cache-')) } });
  const ms = performance.now() - t;
  const kb = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ...targeted(`peak RSS of a ${BIG_EXPORT_SLIDES}-slide whole-process export, in MB (not ms; took ${(ms / 1000).toFixed(1)} s)`, kb / 1024, 300, 'MB') };
}

/** Entry for the child process that measures the huge export alone (see exportTimes). */
export const HUGE_EXPORT_CHILD = '--huge-export-child';

export async function hugeExportChild(dir: string): Promise<void> {
  console.log(JSON.stringify(await hugeExport(dir)));
}

export async function exportTimes(dir: string): Promise<BenchRow[]> {
  // In a fresh process, so its peak memory is the export's own, not what this bench process already holds.
  const child = execFileSync(process.execPath, ['--expose-gc', process.argv[1] ?? '', HUGE_EXPORT_CHILD, dir], { encoding: 'utf8' });
  const huge = JSON.parse(child.trim().split('\n').pop() ?? '[]') as BenchRow[];
  const loaded = await loadBriefing(bundledBriefingPath(), { bundled: true });
  if (loaded.status !== 'loaded') throw new Error('bundled briefing is invalid');
  const inProc: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await exportPdf(loaded.briefing, { layout: 'slides', lang: 'en', outPath: join(dir, `b${i}.pdf`), packDir: join(bundledBriefingPath(), '..') });
    inProc.push(performance.now() - t);
  }
  // Whole processes, cold (a shaping cache never seen) and warm (the cache the previous run left) taken in turn.
  const cold: number[] = [];
  const warm: number[] = [];
  const warmCache = mkdtempSync(join(dir, 'warm-'));
  const cli = (cache: string, out: string): number => {
    const t = performance.now();
    execFileSync(process.execPath, [join(appRoot(), 'bin', 'puente.cjs'), 'export', '--out', out], { env: { ...process.env, PUENTE_CACHE_DIR: cache } });
    return performance.now() - t;
  };
  cli(warmCache, join(dir, 'w.pdf'));
  for (let i = 0; i < 7; i++) {
    cold.push(cli(mkdtempSync(join(dir, 'cold-')), join(dir, `c${i}.pdf`)));
    warm.push(cli(warmCache, join(dir, `w${i}.pdf`)));
  }
  return [
    { measure: 'export bundled briefing, in-process (median of 10)', ms: Math.round(median(inProc)) },
    targeted('npx puente export, whole process, cold shaping cache (median of 7)', median(cold), 350),
    targeted('npx puente export, whole process, warm shaping cache (median of 7)', median(warm), 350),
    ...huge,
    await packLoad(dir),
    bigExportMemory(dir),
  ];
}
