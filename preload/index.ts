import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi } from '../core/ipc-contract';

/*
 * The renderer's only door to the system: exactly the contract's functions, as
 * `window.chronoscope`. Listeners receive the payload only, never the IPC event (which would
 * leak `sender`).
 */
contextBridge.exposeInMainWorld(
  'chronoscope',
  buildApi({
    invoke: (channel, request) => ipcRenderer.invoke(channel, request),
    on: (channel, listener) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => ipcRenderer.removeListener(channel, wrapped);
    },
    pathForFile: (file) => webUtils.getPathForFile(file) || undefined,
  }),
);
