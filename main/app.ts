// The Electron shell: one window on the app's own origin, locked down, with the menu and dialogs. No logic lives here
// that a test cannot reach without Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type MenuItemConstructorOptions } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from './handlers';
import { APP_ORIGIN } from './handlers/sender';
import type { MenuCommand } from './model/contract';
import { resolveAppUrl } from './security/protocol-path';
import { mayNavigate, windowOpenAction } from './security/navigation';
import { mainWindowOptions } from './window-options';
import { contentTypeOf } from './content-type';

const rendererRoot = join(__dirname, '..', 'renderer');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let win: BrowserWindow | null = null;

function send(command: MenuCommand): void {
  win?.webContents.send('menu:command', command);
}

function buildMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Open Briefing…', accelerator: 'CmdOrCtrl+O', click: () => send('open-briefing') },
        { label: 'Export PDF…', accelerator: 'CmdOrCtrl+E', click: () => send('export-pdf') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { label: 'View', submenu: [{ role: 'togglefullscreen' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }] },
    { label: 'Help', submenu: [{ label: 'Keyboard Shortcuts', click: () => send('help') }] },
  ];
  return Menu.buildFromTemplate(template);
}

async function start(): Promise<void> {
  // Offline by construction: only the app's own scheme answers; permissions are all refused.
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  session.defaultSession.webRequest.onBeforeRequest((details, cb) => {
    const ok = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools:') || details.url.startsWith('data:');
    cb({ cancel: !ok });
  });
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

  const handlers = createHandlers({
    async chooseBriefingPath() {
      const r = await dialog.showOpenDialog(win ?? new BrowserWindow({ show: false }), {
        title: 'Open Briefing',
        properties: ['openFile', 'openDirectory'],
        filters: [{ name: 'Briefing pack', extensions: ['yaml', 'yml'] }],
      });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async chooseExportPath(suggestedName) {
      const r = await dialog.showSaveDialog(win ?? new BrowserWindow({ show: false }), {
        title: 'Export PDF',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      return r.canceled ? null : (r.filePath ?? null);
    },
  });
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, request) => handler(event.senderFrame?.url, request));
  }

  Menu.setApplicationMenu(buildMenu());
  win = new BrowserWindow(mainWindowOptions(__dirname));
  win.webContents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(windowOpenAction);
  win.once('ready-to-show', () => win?.show());
  win.on('closed', () => (win = null));
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
app.whenReady().then(start, (err: unknown) => {
  dialog.showErrorBox('Puente could not start', String(err));
  app.quit();
});
app.on('window-all-closed', () => app.quit());
