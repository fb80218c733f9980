// `npm test`: type checks, unit tests, the build, the renderer in Chromium, the Electron suite; one closing count line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { electronSuiteCommand } from './electron-runtime.mjs';
import { resolve } from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function step(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  // Windows (the desktop CI): npx is npx.cmd, which only a shell finds.
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.log(`=== ${name} FAILED (exit ${r.status})`);
    broken = true;
  }
  return r.status === 0;
}

function count(name, passed, failed, skipped) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  console.log(`=== ${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

// Type checks count as one test each: they fail the run like a test does.
const tsOk = step('typecheck main', 'npx', ['tsc', '-p', 'tsconfig.json']);
count('typecheck main', tsOk ? 1 : 0, tsOk ? 0 : 1, 0);
const svOk = step('svelte-check', 'npx', ['svelte-check', '--tsconfig', 'renderer/tsconfig.json', '--threshold', 'error']);
count('svelte-check', svOk ? 1 : 0, svOk ? 0 : 1, 0);

step('build', 'node', ['scripts/build.mjs']);

step('unit (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
try {
  const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  count('unit', v.numPassedTests, v.numFailedTests, v.numPendingTests + v.numTodoTests);
} catch {
  count('unit', 0, 1, 0);
}

for (const [name, config, file] of [
  ['renderer e2e (Chromium)', 'tests/playwright.config.ts', 'test-results/e2e.json'],
  ['electron', 'tests/electron/playwright.config.ts', 'test-results/electron.json'],
]) {
  const args = ['playwright', 'test', '-c', config, '--reporter=list,json'];
  // Electron needs a display: on a headless Linux box (CI) its suite runs under xvfb-run when that is installed.
  const hasXvfbRun = process.platform === 'linux' && spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
  const [cmd, cmdArgs] = name === 'electron' ? electronSuiteCommand(args, { platform: process.platform, env: process.env, hasXvfbRun }) : ['npx', args];
  step(name, cmd, cmdArgs, { PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(file) });
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    // Say why a suite skipped (e.g. no Electron binary): a skip is never a silent pass.
    const reasons = new Set();
    const walk = (suite) => {
      for (const spec of suite.specs ?? []) for (const t of spec.tests ?? [])
        for (const a of t.annotations ?? []) if (a.type === 'skip' && a.description) reasons.add(a.description);
      for (const child of suite.suites ?? []) walk(child);
    };
    for (const suite of report.suites ?? []) walk(suite);
    for (const r of reasons) console.log(`=== ${name}: ${r}`);
    const s = report.stats;
    count(name, s.expected, s.unexpected + s.flaky, s.skipped);
  } catch {
    count(name, 0, 1, 0);
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
