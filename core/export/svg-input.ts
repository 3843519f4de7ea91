import type { EventIndex } from '../index/event-index';
import type { LaneMode } from '../index/lanes';
import type { ExportTheme } from './svg-style';

/**
 * What an SVG export is drawn from. Its own file, so that svg-timeline (which lays the image
 * out) and svg-lanes (which draws the lanes it is given) both import it and not each other.
 */
export interface SvgTimelineInput {
  readonly index: EventIndex;
  /** 1 per position that passes the filter (as the `shown` state). */
  readonly mask: Uint8Array;
  readonly laneMode: LaneMode;
  readonly fromMs: number;
  readonly toMs: number;
  readonly widthPx: number;
  readonly theme: ExportTheme;
  readonly title?: string;
  readonly caption?: string;
  readonly legend: boolean;
  readonly transparent?: boolean;
  /** Search matches and the selection, drawn as on screen; left out unless asked for. */
  readonly marks?: ExportMarks;
}

/** What the user marked on screen: a report may want it, or a clean picture. */
export interface ExportMarks {
  /** Positions of the search matches. */
  readonly matches: ReadonlySet<number>;
  readonly selected?: number;
}
