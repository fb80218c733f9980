// The real Electron app, launched with Playwright's _electron. Runs wherever the Electron binary is installed.
import { test, expect, _electron as electron } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
// A fresh profile per launch, so a pack remembered by one test does not open in the next.
const profile = () => `--user-data-dir=${mkdtempSync(join(tmpdir(), 'puente-electron-'))}`;
test.skip(!binary, 'skipped: Electron binary not installed (it cannot be downloaded on this machine)');

test('the app opens on the bundled briefing with its agenda', async () => {
  const app = await electron.launch({ executablePath: binary!, args: [root, profile()] });
  const page = await app.firstWindow();
  await expect(page.getByTestId('agenda')).toBeVisible();
  await expect(page.getByTestId('agenda')).toContainText('Mexico');
  await app.close();
});

test('the window is locked down: context isolation, sandbox, no node integration', async () => {
  const app = await electron.launch({ executablePath: binary!, args: [root, profile()] });
  const page = await app.firstWindow();
  expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as unknown as { puente?: unknown }).puente)).toBe('object');
  expect(page.url()).toMatch(/^app:\/\/puente\//);
  await app.close();
});

test('P opens the presenter window, and a key pressed there moves the audience window', async () => {
  const app = await electron.launch({ executablePath: binary!, args: [root, profile()] });
  const audience = await app.firstWindow();
  await audience.locator('[data-testid^="topic-"]').first().click();
  const first = await audience.getByTestId('slide').getAttribute('data-slide-id');
  const opened = app.waitForEvent('window');
  await audience.keyboard.press('p');
  const presenter = await opened;
  await expect(presenter.getByTestId('presenter')).toBeVisible();
  expect(presenter.url()).toMatch(/#presenter$/);
  await presenter.keyboard.press('ArrowRight');
  await expect(audience.getByTestId('slide')).not.toHaveAttribute('data-slide-id', first!);
  expect(app.windows()).toHaveLength(2);
  await app.close();
});

test('a pack named on the command line opens instead of the bundled briefing', async () => {
  const app = await electron.launch({ executablePath: binary!, args: [root, profile(), join(root, 'tests/fixtures/packs/minimal')] });
  const page = await app.firstWindow();
  await expect(page.getByTestId('agenda')).toContainText('Minimal briefing');
  await app.close();
});

test('the Export dialog writes a handout through the worker thread, and Show in folder gets its path', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-electron-export-')), 'handout.pdf');
  const app = await electron.launch({ executablePath: binary!, args: [root, profile()] });
  // Stand-ins for the two OS dialogs only: the save dialog answers with `out`; showItemInFolder records its path.
  await app.evaluate(({ dialog, shell }, file) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    (globalThis as { revealed?: string }).revealed = '';
    shell.showItemInFolder = (path: string) => {
      (globalThis as { revealed?: string }).revealed = path;
    };
  }, out);
  const page = await app.firstWindow();
  await expect(page.getByTestId('agenda')).toBeVisible();
  await page.keyboard.press('e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-layout-handout-3').click();
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 30_000 });
  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  await dialog.getByTestId('export-folder').click();
  await expect.poll(() => app.evaluate(() => (globalThis as { revealed?: string }).revealed)).toBe(out);
  await app.close();
});
