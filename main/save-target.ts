import { extname } from 'node:path';

/** How often the save dialog is shown again when the chosen name lacks the extension. */
const SAVE_ATTEMPTS = 3;

/**
 * Asks for a file name until it ends in `ext`. Appending the extension silently could
 * overwrite an existing file nobody was asked about, so the dialog is shown again with the
 * extension added, and the dialog itself asks before replacing. Undefined when cancelled.
 */
export async function chooseSaveTarget(
  showDialog: (defaultPath: string) => Promise<string | undefined>,
  defaultPath: string,
  ext: string,
  appended = ext,
): Promise<string | undefined> {
  for (let attempt = 0, suggestion = defaultPath; attempt < SAVE_ATTEMPTS; attempt++) {
    const chosen = await showDialog(suggestion);
    if (chosen === undefined || extname(chosen).toLowerCase() === ext) return chosen;
    suggestion = chosen + appended;
  }
  return undefined;
}
