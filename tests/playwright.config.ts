import { defineConfig } from '@playwright/test';

export default defineConfig({
  outputDir: '../test-results/e2e-artifacts',
  testDir: './e2e',
  timeout: 60_000,
  workers: 1,
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
    },
    viewport: { width: 1280, height: 720 },
  },
});
