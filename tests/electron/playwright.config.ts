import { defineConfig } from '@playwright/test';

export default defineConfig({
  outputDir: '../../test-results/electron-artifacts', testDir: '.', testMatch: '*.spec.ts', timeout: 120_000, expect: { timeout: 20_000 }, workers: 1 });
