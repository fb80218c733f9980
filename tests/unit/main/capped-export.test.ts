// A large `puente export` runs in a worker thread with a capped heap (main/capped-export.ts): it must say and write
// exactly what a plain run does, and a cap too small must cost only time. The cap is forced through the internal
// PUENTE_EXPORT_HEAP_MB so a small pack takes the worker path; a tiny cap makes the first try run out of memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CAPPED_EXPORT_BYTES, heapCapMb } from '../../../main/capped-export';

const root = resolve(__dirname, '../../..');
const pack = join(root, 'tests/fixtures/long-text'); // warnings before the export, and texts printed cut

function exportWith(heapMb: string | undefined, args: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'puente-capped-'));
  const out = join(dir, 'deck.pdf');
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: '1700000000', PUENTE_CACHE_DIR: dir };
  delete env['PUENTE_EXPORT_HEAP_MB'];
  if (heapMb !== undefined) env['PUENTE_EXPORT_HEAP_MB'] = heapMb;
  const r = spawnSync('node', [join(root, 'bin/puente.cjs'), 'export', pack, '--out', out, ...args], { cwd: root, encoding: 'utf8', env });
  const pdf = r.status === 0 ? readFileSync(out) : undefined;
  return { status: r.status, stdout: r.stdout.replaceAll(dir, 'DIR'), stderr: r.stderr.replaceAll(dir, 'DIR'), pdf, left: readdirSync(dir).filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp')) };
}

describe('an export in the capped worker', () => {
  const plain = exportWith(undefined);

  test('prints the same warnings and writes the same bytes as a plain run', () => {
    expect(plain.status).toBe(0);
    expect(plain.stderr).toContain('printed cut');
    const capped = exportWith('64');
    expect(capped).toEqual(plain);
  });

  test('run again uncapped when it runs out of memory: nothing said twice, no temp file left', () => {
    // 2 MB cannot hold the fonts: the first try dies, the second writes the export.
    const retried = exportWith('2');
    expect(retried).toEqual(plain);
    expect(retried.left).toEqual(['deck.pdf']);
  });

  test('keeps the exit codes: --strict refuses with 1, a usage error is 2', () => {
    const strictPlain = exportWith(undefined, ['--strict']);
    expect(strictPlain.status).toBe(1);
    expect(exportWith('64', ['--strict'])).toEqual(strictPlain);
    expect(exportWith('2', ['--strict'])).toEqual(strictPlain);
    const usage = exportWith('64', ['--topics', 'nope']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('nope');
  });
});

test('the cap grows with the pack, from the size where a pack takes the worker', () => {
  const env = {};
  expect(heapCapMb(CAPPED_EXPORT_BYTES, false, env)).toBeGreaterThan(64);
  expect(heapCapMb(8_000_000, false, env)).toBeGreaterThan(heapCapMb(CAPPED_EXPORT_BYTES, false, env));
  expect(heapCapMb(8_000_000, true, env)).toBeGreaterThan(heapCapMb(8_000_000, false, env));
  expect(heapCapMb(8_000_000, true, { PUENTE_EXPORT_HEAP_MB: '3' })).toBe(3);
});
