// The doors to the main side: `window.puente`, typed by the IPC contract, and `window.puenteFiles`, which turns a
// dropped file into its path (Electron's webUtils; the sandboxed page cannot read paths itself).
import type { PuenteApi } from '../main/model/contract';

declare global {
  interface Window {
    puente: PuenteApi;
    puenteFiles?: { pathForFile(file: File): string };
  }
}

export {};
