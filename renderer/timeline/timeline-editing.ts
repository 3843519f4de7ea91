import type { Timeline, TimelineItem } from 'vis-timeline/peer';
import { draftEventAt } from '../../core/edit/draft-event';
import { addEvents, deleteEvents } from '../../core/edit/event-operations';
import { moveEvents, nudgeEvents, resizeEnd } from '../../core/edit/time-operations';
import type { EditProblem } from '../../core/edit/check';
import { actions, doc, laneMode, selectedIds, visibleWindow } from '../app-state';
import { registerCommand, runCommand } from '../commands';
import { showNotice } from '../views/notices';

/** A drag this close to the old start is a resize of the end, not a move (vis reports both). */
const SAME_MS = 1;

function report(what: string, problems: readonly EditProblem[]): void {
  if (problems.length) showNotice(`${what}: ${problems[0]!.message}`);
}

/**
 * Editing on the timeline: drag an event to move it, drag a range's end to resize it (both
 * snapped to the event's precision by core/edit), double-click an empty spot (or Insert) to add
 * an event there, Delete/Backspace to delete the selected one. vis's own change is always
 * cancelled: the state applies the edit and the view redraws from it, so the screen never shows
 * a position the file does not have. Each edit is one undo step.
 */
export function initTimelineEditing(timeline: Timeline): void {
  /** vis reports a drag of several selected events one item at a time, in one task. */
  let dragged: TimelineItem[] = [];
  const applyDrag = () => {
    const items = dragged;
    dragged = [];
    const current = doc.value;
    const first = items[0];
    const pos = first && current?.index.positionById.get(String(first.id));
    if (!current || !first || pos === undefined) return;
    const startMs = new Date(first.start).getTime();
    const oldStart = current.index.startMs[pos]!;
    if (items.length === 1 && Math.abs(startMs - oldStart) < SAME_MS && first.end !== undefined) {
      report(
        'Not resized',
        actions.edit((f) => resizeEnd(f, String(first.id), new Date(first.end!).getTime())),
      );
    } else {
      const ids = items.map((item) => String(item.id));
      report(
        'Not moved',
        actions.edit((f) => moveEvents(f, ids, startMs - oldStart)),
      );
    }
  };
  timeline.setOptions({
    editable: { updateTime: true, updateGroup: false, add: false, remove: false, overrideItems: false },
    onMove: (item: TimelineItem, callback: (item: TimelineItem | null) => void) => {
      callback(null);
      if (dragged.push(item) === 1) queueMicrotask(applyDrag);
    },
  });

  const addAt = (ms: number, lane?: string) => {
    const current = doc.value;
    if (!current) return;
    const draft = draftEventAt(current.file, ms, laneMode.value, lane);
    const problems = actions.edit((f) => addEvents(f, [draft]));
    report('Not added', problems);
    if (problems.length) return;
    actions.select(draft.id);
    runCommand('edit.editEvent'); // straight into naming it
  };

  timeline.on('doubleClick', (props: { item: unknown; group: unknown; time: Date | null }) => {
    if (props.item != null || !props.time) return;
    addAt(props.time.getTime(), props.group == null ? undefined : String(props.group));
  });
  registerCommand('edit.addEvent', () => {
    const w = visibleWindow.value;
    addAt(w ? (w.startMs + w.endMs) / 2 : Date.now());
  });
  const nudge = (units: number) => {
    const ids = selectedIds.value;
    if (ids.length)
      report(
        'Not moved',
        actions.edit((f) => nudgeEvents(f, ids, units)),
      );
  };
  registerCommand('edit.moveEarlier', () => nudge(-1));
  registerCommand('edit.moveLater', () => nudge(1));
  registerCommand('edit.deleteEvent', () => {
    const ids = selectedIds.value;
    if (ids.length)
      report(
        'Not deleted',
        actions.edit((f) => deleteEvents(f, ids)),
      );
  });
}
