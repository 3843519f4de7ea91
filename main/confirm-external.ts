import { dialog, type BrowserWindow } from 'electron';

/**
 * Links come from data files, which are untrusted, and even an http link tells its server the
 * file was opened: so the user sees the whole URL and decides. Cancel is the default button.
 */
export async function confirmExternalUrl(win: BrowserWindow | undefined, url: string): Promise<boolean> {
  const options = {
    type: 'question' as const,
    title: 'Open link',
    message: 'Open this link in your browser?',
    detail: url,
    buttons: ['Cancel', 'Open Link'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return response === 1;
}
