import type { Bucket } from '../lod/types';
import { escapeXml, tag, text } from './svg-escape';
import type { Geometry } from './svg-items';
import { SMALL_FONT_PX, textWidth, type Palette } from './svg-style';

/**
 * Level-of-detail count bars for a crowded lane: one bar per calendar bucket, as tall as its
 * share of the lane's busiest bucket, labelled "37 events". Ten thousand events become a few
 * hundred shapes, so a big file exports quickly and stays legible.
 */

export const COUNTS_PX = 46;
const FONT_PX = SMALL_FONT_PX;
const UNIT_NAMES: Readonly<Record<string, string>> = { week: 'week of', quarter: 'quarter from' };

function bucketTitle(bucket: Bucket, unit: string): string {
  const start = new Date(bucket.startMs).toISOString().slice(0, 10);
  const noun = bucket.count === 1 ? 'event' : 'events';
  return `${bucket.count} ${noun}, ${UNIT_NAMES[unit] ?? `${unit} from`} ${start}`;
}

/** Count bars of one lane, drawn in the `COUNTS_PX` tall strip starting at `top`. */
export function drawCountBars(
  buckets: readonly Bucket[],
  unit: string,
  geo: Geometry,
  top: number,
  colour: string,
  palette: Palette,
): string[] {
  const max = buckets.reduce((m, b) => Math.max(m, b.count), 1);
  const barSpace = COUNTS_PX - 18;
  const out: string[] = [];
  for (const bucket of buckets) {
    const x1 = Math.max(geo.left, geo.xOf(bucket.startMs));
    const x2 = Math.min(geo.right, geo.xOf(bucket.endMs));
    if (x2 - x1 < 0.5) continue;
    const height = Math.max(3, barSpace * Math.sqrt(bucket.count / max));
    const y = top + COUNTS_PX - 4 - height;
    const width = Math.max(1, x2 - x1 - (x2 - x1 > 6 ? 2 : 0));
    const title = bucketTitle(bucket, unit);
    out.push(
      tag('rect', { x: x1, y, width, height, rx: 2, fill: colour, 'fill-opacity': 0.75 }, [
        `<title>${escapeXml(title)}</title>`,
      ]),
    );
    const long = `${bucket.count} ${bucket.count === 1 ? 'event' : 'events'}`;
    const label = textWidth(long, FONT_PX) <= width ? long : String(bucket.count);
    if (textWidth(label, FONT_PX) <= width + 4) {
      const attrs = {
        class: 'count',
        x: x1 + width / 2,
        y: y - 3,
        'text-anchor': 'middle',
        'font-size': FONT_PX,
        fill: palette.text,
      };
      out.push(text(attrs, label, title));
    }
  }
  return out;
}
