// Makes it possible to see how long each export format takes (issue 16): the bundled briefing and a 200-slide pack,
// each as PDF, PowerPoint and HTML, as whole `puente export` processes (median of 3), and the size of each file.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { appRoot } from '../main/paths';
import type { BenchRow } from './renderer-times';
import { writeSyntheticPack } from './synthetic-pack';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

export function formatTimes(dir: string): BenchRow[] {
  const big = writeSyntheticPack(join(dir, 'two-hundred'), { slides: 200 });
  const rows: BenchRow[] = [];
  for (const [name, pack] of [['bundled briefing', undefined], ['200-slide pack', big]] as const) {
    for (const format of ['pdf', 'pptx', 'html'] as const) {
      const out = join(dir, `${name.replace(/\W/g, '')}.${format}`);
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        execFileSync('node', [join(appRoot(), 'bin', 'puente.cjs'), 'export', ...(pack ? [pack] : []), '--out', out, '--format', format, '--lang', 'both'], { stdio: 'ignore' });
        times.push(performance.now() - t);
      }
      rows.push({ measure: `${format.toUpperCase()} of the ${name}, --lang both, whole process (median of 3); ${(statSync(out).size / 1e6).toFixed(2)} MB`, ms: Math.round(median(times)) });
    }
  }
  return rows;
}
