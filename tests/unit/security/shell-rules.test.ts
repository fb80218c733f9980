// Static checks on the Electron shell and packaging for the checklist items a unit test cannot exercise without the
// Electron binary: each reads the source or config and fails if a hardening line is removed or weakened.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { mainWindowOptions, WINDOW_TITLES } from '../../../main/window-options';

const root = resolve(__dirname, '../../..');
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
const app = read('main/app.ts');

function mainSources(dir = 'main'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...mainSources(rel));
    else if (entry.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

describe('window options', () => {
  test('webPreferences are exactly the locked-down set: no experimental or Blink features, no Node anywhere', () => {
    expect(mainWindowOptions('/o').webPreferences).toEqual({
      preload: join('/o', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });
  test('the audience and presenter windows have different titles, saying which one to share', () => {
    expect(mainWindowOptions('/o').title).toBe(WINDOW_TITLES.audience);
    expect(mainWindowOptions('/o', 'presenter').title).toBe(WINDOW_TITLES.presenter);
    expect(WINDOW_TITLES.audience).not.toBe(WINDOW_TITLES.presenter);
    expect(WINDOW_TITLES.presenter).toMatch(/not share/);
    expect(mainWindowOptions('/o', 'presenter').webPreferences).toEqual(mainWindowOptions('/o').webPreferences);
  });
  test('every window the shell opens uses those options or loads nothing', () => {
    const windows = app.match(/new BrowserWindow\([^\n]*/g) ?? [];
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) expect(w, w).toMatch(/mainWindowOptions\(__dirname(, '(audience|presenter)')?\)|new BrowserWindow\(\{ show: false \}\)/);
  });
});

describe('the shell wires every rule module in', () => {
  test('each window refuses navigation away from the app and every new window', () => {
    expect(app).toMatch(/on\('will-navigate', \(event, url\) => \{\s*if \(!mayNavigate\(url\)\) event\.preventDefault\(\);/);
    expect(app).toContain('setWindowOpenHandler(windowOpenAction)');
    expect(app.match(/lockDown\((audience|presenter)\)/g)).toHaveLength(2);
  });
  test('<webview> is refused for every web contents', () => {
    expect(app).toMatch(/on\('will-attach-webview', \(event\) => event\.preventDefault\(\)\)/);
  });
  test('the session answers permissions and requests with the tested rules', () => {
    expect(app).toContain('setPermissionRequestHandler((_wc, perm, cb, details) => cb(mayGrantPermission(perm, details.requestingUrl)))');
    expect(app).toContain('setPermissionCheckHandler((_wc, perm, _origin, details) => mayGrantPermission(perm, details.requestingUrl))');
    expect(app).toContain('onBeforeRequest((details, cb) => cb({ cancel: !isAllowedRequest(details.url) }))');
  });
  test('the renderer is served over app:// by the traversal-safe resolver, never from file://', () => {
    expect(app).toContain("protocol.handle('app'");
    expect(app).toContain('resolveAppUrl(rendererRoot, request.url)');
    expect(app).not.toMatch(/loadFile\(|loadURL\(['"`]file:|(register|intercept)FileProtocol/);
    // bypassCSP would switch the CSP off for app://; corsEnabled/stream are not needed.
    expect(app).toContain("registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])");
  });
  test('IPC is registered only through the handlers, each given the sender frame URL to check', () => {
    expect(app.match(/ipcMain\.\w+\(/g)).toEqual(['ipcMain.handle(']);
    expect(app).toContain('ipcMain.handle(channel, (event, request) => handler(event.senderFrame?.url, request))');
  });
});

// Issue 11: the first-run defects found by reading the shell against Electron 45's docs. Each rule is a tested pure
// function (tests/unit/main/shell/, display-placement-small-screens.test.ts); these check the shell uses them.
describe('the shell lifecycle', () => {
  const body = (from: string) => app.slice(app.indexOf(from));
  test('a failure inside start() reaches the handler (.then(start).catch), which exits rather than quits', () => {
    expect(app).toContain('app.whenReady().then(start).catch(failedToStart);');
    expect(app).not.toMatch(/whenReady\(\)\.then\(start,/);
    expect(body('function failedToStart')).toMatch(/^function failedToStart\(err: unknown\): void \{\s*failStart\(err, \{ showErrorBox: [^\n]*exit: \(code\) => app\.exit\(code\) \}\);/);
  });
  test('the losing second instance quits and registers nothing: whenReady only in the branch holding the lock', () => {
    const lock = app.indexOf('if (!app.requestSingleInstanceLock()) {\n  app.quit();\n} else {');
    expect(lock).toBeGreaterThan(0);
    expect(app.indexOf('app.whenReady()')).toBeGreaterThan(lock);
    for (const event of ['second-instance', 'open-file', 'before-quit', 'window-all-closed', 'web-contents-created'])
      expect(app.indexOf(`app.on('${event}'`), event).toBeGreaterThan(lock);
  });
  test('quit waits for the settings write', () => {
    expect(app).toContain("app.on('before-quit', quitAfterFlush(() => settings?.flush() ?? Promise.resolve(), () => app.quit()));");
  });
  test('a second launch restores and focuses the window', () => {
    expect(body("app.on('second-instance'")).toMatch(/^[^]*?bringToFront\(audience\);\s*\}\);/);
  });
  test('both windows keep their own titles (the page <title> would make both "Puente")', () => {
    expect(app).toContain("win.on('page-title-updated', (event) => event.preventDefault());");
    expect(app).toContain("keepTitle(audience, 'audience');");
    expect(app).toContain("keepTitle(presenter, 'presenter');");
    expect(app).toContain("new BrowserWindow({ ...mainWindowOptions(__dirname, 'presenter'),");
  });
  test('menu and dialogs come from the tested per-platform modules', () => {
    expect(app).toContain('menuTemplate({ platform: process.platform,');
    expect(app).toContain('dialog.showOpenDialog(parent(), openBriefingDialog(process.platform))');
    expect(app).toContain('exportTarget(r.filePath, existsSync');
    expect(app).not.toMatch(/properties: \[/);
  });
});

describe('main/ never', () => {
  const sources = mainSources();
  test.each([
    ['opens URLs with shell.openExternal', /\bopenExternal\s*[(,}]|\.openExternal\b/],
    ['turns web security off by command-line switch', /appendSwitch|disable-web-security|ignore-certificate-errors/],
    ['silences Electron security warnings', /ELECTRON_DISABLE_SECURITY_WARNINGS/],
    ['enables experimental or Blink features', /experimentalFeatures|enableBlinkFeatures/],
    ['turns Node on in frames or workers', /nodeIntegrationIn(SubFrames|Worker)|nodeIntegration:\s*true/],
    ['allows popups in a webview', /allowpopups/i],
  ])('%s', (_what, pattern) => {
    expect(sources.filter((f) => pattern.test(read(f)))).toEqual([]);
  });
});

describe("Electron's shell", () => {
  const importsShell = (source: string) =>
    /import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*['"]electron['"]/.test(source) || /require\(['"]electron['"]\)\.shell|\{[^}]*\bshell\b[^}]*\}\s*=\s*require\(['"]electron['"]\)/.test(source);
  test('is imported by main/app.ts alone', () => {
    expect(mainSources().filter((f) => importsShell(read(f)))).toEqual(['main/app.ts']);
  });
  test('is used only to open an exported PDF or show it in its folder (the handlers allow only exported paths)', () => {
    const used = [...app.matchAll(/\bshell\s*\.\s*(\w+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    expect([...new Set(used)].sort()).toEqual(['openPath', 'showItemInFolder']);
    expect(app).toContain('openPath: (path) => shell.openPath(path)');
    expect(app).toContain('showItemInFolder: (path) => shell.showItemInFolder(path)');
  });
});

test('Electron stays on a current major (45 when this was written; raise it, never lower it)', () => {
  const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
  const wanted = /(\d+)/.exec(pkg.devDependencies.electron ?? '')?.[1];
  expect(Number(wanted)).toBeGreaterThanOrEqual(45);
  const installed = (JSON.parse(read('node_modules/electron/package.json')) as { version: string }).version;
  expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(45);
});

test('the packaged app flips the fuses that close Node-level back doors', () => {
  const config = parse(read('electron-builder.yml')) as { electronFuses?: Record<string, boolean> };
  expect(config.electronFuses).toMatchObject({
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  });
});
