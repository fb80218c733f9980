// `npm run bench`: export time of the bundled briefing (in-process and whole CLI process); not a test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBriefing } from '../main/briefing/load';
import { exportPdf } from '../main/pdf/export';
import { appRoot, bundledBriefingPath } from '../main/paths';

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
    { measure: 'peak RSS of this process (MB)', ms: Math.round(process.memoryUsage().rss / 1e6) },
  ]);
  console.log('Renderer time to first slide: not measured yet (needs the Chromium harness; see README).');
}

void main();
