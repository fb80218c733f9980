// The `puente` command as a user runs it: the built CLI in a child process, its output and exit codes.
import { beforeAll, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const run = (...args: string[]) => spawnSync('node', [join(root, 'bin/puente.cjs'), ...args], { cwd: root, encoding: 'utf8' });

beforeAll(() => {
  execFileSync('node', ['scripts/build.mjs', 'main'], { cwd: root });
});

test('validate accepts the bundled briefing and exits 0', () => {
  const r = run('validate');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^ok: .*ca-mx-spp.*5 topics/);
});

test('validate lists every error with file:line:col and exits 1', () => {
  const r = run('validate', 'tests/fixtures/packs/broken-layout');
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('broken-layout/briefing.yaml:15:17 topics[0].slides[0].layout: expected one of title');
  expect(r.stderr).toContain('unknown key "colour"');
});

test('export writes a PDF in Spanish and reports its page count', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-cli-')), 'b.pdf');
  const r = run('export', '--out', out, '--lang', 'es');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/\(17 pages\)/);
  expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Protección');
});

test('export of one topic contains only that topic', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-cli-')), 'b.pdf');
  const r = run('export', '--out', out, '--topics', 'border');
  expect(r.status).toBe(0);
  const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
  expect(text).toContain('35,065');
  expect(text).not.toContain('137.9');
});

test('export into a missing folder fails with a clear message and exit 1, leaving nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-cli-'));
  const r = run('export', '--out', join(dir, 'nope', 'b.pdf'));
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/^Export failed: .*nope/);
  expect(readdirSync(dir)).toEqual([]);
});

test.each([
  [['export'], 'export needs --out'],
  [['export', '--out', 'x.pdf', '--lang', 'fr'], '--lang must be one of en, es; got "fr"'],
  [['export', '--out', 'x.pdf', '--topics', 'nope'], 'no topic "nope"'],
  [['frobnicate'], 'unknown command "frobnicate"'],
])('usage error %j exits 2 with "%s"', (args, message) => {
  const r = run(...args);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(message);
  expect(existsSync(join(root, 'x.pdf'))).toBe(false);
});

test('schema prints the JSON Schema of the format', () => {
  const r = run('schema');
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).title).toBe('Puente briefing pack');
});
