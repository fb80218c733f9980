// Vitest global setup: builds out/main once before any test file runs, for the tests that run bin/puente.cjs.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function setup(): void {
  execFileSync('node', ['scripts/build.mjs', 'main'], { cwd: resolve(__dirname, '../..'), stdio: 'inherit' });
}
