// The main window's options as a pure value, so a test can check every security setting without Electron.
import { join } from 'node:path';

export interface MainWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  backgroundColor: string;
  show: boolean;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    webviewTag: false;
    spellcheck: false;
  };
}

/**
 * Each window's title, as the OS shows it in the screen-share picker, Alt-Tab and the taskbar: the briefer must be
 * able to tell the window to share from the notes. The shell keeps these (it cancels 'page-title-updated', Electron's
 * documented way to stop the page's <title> replacing the native title).
 */
export const WINDOW_TITLES = { audience: 'Puente — Audience', presenter: 'Puente — Presenter notes (do not share)' } as const;
export type WindowRole = keyof typeof WINDOW_TITLES;

export function mainWindowOptions(outMainDir: string, role: WindowRole = 'audience'): MainWindowOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 400,
    title: WINDOW_TITLES[role],
    backgroundColor: '#0b1f3a',
    show: false,
    webPreferences: {
      preload: join(outMainDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
