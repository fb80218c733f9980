// The real Electron app, launched with Playwright's _electron. Runs wherever the Electron binary is installed.
import { test, expect, _electron as electron, type ElectronApplication } from '@playwright/test';
import { spawn } from 'node:child_process';
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
// A fresh profile per launch, so a pack remembered by one test does not open in the next. Chromium refuses to run
// as root with its sandbox (.ci/run's Debian machine runs as root): there, and only there, it runs without it.
const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const profile = () => [`--user-data-dir=${mkdtempSync(join(tmpdir(), 'puente-electron-'))}`, ...rootOnly];
/** The launch arguments: the app folder, then the profile (and the root-only switch), then any more. */
const argsFor = (app: string, prof: string[], ...more: string[]) => [app, ...prof, ...more];
const minimalPack = join(root, 'tests/fixtures/packs/minimal');

/** Runs the Electron binary directly (not through Playwright) and resolves with its exit code and stderr. */
function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(binary!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('exit', (code) => done({ code, stderr }));
  });
}

/** Clicks a File-menu item by its label, as the briefer would. */
async function clickFileMenu(app: ElectronApplication, label: string): Promise<void> {
  await app.evaluate(({ Menu }, wanted) => {
    const file = Menu.getApplicationMenu()?.items.find((i) => i.label === 'File');
    const item = file?.submenu?.items.find((i) => i.label === wanted);
    if (!item) throw new Error(`no File > ${wanted}`);
    item.click();
  }, label);
}
test.skip(!binary, 'skipped: Electron binary not installed (it cannot be downloaded on this machine)');

test('the app opens on the bundled briefing with its agenda', async () => {
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, profile()) });
  const page = await app.firstWindow();
  await expect(page.getByTestId('agenda')).toBeVisible();
  await expect(page.getByTestId('agenda')).toContainText('Mexico');
  await app.close();
});

test('the window is locked down: context isolation, sandbox, no node integration', async () => {
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, profile()) });
  const page = await app.firstWindow();
  expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as unknown as { puente?: unknown }).puente)).toBe('object');
  expect(page.url()).toMatch(/^app:\/\/puente\//);
  await app.close();
});

test('P opens the presenter window, and a key pressed there moves the audience window', async () => {
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, profile()) });
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
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, profile(), minimalPack) });
  const page = await app.firstWindow();
  await expect(page.getByTestId('agenda')).toContainText('Minimal briefing');
  await app.close();
});

test('the Export dialog writes a handout through the worker thread, and Show in folder gets its path', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-electron-export-')), 'handout.pdf');
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, profile()) });
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

// Issue 11: what only Electron shows.
test('the two windows have their own titles, so the briefer can tell which to share', async () => {
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, profile()) });
  const audience = await app.firstWindow();
  await expect(audience.getByTestId('agenda')).toBeVisible();
  const opened = app.waitForEvent('window');
  await audience.keyboard.press('p');
  await expect((await opened).getByTestId('presenter')).toBeVisible();
  const titles = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()).sort());
  expect(titles).toEqual(['Puente — Audience', 'Puente — Presenter notes (do not share)']);
  await app.close();
});

test('the menu: File first on Windows and Linux, after the app menu on macOS; an Edit menu everywhere', async () => {
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, profile()) });
  await app.firstWindow();
  const menu = await app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((i) => ({ label: i.label, roles: (i.submenu?.items ?? []).map((s) => String(s.role ?? '').toLowerCase()) })),
  );
  const labels = menu.map((m) => m.label);
  if (process.platform === 'darwin') expect(labels.slice(1, 4)).toEqual(['File', 'Edit', 'View']);
  else expect(labels.slice(0, 3)).toEqual(['File', 'Edit', 'View']);
  expect(menu.find((m) => m.label === 'Edit')?.roles).toEqual(expect.arrayContaining(['undo', 'cut', 'copy', 'paste', 'selectall']));
  await app.close();
});

test('Open Briefing… offers a file picker off macOS, and the pack it opens is remembered across a quit', async () => {
  const prof = profile();
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, prof) });
  await app.evaluate(({ dialog }, file) => {
    dialog.showOpenDialog = (async (...a: unknown[]) => {
      const options = a.at(-1) as { properties?: string[] };
      (globalThis as { asked?: string[] }).asked = options.properties ?? [];
      return { canceled: false, filePaths: [file] };
    }) as typeof dialog.showOpenDialog;
  }, join(minimalPack, 'briefing.yaml'));
  const page = await app.firstWindow();
  await expect(page.getByTestId('agenda')).toContainText('Mexico');
  await clickFileMenu(app, 'Open Briefing…');
  await expect(page.getByTestId('agenda')).toContainText('Minimal briefing');
  const asked = await app.evaluate(() => (globalThis as { asked?: string[] }).asked);
  expect(asked).toEqual(process.platform === 'darwin' ? ['openFile', 'openDirectory'] : ['openFile']);
  await app.close(); // app.quit(): before-quit waits for the settings write
  const again = await electron.launch({ executablePath: binary!, args: argsFor(root, prof) });
  await expect((await again.firstWindow()).getByTestId('agenda')).toContainText('Minimal briefing');
  await again.close();
});

test('Export PDF adds ".pdf" when the save dialog returns a name without it', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'puente-electron-export-')), 'handout');
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, profile()) });
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
  }, out);
  const page = await app.firstWindow();
  await expect(page.getByTestId('agenda')).toBeVisible();
  await page.keyboard.press('e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 30_000 });
  expect(readFileSync(`${out}.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
  expect(existsSync(out)).toBe(false);
  await app.close();
});

test('a failed start exits and frees the single-instance lock, so Puente starts again', async () => {
  const prof = profile();
  // Without the fix this process stays alive, windowless, holding the lock: the test then times out.
  const failed = await run(argsFor(join(__dirname, 'fixtures/failing-start'), prof));
  expect(failed.code).toBe(1);
  expect(failed.stderr).toContain('error box: Puente could not start: Puente could not start: simulated start failure.');
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, prof) });
  await expect((await app.firstWindow()).getByTestId('agenda')).toBeVisible();
  await app.close();
});

test('a second launch hands its pack to the running Puente and exits at once', async () => {
  const prof = profile();
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, prof) });
  const page = await app.firstWindow();
  await expect(page.getByTestId('agenda')).toContainText('Mexico');
  const second = await run(argsFor(root, prof, minimalPack));
  expect(second.code).toBe(0);
  await expect(page.getByTestId('agenda')).toContainText('Minimal briefing');
  expect(app.windows()).toHaveLength(1);
  await app.close();
});

test('a second launch restores a minimized window', async () => {
  test.skip(process.platform === 'linux', 'minimizing needs a window manager, which xvfb-run does not start');
  const prof = profile();
  const app = await electron.launch({ executablePath: binary!, args: argsFor(root, prof) });
  await app.firstWindow();
  await app.evaluate(({ BrowserWindow }) => new Promise<void>((done) => {
    const w = BrowserWindow.getAllWindows()[0]!;
    w.once('minimize', () => done());
    w.minimize();
  }));
  // Listen for 'restore' before the second launch; await it after.
  await app.evaluate(({ BrowserWindow }) => {
    const w = BrowserWindow.getAllWindows()[0]!;
    (globalThis as { restored?: Promise<void> }).restored = new Promise<void>((done) => w.once('restore', () => done()));
  });
  expect((await run(argsFor(root, prof))).code).toBe(0);
  await app.evaluate(() => (globalThis as { restored?: Promise<void> }).restored);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isMinimized())).toBe(false);
  await app.close();
});
