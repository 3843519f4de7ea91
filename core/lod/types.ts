/**
 * The shapes the level-of-detail planner hands out. They live apart from the planner so that
 * the modules producing them (bar-specs, aggregate, plan-window) import one leaf file instead
 * of each other: no import cycle, even a type-only one.
 */

/** A lane's calendar bucket [startMs, endMs) and how many shown events start in it. */
export interface Bucket {
  readonly lane: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly count: number;
  /** Earliest event of the bucket, e.g. to zoom to or to focus from the keyboard. */
  readonly firstPos: number;
}

/** An "N events" bar: a lane's bucket [startMs, endMs) whose events span [fromMs, toMs). */
export interface BarSpec extends Bucket {
  readonly id: string;
  readonly fromMs: number;
  readonly toMs: number;
}

export type ItemSpec =
  | {
      readonly kind: 'event';
      readonly id: string;
      readonly pos: number;
      readonly lane: string;
      readonly band: boolean;
      /** Narrower than MIN_RANGE_PX on screen: drawn as a point so its label stays readable. */
      readonly narrow: boolean;
    }
  | { readonly kind: 'tint'; readonly id: string; readonly pos: number }
  /** Invisible, spanning all time: keeps the top of a lane free for its count bars. */
  | { readonly kind: 'row'; readonly id: string; readonly lane: string };

export interface Plan {
  readonly mode: 'items' | 'mixed' | 'aggregate';
  /** What vis draws: events, era tints, and a row per lane that has bars. */
  readonly items: ItemSpec[];
  readonly bars: BarSpec[];
}
