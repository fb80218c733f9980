// The Electron shell: the audience window and the presenter window on the app's own origin, locked down, with the
// menu, dialogs and display placement. No logic lives here that a test cannot reach without Electron.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createHandlers } from './handlers';
import { workerExportRunner } from './pdf/export-runner';
import { BriefingSession } from './briefing/session';
import { APP_ORIGIN } from './security/sender';
import type { EventChannel, MenuCommand } from './model/contract';
import { resolveAppUrl } from './security/protocol-path';
import { mayNavigate, windowOpenAction } from './security/navigation';
import { isAllowedRequest } from './security/request-filter';
import { mayGrantPermission } from './security/permissions';
import { mainWindowOptions, type WindowRole } from './window-options';
import { contentTypeOf } from './content-type';
import { SettingsStore } from './settings/store';
import { packFromArgv } from './launch-args';
import { placeWindows, type DisplayInfo } from './display-placement';
import { menuTemplate } from './shell/menu-template';
import { exportPdfDialog, exportTarget, openBriefingDialog, replaceFileQuestion } from './shell/dialogs';
import { bringToFront, failStart, quitAfterFlush } from './shell/lifecycle';

const rendererRoot = join(__dirname, '..', 'renderer');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let audience: BrowserWindow | null = null;
let presenter: BrowserWindow | null = null;
let settings: SettingsStore | null = null;
let openPack: ((path: string) => void) | null = null;
// A pack handed over before the app is ready (macOS open-file, a second launch).
let pendingPack: string | null = null;

function broadcast(channel: EventChannel, payload: unknown): void {
  for (const w of BrowserWindow.getAllWindows()) if (!w.isDestroyed()) w.webContents.send(channel, payload);
}

function send(command: MenuCommand): void {
  (BrowserWindow.getFocusedWindow() ?? audience)?.webContents.send('menu:command', command);
}

function buildMenu(): Menu {
  return Menu.buildFromTemplate(
    menuTemplate({ platform: process.platform, recent: settings?.recent() ?? [], send, openRecent: (path) => openPack?.(path) }),
  );
}

function lockDown(win: BrowserWindow): void {
  win.webContents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(windowOpenAction);
}

/** Keeps the window's own title: without this the page's <title> replaces it (BrowserWindow 'page-title-updated'). */
function keepTitle(win: BrowserWindow, role: WindowRole): void {
  win.on('page-title-updated', (event) => event.preventDefault());
  win.setTitle(mainWindowOptions(__dirname, role).title);
}

function displays(): DisplayInfo[] {
  return screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, workArea: d.workArea, internal: d.internal }));
}

/** Opens the presenter window on the laptop screen and puts the audience window full screen on the projector. */
async function openPresenterWindow(): Promise<void> {
  if (presenter && !presenter.isDestroyed()) return presenter.focus();
  const { minWidth, minHeight } = mainWindowOptions(__dirname);
  const place = placeWindows(displays(), { primaryId: screen.getPrimaryDisplay().id, minWindow: { width: minWidth, height: minHeight } });
  presenter = new BrowserWindow({ ...mainWindowOptions(__dirname, 'presenter'), ...place.presenter.bounds }); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: mainWindowOptions() is tested by value; lockDown denies new windows
  lockDown(presenter);
  keepTitle(presenter, 'presenter');
  presenter.once('ready-to-show', () => presenter?.show());
  presenter.on('closed', () => {
    presenter = null;
    if (audience && !audience.isDestroyed()) audience.setFullScreen(false);
    broadcast('windows:changed', { presenter: false });
  });
  if (audience && !audience.isDestroyed()) {
    audience.setBounds(place.audience.bounds);
    if (place.audience.fullscreen) audience.setFullScreen(true);
  }
  await presenter.loadURL(`${APP_ORIGIN}/index.html#presenter`);
  broadcast('windows:changed', { presenter: true });
}

async function start(): Promise<void> {
  // Offline by construction: only the app's own scheme answers; only full screen is granted, to the app's own page.
  session.defaultSession.setPermissionRequestHandler((_wc, perm, cb, details) => cb(mayGrantPermission(perm, details.requestingUrl)));
  // Checks (navigator.permissions.query and Chromium's own synchronous checks) get the same answer as requests.
  session.defaultSession.setPermissionCheckHandler((_wc, perm, _origin, details) => mayGrantPermission(perm, details.requestingUrl));
  session.defaultSession.webRequest.onBeforeRequest((details, cb) => cb({ cancel: !isAllowedRequest(details.url) }));
  // Served with fs, not net.fetch(file://…), so the request filter above can refuse every other scheme.
  protocol.handle('app', async (request) => {
    const file = resolveAppUrl(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: { 'content-type': contentTypeOf(file) } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  settings = await SettingsStore.open(join(app.getPath('userData'), 'settings.json'));
  const named = pendingPack ?? packFromArgv(process.argv, { cwd: process.cwd(), isPackaged: app.isPackaged });
  const briefings = new BriefingSession({ initialPack: named ?? settings.lastPack() });

  const parent = () => BrowserWindow.getFocusedWindow() ?? audience ?? new BrowserWindow({ show: false }); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: hidden dialog parent that loads nothing
  const handlers = createHandlers(
    {
      async chooseBriefingPath() {
        const r = await dialog.showOpenDialog(parent(), openBriefingDialog(process.platform));
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      async chooseExportPath(suggestedName) {
        const r = await dialog.showSaveDialog(parent(), exportPdfDialog(join(app.getPath('documents'), suggestedName)));
        if (r.canceled || !r.filePath) return null;
        const target = exportTarget(r.filePath, existsSync, extname(suggestedName).toLowerCase() || '.pdf');
        if (!target.askOverwrite) return target.path;
        const answer = await dialog.showMessageBox(parent(), replaceFileQuestion(target.path));
        return answer.response === 0 ? target.path : null;
      },
      broadcast,
      openPresenterWindow,
      settings,
      // Exports run in a worker thread so the window never freezes; the handlers let these two reach only exported PDFs.
      runExport: workerExportRunner(join(__dirname, 'export-worker.cjs')),
      openPath: (path) => shell.openPath(path),
      showItemInFolder: (path) => shell.showItemInFolder(path),
    },
    briefings,
  );
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, request) => handler(event.senderFrame?.url, request));
  }
  openPack = (path) => {
    void briefings.open(path).then(() => Menu.setApplicationMenu(buildMenu()));
  };
  briefings.onChange(() => Menu.setApplicationMenu(buildMenu())); // the recent list may have changed

  Menu.setApplicationMenu(buildMenu());
  audience = new BrowserWindow(mainWindowOptions(__dirname)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: mainWindowOptions() is tested by value; lockDown denies new windows
  lockDown(audience);
  keepTitle(audience, 'audience');
  audience.once('ready-to-show', () => audience?.show());
  audience.on('closed', () => {
    audience = null;
    presenter?.close();
  });
  await audience.loadURL(`${APP_ORIGIN}/index.html`);
}

/** A failed start: says why, then exits (app.exit, not app.quit: no window may exist yet to close, and a windowless
 * process would keep the single-instance lock, so every later launch would only ping it). */
function failedToStart(err: unknown): void {
  failStart(err, { showErrorBox: (title, content) => dialog.showErrorBox(title, content), exit: (code) => app.exit(code) });
}

// One Puente at a time: opening a pack from the file manager while it runs hands the pack to the running app
// (second-instance). The losing instance has sent its argv there and does nothing else — as Electron's
// requestSingleInstanceLock docs say, it "should immediately quit".
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_e, argv, cwd) => {
    const pack = packFromArgv(argv, { cwd, isPackaged: app.isPackaged });
    if (pack) openPack?.(pack);
    bringToFront(audience);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (openPack) openPack(path);
    else pendingPack = path;
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  // .catch after .then: a failure inside start() (not only in whenReady) reaches failedToStart.
  app.whenReady().then(start).catch(failedToStart);
  // The last settings change is written before the process ends.
  app.on('before-quit', quitAfterFlush(() => settings?.flush() ?? Promise.resolve(), () => app.quit()));
  app.on('window-all-closed', () => app.quit());
}
