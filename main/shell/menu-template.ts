// The application menu as a plain template, per platform, so every platform's menu is a unit test.
// Electron 45 (electron.d.ts, Menu.setApplicationMenu; tutorial "Application Menu", default menu template): on macOS
// the first top-level submenu is always shown under the app's name, so a File menu placed first disappears there;
// and text editing shortcuts (Cmd+C/V/X/A/Z) work only through Edit menu items with the matching roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentPack } from '../model/contract';

export interface MenuInputs {
  /** Node's `process.platform`: 'darwin' gets the app menu first and Quit inside it. */
  platform: NodeJS.Platform;
  recent: readonly RecentPack[];
  /** Sends a command to the focused window's renderer. */
  send: (command: MenuCommand) => void;
  /** Opens a recent pack by its path. */
  openRecent: (path: string) => void;
}

export function menuTemplate({ platform, recent, send, openRecent }: MenuInputs): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] = recent.map((r) => ({ label: r.name, toolTip: r.path, click: () => openRecent(r.path) }));
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open Briefing…', accelerator: 'CmdOrCtrl+O', click: () => send('open-briefing') },
      { label: 'Open Recent', enabled: recentItems.length > 0, submenu: recentItems },
      { label: 'Export PDF…', accelerator: 'CmdOrCtrl+E', click: () => send('export-pdf') },
      { type: 'separator' },
      // macOS: Quit lives in the app menu; Close closes the focused window, as every Mac app's File menu does.
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  // The 'editMenu' role gives the platform's own Edit menu (Undo, Redo, Cut, Copy, Paste, Select All…).
  const edit: MenuItemConstructorOptions = { role: 'editMenu' };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Presenter View', accelerator: 'CmdOrCtrl+P', click: () => send('presenter') },
      { label: 'Overview', click: () => send('overview') },
      { label: 'Find Slide…', click: () => send('search') },
      { label: 'Both Languages', click: () => send('bilingual') },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ label: 'Keyboard Shortcuts', click: () => send('help') }] };
  // 'appMenu' is the macOS app menu (About, Services, Hide, Quit) under the app's name.
  return mac ? [{ role: 'appMenu' }, file, edit, view, { role: 'windowMenu' }, help] : [file, edit, view, help];
}
