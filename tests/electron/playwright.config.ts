import { defineConfig } from '@playwright/test';

export default defineConfig({ testDir: '.', testMatch: '*.spec.ts', timeout: 60_000, workers: 1 });
