import type { Page } from 'playwright-core';
import type { HarnessMode } from './paths';

/**
 * What a spec gets, the same in both modes: the page, plus the few things a person does
 * outside the page (choosing a file in a native dialog, clicking a native menu item).
 */
export interface AppHandle {
  readonly mode: HarnessMode;
  readonly page: Page;
  readonly userDataDir: string;
  /** The answer the user will give the next native open dialog (undefined = cancel). */
  answerOpenDialog(path: string | undefined): Promise<void>;
  /** The answer the user will give the next native save dialog (undefined = cancel). */
  answerSaveDialog(path: string | undefined): Promise<void>;
  /**
   * The button the user will click in the next question main asks (a message box: unsaved
   * changes, file changed on disk, restore after a crash); undefined dismisses it.
   */
  answerQuestion(button: string | undefined): Promise<void>;
  /** The messages of every question main asked so far, in order. */
  questions(): Promise<string[]>;
  /** Clicks the window's close button (main may hand the close to the page first). */
  requestClose(): Promise<void>;
  /** True once the window has really closed. */
  windowClosed(): Promise<boolean>;
  /** Ends the app as a crash would: no close event, no question, nothing saved. */
  crash(): Promise<void>;
  /** Drops files from the desktop onto the timeline: a real, trusted drop with OS paths. */
  dropFiles(paths: readonly string[]): Promise<void>;
  /** Clicks a native menu item by command id. */
  clickMenu(command: string): Promise<void>;
  /** Errors printed to the console or thrown in the page since launch. */
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A timeline file given on the command line. */
  readonly file?: string;
  /** Reuse a user-data folder (to test what is restored on the next start). */
  readonly userDataDir?: string;
  readonly width?: number;
  readonly height?: number;
  readonly colorScheme?: 'light' | 'dark';
  /** Buttons the user clicks in questions asked while the app starts (restore after a crash). */
  readonly startupAnswers?: readonly string[];
}

/** Collects console errors and uncaught exceptions, the "zero console errors" check. */
export function watchConsole(page: Page, into: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') into.push(msg.text());
  });
  page.on('pageerror', (error) => into.push(String(error)));
}

/**
 * A drop as the operating system makes it: Chromium's own drag input (trusted events whose
 * Files come from disk), not a script-dispatched DragEvent.
 */
export async function dispatchOsDrop(page: Page, paths: readonly string[]): Promise<void> {
  const box = await page.locator('#timeline').boundingBox();
  if (!box) throw new Error('dispatchOsDrop: #timeline is not on screen');
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const data = { items: [], files: [...paths], dragOperationsMask: 1 };
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
      await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  } finally {
    await cdp.detach();
  }
}
