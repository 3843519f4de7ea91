import type { Timeline, TimelineItem } from 'vis-timeline/peer';
import { draftEventAt } from '../../core/edit/draft-event';
import { addEvents, deleteEvents } from '../../core/edit/event-operations';
import { moveEvents, resizeEnd } from '../../core/edit/time-operations';
import type { EditProblem } from '../../core/edit/check';
import { actions, doc, laneMode, selectedId, visibleWindow } from '../app-state';
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
  timeline.setOptions({
    editable: { updateTime: true, updateGroup: false, add: false, remove: false, overrideItems: false },
    onMove: (item: TimelineItem, callback: (item: TimelineItem | null) => void) => {
      callback(null);
      const current = doc.value;
      const id = String(item.id);
      const pos = current?.index.positionById.get(id);
      if (!current || pos === undefined) return;
      const startMs = new Date(item.start).getTime();
      const oldStart = current.index.startMs[pos]!;
      if (Math.abs(startMs - oldStart) < SAME_MS && item.end !== undefined) {
        report(
          'Not resized',
          actions.edit((f) => resizeEnd(f, id, new Date(item.end!).getTime())),
        );
      } else
        report(
          'Not moved',
          actions.edit((f) => moveEvents(f, [id], startMs - oldStart)),
        );
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
  registerCommand('edit.deleteEvent', () => {
    const id = selectedId.value;
    if (id !== undefined)
      report(
        'Not deleted',
        actions.edit((f) => deleteEvents(f, [id])),
      );
  });
}
