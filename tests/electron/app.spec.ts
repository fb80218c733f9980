// The real Electron app, launched with Playwright's _electron. Runs wherever the Electron binary is installed.
import { test, expect, _electron as electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

function electronBinary(): string | null {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(bin) ? bin : null;
}

const binary = electronBinary();
test.skip(!binary, 'skipped: Electron binary not installed (it cannot be downloaded on this machine)');

test('the app opens on the bundled briefing with its agenda', async () => {
  const app = await electron.launch({ executablePath: binary!, args: [root] });
  const page = await app.firstWindow();
  await expect(page.getByTestId('agenda')).toBeVisible();
  await expect(page.getByTestId('agenda')).toContainText('Mexico');
  await app.close();
});

test('the window is locked down: context isolation, sandbox, no node integration', async () => {
  const app = await electron.launch({ executablePath: binary!, args: [root] });
  const page = await app.firstWindow();
  expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as unknown as { puente?: unknown }).puente)).toBe('object');
  expect(page.url()).toMatch(/^app:\/\/puente\//);
  await app.close();
});
