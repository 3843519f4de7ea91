import { app, BrowserWindow, dialog, nativeTheme, shell } from 'electron';
import { basename } from 'node:path';
import { join, resolve } from 'node:path';
import type { EventChannel, EventContract } from '../core/app/ipc-contract';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import type { HistoryLabels } from './menu-template';
import { confirmExternalUrl } from './confirm-external';
import { PathGrants } from './grants';
import { bundledDatasetPath, pathFromArgv, userDataOverride } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenWebContents } from './security';
import { SettingsStore } from './settings-store';

/** Title and file filter of the open dialog for each thing the user may be asked to pick. */
const OPEN_DIALOGS = {
  open: { title: 'Open timeline', filter: { name: 'Chronoscope timeline', extensions: ['json'] } },
  import: {
    title: 'Import timeline data',
    filter: {
      name: 'TimelineJS, CSV, Markwhen, vis-timeline',
      extensions: ['json', 'csv', 'tsv', 'mw', 'txt'],
    },
  },
  article: {
    title: 'Open article',
    filter: {
      name: 'Article (text, Markdown, saved web page)',
      extensions: ['txt', 'md', 'markdown', 'html', 'htm'],
    },
  },
} satisfies Record<string, { title: string; filter: { name: string; extensions: string[] } }>;
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
  /** The shown document has unsaved changes (as the page last reported); closing asks first. */
  let dirty = false;
  let closeConfirmed = false;
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
    let history: HistoryLabels = {};
    const refreshMenu = () =>
      installMenu(
        settings.get().recent,
        settings.get().theme,
        {
          command: (id) => send('menu:command', id),
          openRecent: (path) => openInWindow(path),
          clearRecent: () => void handlers['recent:clear']().then(refreshMenu),
        },
        history,
      );
    const handlers = createHandlers({
      settings,
      grants,
      bundledPath: bundledDatasetPath(appRoot, process.resourcesPath, app.isPackaged),
      startupPath: pendingPath,
      platform: process.platform,
      version: app.getVersion(),
      showOpenDialog: async ({ defaultPath, purpose = 'open' }) => {
        const asked = OPEN_DIALOGS[purpose];
        const r = await dialog.showOpenDialog(win!, {
          title: asked.title,
          ...(defaultPath ? { defaultPath } : {}),
          properties: ['openFile'],
          filters: [asked.filter, { name: 'All files', extensions: ['*'] }],
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
      userDataDir: app.getPath('userData'),
      showSaveDocumentDialog: async ({ defaultPath }) => {
        const r = await dialog.showSaveDialog(win!, {
          title: 'Save timeline',
          defaultPath,
          filters: [{ name: 'Chronoscope timeline', extensions: ['json'] }],
          // Save As compares nothing: the dialog must ask before replacing a file (Linux does not by default).
          properties: ['showOverwriteConfirmation', 'createDirectory'],
        });
        return r.canceled ? undefined : r.filePath;
      },
      ask: async (question) => {
        const options = {
          type: 'question' as const,
          noLink: true,
          ...question,
          buttons: [...question.buttons],
        };
        const r = await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
        return r.response;
      },
      documentStatusChanged: (status) => {
        dirty = status.dirty;
        if (win && process.platform === 'darwin') {
          win.setDocumentEdited(status.dirty);
          win.setRepresentedFilename(status.path ?? '');
        }
        if (status.undoLabel !== history.undoLabel || status.redoLabel !== history.redoLabel) {
          history = {
            ...(status.undoLabel ? { undoLabel: status.undoLabel } : {}),
            ...(status.redoLabel ? { redoLabel: status.redoLabel } : {}),
          };
          refreshMenu();
        }
      },
      closeWindow: () => {
        closeConfirmed = true;
        win?.close();
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
    // With unsaved changes the page asks Save / Don't Save / Cancel first, then calls window:close.
    win.on('close', (event) => {
      if (!dirty || closeConfirmed) return;
      event.preventDefault();
      send('window:close-requested', null);
    });
    // A page that is gone cannot answer the question: let the window close.
    win.webContents.on('render-process-gone', () => (dirty = false));
    win.on('closed', () => (win = undefined));
  });
}
