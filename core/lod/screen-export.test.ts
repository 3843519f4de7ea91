import { describe, expect, it } from 'vitest';
import { nextUnitStart } from '../time/calendar';
import type { BucketUnit } from '../time/units';
import { buildEventIndex } from '../index/event-index';
import { countLanes } from '../export/svg-lanes';
import { PALETTES } from '../export/svg-style';
import { laneList } from '../index/lanes';
import { generateSyntheticTimeline, seededRandom } from '../testing/synthetic';
import { planWindow } from './plan-window';

/**
 * The screen (planWindow) and the export (svg-lanes countLanes) draw the same count bars for
 * the same window and plot width: same lanes, same buckets, same counts. Only buckets wholly
 * inside the window are compared: the screen plans a margin beyond each edge, the export clips.
 */

const index = buildEventIndex(generateSyntheticTimeline(5000, 7).events);
const YEAR = 365.25 * 86_400_000;
const rectTitle = /<rect[^>]*><title>(\d+) events?, (\w+) (?:of|from) (\d{4}-\d\d-\d\d)<\/title>/g;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('screen and export count bars', () => {
  for (const laneMode of ['type', 'country'] as const) {
    it(`agree on buckets and counts (${laneMode} lanes, filtered, random crowded windows)`, () => {
      const random = seededRandom(21);
      const mask = Uint8Array.from(index.events, (_, pos) => (pos % 4 === 0 ? 0 : 1));
      const layout = laneList(index, laneMode, mask);
      const keyOf = new Map(layout.lanes.map((lane) => [lane.label, lane.key]));
      let compared = 0;
      for (let round = 0; round < 12; round++) {
        const fromMs = Date.UTC(1900, 0, 1) + random() * 60 * YEAR;
        const toMs = fromMs + (20 + random() * 100) * YEAR;
        const widthPx = Math.round(300 + random() * 1500);
        const plan = planWindow(index, mask, layout.laneOf, fromMs, toMs, widthPx);
        expect(plan.mode).toBe('aggregate');
        const inside = (startMs: number, endMs: number) => startMs >= fromMs && endMs <= toMs;
        const screen = plan.bars
          .filter((b) => inside(b.startMs, b.endMs))
          .map((b) => `${b.lane}|${day(b.startMs)}|${b.count}`);
        const input = {
          index,
          mask,
          laneMode,
          fromMs,
          toMs,
          widthPx,
          theme: 'light',
          legend: false,
        } as const;
        const geo = {
          left: 0,
          right: widthPx,
          xOf: (ms: number) => ((ms - fromMs) / (toMs - fromMs)) * widthPx,
        };
        const exported = countLanes(input, layout, geo, PALETTES.light).flatMap((block) =>
          [...block.draw(0).join('').matchAll(rectTitle)]
            .filter(([, count, unit, start]) => {
              const startMs = Date.parse(start!);
              return Number(count) > 1 && inside(startMs, nextUnitStart(startMs, unit as BucketUnit));
            })
            .map(([, count, , start]) => `${keyOf.get(block.label)}|${start}|${count}`),
        );
        expect(exported.sort()).toEqual(screen.sort());
        compared += screen.length;
      }
      expect(compared).toBeGreaterThan(100);
    });
  }
});
