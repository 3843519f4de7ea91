import { app, BrowserWindow, dialog, nativeTheme, shell } from 'electron';
import { join, resolve } from 'node:path';
import type { EventChannel, EventContract } from '../core/ipc-contract';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { bundledDatasetPath, pathFromArgv } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenWebContents } from './security';
import { SettingsStore } from './settings-store';
import { createMainWindow } from './window';

/*
 * App lifecycle: one instance, one window. A timeline file opened while the app runs (a second
 * launch with a path, or macOS open-file) is handed to the running window.
 */

const outDir = resolve(import.meta.dirname, '..');
const appRoot = resolve(outDir, '..');

registerAppScheme();
// Tests run each app instance with its own settings folder.
if (process.env.CHRONOSCOPE_USER_DATA) app.setPath('userData', process.env.CHRONOSCOPE_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | undefined;
  let pendingPath: string | undefined = pathFromArgv(process.argv, app.isPackaged);
  const settings = new SettingsStore(app.getPath('userData'));

  const send = <E extends EventChannel>(channel: E, payload: EventContract[E]) => {
    if (win && !win.isDestroyed()) win.webContents.send(channel, payload);
  };
  const openInWindow = (path: string) => {
    if (!win) {
      pendingPath = path;
      return;
    }
    if (win.isMinimized()) win.restore();
    win.focus();
    send('file:open-request', { path });
  };

  app.on('second-instance', (_event, argv) => {
    const path = pathFromArgv(argv, app.isPackaged);
    if (path) openInWindow(path);
    else win?.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openInWindow(path);
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    await settings.load();
    nativeTheme.themeSource = settings.get().theme;
    hardenWebContents();
    serveRenderer(join(outDir, 'renderer'));
    const refreshMenu = () =>
      installMenu(settings.get().recent, settings.get().theme, {
        command: (id) => send('menu:command', id),
        openRecent: (path) => send('file:open-request', { path }),
        clearRecent: () => void handlers['recent:clear']().then(refreshMenu),
      });
    const handlers = createHandlers({
      settings,
      bundledPath: bundledDatasetPath(appRoot, process.resourcesPath, app.isPackaged),
      startupPath: pendingPath,
      platform: process.platform,
      version: app.getVersion(),
      showOpenDialog: async ({ defaultPath }) => {
        const r = await dialog.showOpenDialog(win!, {
          title: 'Open timeline',
          ...(defaultPath ? { defaultPath } : {}),
          properties: ['openFile'],
          filters: [
            { name: 'Chronoscope timeline', extensions: ['json'] },
            { name: 'All files', extensions: ['*'] },
          ],
        });
        return r.canceled ? undefined : r.filePaths[0];
      },
      showSaveDialog: async ({ defaultPath, format }) => {
        const r = await dialog.showSaveDialog(win!, {
          title: 'Export timeline image',
          defaultPath,
          filters: [{ name: format.toUpperCase(), extensions: [format] }],
        });
        return r.canceled ? undefined : r.filePath;
      },
      openExternal: (url) => shell.openExternal(url),
      setNativeTheme: (theme) => {
        nativeTheme.themeSource = theme;
        queueMicrotask(refreshMenu);
      },
      send: (channel, payload) => {
        send(channel, payload);
        if (channel === 'recent:changed') refreshMenu();
      },
    });
    pendingPath = undefined;
    registerIpc(handlers);
    refreshMenu();
    win = createMainWindow(settings, join(outDir, 'preload', 'index.cjs'));
    win.on('closed', () => (win = undefined));
  });
}
