import { defineConfig } from '@playwright/test';

export default defineConfig({
  outputDir: '../../test-results/electron-artifacts', testDir: '.', testMatch: '*.spec.ts', timeout: 60_000, workers: 1 });
