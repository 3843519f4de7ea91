import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Route } from 'playwright-core';
import type { EventChannel, EventContract, InvokeChannel } from '../../core/app/ipc-contract';
import { INVOKE_CHANNELS } from '../../core/app/ipc-contract';
import { CONTENT_SECURITY_POLICY } from '../../main/csp';
import { PathGrants } from '../../main/grants';
import { createHandlers } from '../../main/handlers';
import { checkRequest } from '../../main/ipc-requests';
import { SettingsStore } from '../../main/settings-store';
import { type AppHandle, dispatchOsDrop, type LaunchOptions, watchConsole } from './app-handle';
import { BUNDLED, CHROMIUM_ARGS, OUT, chromiumPath } from './paths';

/*
 * Chromium mode: the built renderer in Debian Chromium, with window.chronoscope created by the
 * real built preload (out/preload/index.cjs) and every call answered by the real main-process
 * handlers running here in Node. Only Electron's IPC transport is replaced: ipcRenderer.invoke
 * becomes a Playwright binding, webContents.send becomes page.evaluate.
 */

const APP_BASE = 'http://app.local/';
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves out/renderer like main/protocol.ts serves app://, CSP header included. */
async function serveRenderer(route: Route): Promise<void> {
  const root = join(OUT, 'renderer') + sep;
  const url = new URL(route.request().url());
  const file = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
  if (!file.startsWith(root)) return route.fulfill({ status: 403 });
  try {
    const body = await readFile(file);
    await route.fulfill({
      status: 200,
      body,
      headers: {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      },
    });
  } catch {
    await route.fulfill({ status: 404, body: 'Not found' });
  }
}

/** Runs the built preload with a `require('electron')` whose IPC goes through the bindings. */
function preloadShim(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  let osDropped = new Map();
  Object.defineProperty(window, '__chronoscopeOsDrop', { value: (paths) => {
    osDropped = new Map(paths.map((p) => [p.split(/[\\\\/]/).pop(), p]));
  } });
  Object.defineProperty(window, '__chronoscopeEmit', { value: (channel, payload) => {
    for (const fn of listeners.get(channel) ?? []) fn({}, payload);
  } });
  const electron = {
    contextBridge: { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: Object.freeze(api) }) },
    ipcRenderer: {
      invoke: (channel, request) => window.__chronoscopeInvoke(channel, request).then((json) => json === undefined ? undefined : JSON.parse(json)),
      on: (channel, fn) => { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(fn); },
      removeListener: (channel, fn) => listeners.get(channel)?.delete(fn),
    },
    // The OS's part of a drop: the harness tells which paths it dropped (dropFiles below), and
    // only a File from that real, trusted drop resolves to one, as with Electron's webUtils.
    webUtils: { getPathForFile: (file) => (file instanceof File && osDropped.get(file.name)) || '' },
  };
  const require = (name) => { if (name === 'electron') return electron; throw new Error('preload may not require ' + name); };
  const module = { exports: {} };
  (function (require, module, exports) {\n${preloadSource}\n})(require, module, module.exports);
})();`;
}

async function bridge(context: BrowserContext, options: LaunchOptions, userDataDir: string) {
  const settings = new SettingsStore(userDataDir, (message) => send('notice', { message }));
  await settings.load();
  const openAnswers: Array<string | undefined> = [];
  const saveAnswers: Array<string | undefined> = [];
  const questionAnswers: Array<string | undefined> = [...(options.startupAnswers ?? [])];
  const win = { questions: [] as string[], dirty: false, closed: false };
  const pages = () => context.pages();
  const send = <E extends EventChannel>(channel: E, payload: EventContract[E]) => {
    for (const page of pages()) {
      void page
        .evaluate(
          ([c, p]) =>
            (window as unknown as { __chronoscopeEmit(c: string, p: unknown): void }).__chronoscopeEmit(c, p),
          [channel, payload] as const,
        )
        .catch(() => undefined);
    }
  };
  const closeNow = () => {
    win.closed = true;
    // After the handler has answered, as Electron destroys the window after the IPC reply.
    setTimeout(() => void Promise.all(pages().map((p) => p.close())).catch(() => undefined), 50);
  };
  const handlers = createHandlers({
    settings,
    grants: new PathGrants(),
    // The built worker, as in the app: big files are never validated on this thread.
    readOptions: { workerUrl: pathToFileURL(join(OUT, 'main', 'validate-worker.js')) },
    bundledPath: BUNDLED,
    ...(options.file ? { startupPath: options.file } : {}),
    platform: process.platform,
    version: '0.0.0-e2e',
    showOpenDialog: async () => openAnswers.shift(),
    showSaveDialog: async () => saveAnswers.shift(),
    userDataDir,
    showSaveDocumentDialog: async () => saveAnswers.shift(),
    // The person reads the question and clicks the button the test chose (unchosen: dismissed).
    ask: async (question) => {
      win.questions.push(question.message);
      const answer = questionAnswers.shift();
      if (answer === undefined) return question.cancelId;
      const index = question.buttons.indexOf(answer);
      if (index < 0) throw new Error(`No button "${answer}" in: ${question.message}`);
      return index;
    },
    documentStatusChanged: (status) => void (win.dirty = status.dirty),
    closeWindow: () => closeNow(),
    openExternal: async () => undefined,
    // The person declines every link in e2e: no test leaves the machine.
    confirmExternal: async () => false,
    setNativeTheme: () => undefined,
    send,
  });
  await context.exposeBinding('__chronoscopeInvoke', async (source, channel: string, request: unknown) => {
    // The same rule as main/ipc.ts: only the app's own page may call, only declared channels.
    if (!source.frame.url().startsWith(APP_BASE) || source.frame.parentFrame())
      throw new Error('untrusted sender');
    if (!INVOKE_CHANNELS.includes(channel as InvokeChannel)) throw new Error(`unknown channel ${channel}`);
    const handler = handlers[channel as InvokeChannel] as (r: unknown) => Promise<unknown>;
    // Responses cross as one JSON string: Playwright serialises a string far faster than a
    // large object graph (a 30k-event file took seconds). Responses hold no binary data.
    const response = await handler(checkRequest(channel as InvokeChannel, request));
    return response === undefined ? undefined : JSON.stringify(response);
  });
  /** What main/index.ts does when the close button is clicked. */
  const requestClose = () => {
    if (win.dirty) send('window:close-requested', null);
    else closeNow();
  };
  return { openAnswers, saveAnswers, questionAnswers, win, requestClose, send };
}

export async function launchChromiumApp(options: LaunchOptions = {}): Promise<AppHandle> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'chronoscope-e2e-')));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  await context.route(`${APP_BASE}**`, serveRenderer);
  await context.route(
    (url) => !url.href.startsWith(APP_BASE),
    (route) => route.abort(),
  );
  const { openAnswers, saveAnswers, questionAnswers, win, requestClose, send } = await bridge(
    context,
    options,
    userDataDir,
  );
  await context.addInitScript({
    content: preloadShim(await readFile(join(OUT, 'preload', 'index.cjs'), 'utf8')),
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  watchConsole(page, consoleErrors);
  await page.goto(`${APP_BASE}index.html`);
  await page.waitForSelector('body[data-ready]', { state: 'attached' });
  return {
    mode: 'chromium',
    page,
    userDataDir,
    consoleErrors,
    answerOpenDialog: async (path) => void openAnswers.push(path),
    answerSaveDialog: async (path) => void saveAnswers.push(path),
    answerQuestion: async (button) => void questionAnswers.push(button),
    questions: async () => [...win.questions],
    requestClose: async () => requestClose(),
    windowClosed: async () => win.closed,
    crash: () => browser.close(),
    clickMenu: async (command) => send('menu:command', command),
    dropFiles: async (paths) => {
      // Electron's webUtils knows a dropped File's path; here the "OS" tells the shim first.
      await page.evaluate(`window.__chronoscopeOsDrop(${JSON.stringify(paths)})`);
      await dispatchOsDrop(page, paths);
    },
    close: () => browser.close(),
  };
}
