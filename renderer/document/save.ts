import { slugify } from '../../core/export/file-name';
import { serializeTimeline } from '../../core/file-format/serialize';
import { api } from '../api';
import { actions, appState, dirty } from '../app-state';
import { showNotice } from '../views/notices';

/**
 * Save and Save As from the page: the text is made here (core/file-format/serialize), main
 * decides where it goes (the file it opened, or one the user picks) and asks about a file
 * changed on disk. True when the document is now saved.
 */
export async function saveDocument(how: 'save' | 'saveAs'): Promise<boolean> {
  const { doc: shown, history } = appState.value;
  if (!shown) return false;
  const request = {
    text: serializeTimeline(shown.file),
    // A file keeps its name; a new or dropped timeline is named after its title.
    suggestedName: shown.path ? shown.name : slugify(shown.file.title) || 'timeline',
  };
  const result = await (how === 'save' ? api.saveDocument(request) : api.saveDocumentAs(request));
  if (result.status === 'error') showNotice(`Not saved. ${result.message}`);
  if (result.status !== 'saved') return false;
  // What is on disk is the state when the save began; later edits stay unsaved.
  if (appState.value.doc?.opening !== shown.opening) return true;
  actions.documentSaved({ name: result.name, path: result.path }, history);
  return true;
}

/**
 * Before the shown timeline is closed or replaced (another file, New): with unsaved changes,
 * main asks Save / Don't Save / Cancel. True when it may go.
 */
export async function mayReplaceDocument(): Promise<boolean> {
  if (!dirty.value) return true;
  const choice = await api.confirmDiscard();
  if (choice === 'save') return saveDocument('save');
  return choice === 'discard';
}
