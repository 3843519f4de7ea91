import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron } from 'playwright-core';
import { type AppHandle, dispatchOsDrop, type LaunchOptions, watchConsole } from './app-handle';
import { OUT, electronBinary } from './paths';

/*
 * Electron mode: the real app (unpackaged: Playwright needs --inspect, which release fuses
 * disable). Native dialogs are answered by replacing dialog.showOpenDialog/showSaveDialog in
 * main for the next call only; menu items are clicked through Menu.getApplicationMenu().
 */
export async function launchElectronApp(options: LaunchOptions = {}): Promise<AppHandle> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'chronoscope-e2e-')));
  const app = await _electron.launch({
    executablePath: electronBinary(),
    args: [join(OUT, 'main', 'index.js'), ...(options.file ? [options.file] : [])],
    env: { ...process.env, CHRONOSCOPE_USER_DATA: userDataDir },
  });
  const page = await app.firstWindow();
  const consoleErrors: string[] = [];
  watchConsole(page, consoleErrors);
  await app.evaluate(
    ({ BrowserWindow }, size) => BrowserWindow.getAllWindows()[0]?.setContentSize(size.width, size.height),
    {
      width: options.width ?? 1400,
      height: options.height ?? 900,
    },
  );
  const answerQuestion = (button: string | undefined) =>
    app.evaluate(({ dialog }, answer) => {
      const g = globalThis as unknown as { csAnswers?: unknown[]; csQuestions?: string[] };
      (g.csAnswers ??= []).push(answer);
      g.csQuestions ??= [];
      type Box = { message: string; buttons?: string[]; cancelId?: number };
      dialog.showMessageBox = (async (a: unknown, b?: unknown) => {
        const box = (b ?? a) as Box;
        g.csQuestions!.push(box.message);
        const chosen = g.csAnswers!.shift() as string | undefined;
        const response = chosen === undefined ? (box.cancelId ?? 0) : (box.buttons ?? []).indexOf(chosen);
        return { response, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
    }, button);
  // Limitation: a question asked before this patch lands (very early start-up) shows for real.
  for (const answer of options.startupAnswers ?? []) await answerQuestion(answer);
  await page.waitForSelector('body[data-ready]', { state: 'attached' });
  return {
    mode: 'electron',
    page,
    userDataDir,
    consoleErrors,
    answerOpenDialog: (path) =>
      app.evaluate(({ dialog }, answer) => {
        dialog.showOpenDialog = (async () =>
          answer
            ? { canceled: false, filePaths: [answer] }
            : { canceled: true, filePaths: [] }) as typeof dialog.showOpenDialog;
      }, path),
    answerSaveDialog: (path) =>
      app.evaluate(({ dialog }, answer) => {
        dialog.showSaveDialog = (async () =>
          answer
            ? { canceled: false, filePath: answer }
            : { canceled: true, filePath: '' }) as typeof dialog.showSaveDialog;
      }, path),
    answerQuestion,
    questions: () =>
      app.evaluate(() => [...((globalThis as unknown as { csQuestions?: string[] }).csQuestions ?? [])]),
    requestClose: () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close()),
    windowClosed: () =>
      app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length === 0).catch(() => true),
    crash: async () => void app.process().kill('SIGKILL'),
    dropFiles: (paths) => dispatchOsDrop(page, paths),
    clickMenu: (command) =>
      app.evaluate(({ Menu }, id) => Menu.getApplicationMenu()?.getMenuItemById(id)?.click(), command),
    close: () => app.close(),
  };
}
