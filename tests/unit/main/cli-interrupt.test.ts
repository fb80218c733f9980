// Ctrl-C during `puente export` stops it as the app's Cancel does: exit 130, nothing left beside the target (the
// partial temp file is removed) and an existing target untouched. Event-driven: the interrupt is sent when the temp
// file appears in the folder (fs.watch), and the test waits for the process to exit.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeSyntheticPack } from '../../../bench/synthetic-pack';
import { appRoot } from '../../../main/paths';

// 900 slides export in the main thread; 1,500 in the capped worker (main/capped-export.ts), told of Ctrl-C by message.
it.each([900, 1500])('an interrupted export of %i slides exits 130 and leaves the folder as it was', async (slides) => {
  const root = mkdtempSync(join(tmpdir(), 'puente-interrupt-'));
  const pack = writeSyntheticPack(join(root, 'pack'), { slides });
  const outDir = join(root, 'out');
  mkdirSync(outDir);
  const target = join(outDir, 'deck.pdf');
  writeFileSync(target, 'the earlier export');
  const child = spawn('node', [join(appRoot(), 'bin/puente.cjs'), 'export', pack, '--out', target, '--lang', 'both'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  // The export has started writing once its temp file exists beside the target.
  await new Promise<void>((started) => {
    const w = watch(outDir, () => {
      if (readdirSync(outDir).some((f) => f.endsWith('.tmp'))) {
        w.close();
        started();
      }
    });
  });
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stderr).toContain('was not written');
  expect(readdirSync(outDir)).toEqual(['deck.pdf']);
  expect(readFileSync(target, 'utf8')).toBe('the earlier export');
}, 600_000);
