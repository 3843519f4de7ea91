import type { TimelineFile } from '../file-format/model';
import { applyEdit, invertEdit, type Edit } from './edit';

/**
 * Unlimited undo/redo over {@link Edit}s, as immutable linked stacks (push and undo are O(1),
 * old histories stay valid for signals). The saved marker is the stack node that was on top at
 * the last save: the document is clean exactly when that node is on top again, so undoing past
 * a save makes it dirty and redoing back makes it clean; a new edit after undoing past the save
 * drops that node and the document stays dirty until saved.
 */

interface Node {
  readonly edit: Edit;
  readonly below: Node | null;
}
interface Redo {
  readonly node: Node;
  readonly next: Redo | null;
}

export interface History {
  readonly done: Node | null;
  readonly undone: Redo | null;
  /** The `done` node at the last save; `undefined` when this state was never saved. */
  readonly saved: Node | null | undefined;
}

/** A history for a document just opened (clean) or new and never saved (`saved: false`). */
export function createHistory({ saved = true }: { saved?: boolean } = {}): History {
  return { done: null, undone: null, saved: saved ? null : undefined };
}

/** Records an applied edit; an edit without operations (a drag under one unit) is ignored. */
export function pushEdit(history: History, edit: Edit): History {
  if (edit.ops.length === 0) return history;
  return { ...history, done: { edit, below: history.done }, undone: null };
}

export const canUndo = (history: History): boolean => history.done !== null;
export const canRedo = (history: History): boolean => history.undone !== null;

/** "Undo Move Event", or undefined when there is nothing to undo. */
export const undoLabel = (history: History): string | undefined =>
  history.done ? `Undo ${history.done.edit.label}` : undefined;
export const redoLabel = (history: History): string | undefined =>
  history.undone ? `Redo ${history.undone.node.edit.label}` : undefined;

export interface Step {
  readonly history: History;
  readonly file: TimelineFile;
  readonly label: string;
}

export function undo(history: History, file: TimelineFile): Step | undefined {
  const { done } = history;
  if (!done) return undefined;
  return {
    history: { ...history, done: done.below, undone: { node: done, next: history.undone } },
    file: applyEdit(file, invertEdit(done.edit)),
    label: done.edit.label,
  };
}

export function redo(history: History, file: TimelineFile): Step | undefined {
  const { undone } = history;
  if (!undone) return undefined;
  return {
    history: { ...history, done: undone.node, undone: undone.next },
    file: applyEdit(file, undone.node.edit),
    label: undone.node.edit.label,
  };
}

export const markSaved = (history: History): History => ({ ...history, saved: history.done });
/** Unsaved changes: the title's marker, and the Save / Don't Save / Cancel question. */
export const isDirty = (history: History): boolean => history.done !== history.saved;
