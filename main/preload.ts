// Exposes the IPC contract, and nothing else, to the renderer as `window.puente`; and, as `window.puenteFiles`, the one
// thing a sandboxed page cannot do itself: turn a dropped file into its path, so a pack can be opened by drag and drop.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { makeApi } from './model/contract';

contextBridge.exposeInMainWorld(
  'puente',
  makeApi({
    invoke: (channel, request) => ipcRenderer.invoke(channel, request),
    on(channel, listener) {
      // Drop Electron's event object: the renderer sees only the payload.
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => ipcRenderer.removeListener(channel, handler);
    },
  }),
);
contextBridge.exposeInMainWorld('puenteFiles', { pathForFile: (file: File) => webUtils.getPathForFile(file) });
