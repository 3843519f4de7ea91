/**
 * Tick marks for the exported time axis. A printed timeline has no zoom, so the labels must
 * be readable at whatever span was exported: the finest calendar step whose labels do not
 * collide is chosen, from hours to millennia, always in UTC like the file dates.
 */
import { addUnits, daysInMonth, floorToUnit, utcTime } from '../time/calendar';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, formatYear, pad } from '../time/format';
import { NOMINAL_MS, type TimeUnit } from '../time/units';

export interface Tick {
  readonly ms: number;
  readonly label: string;
}

export interface AxisTicks {
  /** Fine ticks with short labels ("Mar", "12", "09:00"). */
  readonly minor: Tick[];
  /** Coarse ticks giving the context the short labels omit ("2021", "March 2021"); may be empty. */
  readonly major: Tick[];
}

type Unit = Extract<TimeUnit, 'hour' | 'day' | 'month' | 'year'>;

interface Step {
  readonly unit: Unit;
  readonly count: number;
}

const STEPS: readonly Step[] = [
  ...[1, 3, 6, 12].map((count) => ({ unit: 'hour' as const, count })),
  ...[1, 2, 5, 10].map((count) => ({ unit: 'day' as const, count })),
  ...[1, 3, 6].map((count) => ({ unit: 'month' as const, count })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((count) => ({ unit: 'year' as const, count })),
];
const MONTHS = MONTH_ABBREVIATIONS;
const MONTHS_LONG = MONTH_NAMES;

function nextTick(ms: number, step: Step): number {
  if (step.unit !== 'day') return addUnits(ms, step.unit, step.count);
  const d = new Date(ms);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  const next = day + step.count;
  // Day steps restart on the 1st, skipping a stub tick a day or two before the month ends.
  return next + step.count / 2 > daysInMonth(y, m + 1) + 1 ? utcTime(y, m + 1) : utcTime(y, m, next);
}

function minorLabel(ms: number, unit: Unit): string {
  const d = new Date(ms);
  if (unit === 'hour') return `${pad(d.getUTCHours())}:00`;
  if (unit === 'day') return String(d.getUTCDate());
  if (unit === 'month') return MONTHS[d.getUTCMonth()]!;
  return formatYear(d.getUTCFullYear());
}

function majorLabel(ms: number, unit: Unit): string {
  const d = new Date(ms);
  const year = formatYear(d.getUTCFullYear());
  if (unit === 'hour') return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${year}`;
  if (unit === 'day') return `${MONTHS_LONG[d.getUTCMonth()]} ${year}`;
  return year;
}

const MAJOR_OF: Readonly<Record<Unit, Step | undefined>> = {
  hour: { unit: 'day', count: 1 },
  day: { unit: 'month', count: 1 },
  month: { unit: 'year', count: 1 },
  year: undefined,
};

function ticksOf(fromMs: number, toMs: number, step: Step, label: (ms: number) => string): Tick[] {
  const ticks: Tick[] = [];
  for (
    let ms = floorToUnit(fromMs, step.unit, step.count);
    ms < toMs && ticks.length < 10_000;
    ms = nextTick(ms, step)
  )
    if (ms >= fromMs) ticks.push({ ms, label: label(ms) });
  return ticks;
}

/**
 * Ticks for [fromMs, toMs) drawn `widthPx` wide: the finest step whose labels keep at least
 * `minSpacingPx` apart. A major row is added when the minor labels leave out the month or year.
 */
export function axisTicks(fromMs: number, toMs: number, widthPx: number, minSpacingPx = 56): AxisTicks {
  const pxPerMs = widthPx / Math.max(1, toMs - fromMs);
  const step =
    STEPS.find((s) => NOMINAL_MS[s.unit] * s.count * pxPerMs >= minSpacingPx) ?? STEPS[STEPS.length - 1]!;
  const majorStep = MAJOR_OF[step.unit];
  const major = majorStep ? ticksOf(fromMs, toMs, majorStep, (ms) => majorLabel(ms, step.unit)) : [];
  // The left edge always says which month or year the first minor labels belong to.
  if (majorStep && major[0]?.ms !== fromMs)
    major.unshift({ ms: fromMs, label: majorLabel(fromMs, step.unit) });
  return { minor: ticksOf(fromMs, toMs, step, (ms) => minorLabel(ms, step.unit)), major };
}
