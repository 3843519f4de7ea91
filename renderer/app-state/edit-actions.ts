import { invertEdit, type Edit } from '../../core/edit/edit';
import { eventChanges } from '../../core/edit/event-changes';
import {
  markSaved,
  pushEdit,
  redo as redoStep,
  undo as undoStep,
  type History,
} from '../../core/edit/history';
import type { EditProblem } from '../../core/edit/check';
import type { EditOutcome } from '../../core/edit/outcome';
import { updateIndex } from '../../core/index/index-update';
import type { TimelineFile } from '../../core/file-format/model';
import { appState, update } from './store';

/*
 * Editing: every change of the document is an Edit (core/edit) applied here, in one update
 * that changes the file, follows it in the index (no rebuild) and records it for undo. Undo
 * and redo apply the same edits backwards and forwards, so the file after undoing all is the
 * file that was opened, object for object.
 */

/** Applies an edit to the shown document; the index follows by merging only the changed events. */
function applyToDoc(edit: Edit, file: TimelineFile, history = appState.value.history): void {
  const { doc, selectedId, alsoSelected } = appState.value;
  if (!doc) return;
  const { removed, added } = eventChanges(edit);
  const categories = file.categories !== doc.file.categories ? (file.categories ?? []) : undefined;
  const index = updateIndex(doc.index, removed, added, categories);
  update({
    doc: { ...doc, file, index },
    history,
    // A deleted event cannot stay selected; an edited one keeps the selection by its id.
    selectedId: selectedId !== undefined && index.positionById.has(selectedId) ? selectedId : undefined,
    alsoSelected:
      selectedId !== undefined && index.positionById.has(selectedId)
        ? alsoSelected.filter((id) => index.positionById.has(id))
        : [],
  });
}

/**
 * Applies the outcome of an edit operation (core/edit), or returns why it was refused, in which
 * case nothing changes. An operation that changed nothing (a drag under one unit) is no step.
 */
export function applyEdit(outcome: EditOutcome): readonly EditProblem[] {
  if (!outcome.ok) return outcome.problems;
  if (outcome.edit.ops.length === 0) return [];
  applyToDoc(outcome.edit, outcome.file, pushEdit(appState.value.history, outcome.edit));
  return [];
}

/** Runs an edit operation on the current file: `applyEdit(operation(file))`. */
export function edit(operation: (file: TimelineFile) => EditOutcome): readonly EditProblem[] {
  const doc = appState.value.doc;
  if (!doc) return [{ item: 0, path: '$', message: 'no timeline is open', rule: 'edit' }];
  return applyEdit(operation(doc.file));
}

export function undo(): void {
  const { doc, history } = appState.value;
  const step = doc && history.done ? undoStep(history, doc.file) : undefined;
  if (step && history.done) applyToDoc(invertEdit(history.done.edit), step.file, step.history);
}

export function redo(): void {
  const { doc, history } = appState.value;
  const step = doc && history.undone ? redoStep(history, doc.file) : undefined;
  if (step && history.undone) applyToDoc(history.undone.node.edit, step.file, step.history);
}

/**
 * The document on disk now matches the state it had when the save began, `at` (Save / Save As,
 * which may rename it). Edits made while main was writing stay unsaved.
 */
export function documentSaved(
  saved: { name: string; path: string },
  at: History = appState.value.history,
): void {
  const { doc, history } = appState.value;
  if (doc) update({ doc: { ...doc, ...saved }, history: { ...history, saved: markSaved(at).saved } });
}
