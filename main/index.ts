import { app, BrowserWindow, dialog, nativeTheme, shell } from 'electron';
import { basename } from 'node:path';
import { join, resolve } from 'node:path';
import type { EventChannel, EventContract } from '../core/app/ipc-contract';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { confirmExternalUrl } from './confirm-external';
import { PathGrants } from './grants';
import { bundledDatasetPath, pathFromArgv, userDataOverride } from './paths';
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
// Tests run each app instance with its own settings folder; a packaged app ignores the switch.
const userData = userDataOverride(process.env, app.isPackaged);
if (userData) app.setPath('userData', userData);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let win: BrowserWindow | undefined;
  let pendingPath: string | undefined = pathFromArgv(process.argv, app.isPackaged, process.cwd());
  const grants = new PathGrants();
  const settings = new SettingsStore(app.getPath('userData'), (message) => send('notice', { message }));

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
    send('file:open-request', { token: grants.issue(path), name: basename(path) });
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = pathFromArgv(argv, app.isPackaged, workingDirectory);
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
        openRecent: (path) => openInWindow(path),
        clearRecent: () => void handlers['recent:clear']().then(refreshMenu),
      });
    const handlers = createHandlers({
      settings,
      grants,
      bundledPath: bundledDatasetPath(appRoot, process.resourcesPath, app.isPackaged),
      startupPath: pendingPath,
      platform: process.platform,
      version: app.getVersion(),
      showOpenDialog: async ({ defaultPath, kind }) => {
        const r = await dialog.showOpenDialog(win!, {
          title: kind === 'article' ? 'Open article' : 'Open timeline',
          ...(defaultPath ? { defaultPath } : {}),
          properties: ['openFile'],
          filters: [
            kind === 'article'
              ? {
                  name: 'Article (text, Markdown, saved web page)',
                  extensions: ['txt', 'md', 'markdown', 'html', 'htm'],
                }
              : { name: 'Chronoscope timeline', extensions: ['json'] },
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
      confirmExternal: (url) => confirmExternalUrl(win, url),
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
