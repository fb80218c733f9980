import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // The CLI tests run the built bin/puente.cjs: build it once here, not in each file (parallel builds race).
    globalSetup: ['tests/unit/build-main.ts'],
  },
});
