import { actions } from '../app-state';
import { registerCommand } from '../commands';
import { openNew } from '../loader';
import { saveDocument } from './save';

/** File → New / Save / Save As… and Edit → Undo / Redo, whichever way they are triggered. */
export function registerDocumentCommands(): void {
  registerCommand('file.new', () => void openNew());
  registerCommand('file.save', () => void saveDocument('save'));
  registerCommand('file.saveAs', () => void saveDocument('saveAs'));
  registerCommand('edit.undo', actions.undo);
  registerCommand('edit.redo', actions.redo);
}
