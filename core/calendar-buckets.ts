import { BUCKET_UNITS, NOMINAL_MS, type BucketUnit } from './time/units';

/** Picks the finest unit at which `bucketCount` buckets cover the span, so labels read naturally. */
export function chooseBucketUnit(spanMs: number, bucketCount: number): BucketUnit {
  const wanted = spanMs / Math.max(1, bucketCount);
  return BUCKET_UNITS.find((unit) => NOMINAL_MS[unit] >= wanted) ?? 'century';
}
