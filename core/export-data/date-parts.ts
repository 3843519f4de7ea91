/**
 * A file date split into TimelineJS parts ("-0043-03-15" → year -43, month 3, day 15); only the
 * parts the date spells out are present, so the precision survives the trip.
 */
export function dateParts(iso: string): Record<string, number> {
  const m = /^(-?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!m) return {};
  const names = ['year', 'month', 'day', 'hour', 'minute'] as const;
  const out: Record<string, number> = {};
  names.forEach((name, i) => {
    if (m[i + 1] !== undefined) out[name] = Number(m[i + 1]);
  });
  return out;
}
