import type { TimelineFile } from '../file-format/model';
import { checkArticles, checkEvents, type Candidate, type EditProblem } from './check';
import { applyEdit, type Edit } from './edit';

/**
 * What every edit operation returns: the new file with the edit (to push on the history), or
 * the reasons it was refused. A refused edit is never applied.
 */
export type EditOutcome =
  | { readonly ok: true; readonly file: TimelineFile; readonly edit: Edit; readonly warnings: EditProblem[] }
  | { readonly ok: false; readonly problems: EditProblem[] };

export const refuse = (message: string, rule = 'edit', item = 0): EditOutcome => ({
  ok: false,
  problems: [{ item, path: '$', message, rule }],
});

/** Applies `edit`, then checks the changed events and articles at their new positions. */
export function checkedEdit(
  file: TimelineFile,
  edit: Edit,
  changed: { readonly events?: readonly Candidate[]; readonly articles?: readonly Candidate[] },
): EditOutcome {
  const next = applyEdit(file, edit);
  const none = { errors: [], warnings: [] };
  const events = changed.events?.length ? checkEvents(next, changed.events) : none;
  const articles = changed.articles?.length ? checkArticles(next, changed.articles) : none;
  const problems = [...articles.errors, ...events.errors];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, file: next, edit, warnings: [...articles.warnings, ...events.warnings] };
}

/** "Event" or "3 Events", for labels. */
export const countNoun = (count: number, noun: string) => (count === 1 ? noun : `${count} ${noun}s`);

/** Positions of `ids` in `events`, or the first id that is not there. */
export function positionsOf(
  items: readonly { id: string }[],
  ids: readonly string[],
): number[] | { missing: string } {
  const wanted = new Set(ids);
  const found = new Map<string, number>();
  items.forEach((item, i) => {
    if (wanted.has(item.id) && !found.has(item.id)) found.set(item.id, i);
  });
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) return { missing };
  return [...new Set(ids)].map((id) => found.get(id) as number).sort((a, b) => a - b);
}
