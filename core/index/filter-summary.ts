import { formatIsoDate } from '../time/iso';
import type { FilterState } from './filter';

/**
 * The active filters in words, for the empty timeline: "0 events" alone leaves the user to
 * guess which of several filters emptied it; naming them says what to loosen.
 */
export function describeFilter(filter: FilterState): string[] {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (filter.fromMs !== undefined || filter.toMs !== undefined) {
    const from = filter.fromMs === undefined ? '…' : formatIsoDate(filter.fromMs, 'day');
    const to = filter.toMs === undefined ? '…' : formatIsoDate(filter.toMs - 1, 'day');
    parts.push(`dates ${from} to ${to}`);
  }
  if (filter.types.length) parts.push(count(filter.types.length, 'type', 'types'));
  if (filter.statuses.length) parts.push(count(filter.statuses.length, 'status', 'statuses'));
  if (filter.countries.length) parts.push(`country ${filter.countries.join(' or ')}`);
  if (filter.actors.length) parts.push(`actor ${filter.actors.join(' or ')}`);
  return parts;
}
