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

export function mainWindowOptions(outMainDir: string): MainWindowOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 640,
    minHeight: 400,
    title: 'Puente',
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
