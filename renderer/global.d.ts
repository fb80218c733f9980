// The one door to the main side: `window.puente`, typed by the IPC contract.
import type { PuenteApi } from '../main/model/contract';

declare global {
  interface Window {
    puente: PuenteApi;
  }
}

export {};
