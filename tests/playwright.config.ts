import { defineConfig } from '@playwright/test';

export default defineConfig({
  outputDir: '../test-results/e2e-artifacts',
  testDir: './e2e',
  // Hang guards, not speed bounds: far above what a test takes even on a busy 2-core machine.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without Chromium's own omnibox popup, which each new window preloads in a renderer of its own (more CPU than
      // the app's page in traces, on a 2-core machine; Electron has no such UI): see bench/renderer-times.ts.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync', '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'],
    },
    viewport: { width: 1280, height: 720 },
  },
});
