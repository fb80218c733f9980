import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A hang guard, not a speed bound: far above what any test takes even on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The CLI tests run the built bin/puente.cjs: build it once here, not in each file (parallel builds race).
    globalSetup: ['tests/unit/build-main.ts'],
  },
});
