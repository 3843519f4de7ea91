import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildApi } from '../core/app/ipc-contract';
import { watchTrustedDrops } from './drop-grants';

/*
 * The renderer's only door to the system: exactly the contract's functions, as
 * `window.chronoscope`. Listeners receive the payload only, never the IPC event (which would
 * leak `sender`). Dropped files reach main as tokens issued for trusted drops (drop-grants.ts).
 */
const grantForDroppedFile = watchTrustedDrops(
  window,
  (file) => webUtils.getPathForFile(file),
  (paths) => ipcRenderer.invoke('drop:grant', { paths }) as Promise<string[]>,
);

contextBridge.exposeInMainWorld(
  'chronoscope',
  buildApi({
    invoke: (channel, request) => ipcRenderer.invoke(channel, request),
    on: (channel, listener) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => ipcRenderer.removeListener(channel, wrapped);
    },
    grantForDroppedFile,
    hasUserGesture: () => navigator.userActivation?.isActive ?? false,
  }),
);
