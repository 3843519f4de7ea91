import type { TimelineEvent } from '../file-format/model';
import type { Edit } from './edit';

/**
 * The events an edit takes out of the file and puts in (a replaced event counts as both), which
 * is all the index needs to follow the edit without being rebuilt (core/index/index-update.ts).
 */
export function eventChanges(edit: Edit): { removed: TimelineEvent[]; added: TimelineEvent[] } {
  const removed: TimelineEvent[] = [];
  const added: TimelineEvent[] = [];
  for (const op of edit.ops) {
    if (op.collection !== 'events') continue;
    if (op.kind === 'replace')
      for (const { before, after } of op.entries) {
        removed.push(before);
        added.push(after);
      }
    else for (const [, event] of op.entries) (op.kind === 'remove' ? removed : added).push(event);
  }
  return { removed, added };
}
