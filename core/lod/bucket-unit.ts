import { BUCKET_UNITS, MAX_BUCKET_MS, type BucketUnit } from '../time/units';

/**
 * Narrowest count-bar bucket, in pixels: decades at "fit all" on a narrow panel (the bars'
 * shade shows counts).
 */
export const MIN_BUCKET_PX = 24;
/** Count-bar bucket width aimed for: room for "999". */
export const BUCKET_PX = 48;

/**
 * The calendar unit for count bars: the finest whose buckets are `idealPx` wide, unless the
 * next unit up overshoots fivefold and the one below is still `minPx` wide (`minPx` equal to
 * `idealPx` turns that off). Going by pixels rather than by a bucket count keeps decades on a
 * 130-year view on a narrow panel (a count rule jumped tenfold to two century bars per lane),
 * which shows where the events bunch up, without multiplying bars at other scales.
 */
export function chooseBucketUnit(msPerPx: number, minPx = MIN_BUCKET_PX, idealPx = BUCKET_PX): BucketUnit {
  const px = (unit: BucketUnit) => MAX_BUCKET_MS[unit] / msPerPx;
  const at = BUCKET_UNITS.findIndex((unit) => px(unit) >= idealPx);
  if (at < 0) return 'century';
  const finer = BUCKET_UNITS[at - 1];
  return finer && px(BUCKET_UNITS[at]!) > 5 * idealPx && px(finer) >= minPx ? finer : BUCKET_UNITS[at]!;
}

/**
 * The unit of a crowded window's count bars, `widthPx` wide for [fromMs, toMs): the screen and
 * the export both ask here, so an export of the view shows the view's buckets and counts.
 */
export function countBarUnit(fromMs: number, toMs: number, widthPx: number): BucketUnit {
  return chooseBucketUnit(Math.max(1, toMs - fromMs) / Math.max(1, widthPx));
}
