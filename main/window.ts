import { BrowserWindow, screen } from 'electron';
import type { SettingsStore } from './settings-store';
import { restoreBounds } from './window-state';
import { APP_URL } from './url-policy';

/**
 * The one app window, locked down per Electron's checklist, at the size and place the user
 * left it. Bounds are saved when the window closes (and debounced while it moves) so a crash
 * loses little.
 */
export function createMainWindow(settings: SettingsStore, preloadPath: string): BrowserWindow {
  const bounds = restoreBounds(
    settings.get().window,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Chronoscope',
    backgroundColor: '#f8fafc',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click must not open links in new windows (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (win.isDestroyed()) return;
    const maximized = win.isMaximized();
    const b = maximized ? (settings.get().window ?? win.getNormalBounds()) : win.getBounds();
    void settings.update({ window: { x: b.x, y: b.y, width: b.width, height: b.height, maximized } });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
  void win.loadURL(APP_URL);
  return win;
}
