import { existsSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEventIndex, timeExtent } from '../core/index/event-index';
import { laneList } from '../core/index/lanes';
import { generateSyntheticTimeline } from '../core/testing/synthetic';
import { readTimelineFile } from '../main/files';
import { isBand } from '../core/lod/band';

/** One synthetic timeline on disk, plus what the raw vis-timeline page needs to show the same events. */
export interface Dataset {
  readonly n: number;
  readonly path: string;
  readonly title: string;
  readonly bytes: number;
  /** Reading + decoding + validating the file in Node, in-thread (the app does this in main). */
  readonly nodeReadValidateMs: number;
  /** The window "fit all" shows (extent + 3 % margin, as the timeline view computes it). */
  readonly fitWindow: { readonly startMs: number; readonly endMs: number };
  /** JSON for the raw page: every event as a vis item, and the type lanes as groups. */
  readonly rawJson: string;
}

const DAY_MS = 86_400_000;
const FINE = new Set(['day', 'hour', 'minute']);

/**
 * Writes (or reuses: generating 100k events takes seconds) the synthetic file for `n` events
 * in a temp folder, then reads it back through the app's own loader to time read + validate.
 */
export async function prepareDataset(n: number, seed: number): Promise<Dataset> {
  const dir = join(tmpdir(), 'chronoscope-bench');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `synthetic-${n}-seed${seed}.chronoscope.json`);
  if (!existsSync(path)) await writeFile(path, JSON.stringify(generateSyntheticTimeline(n, seed)));
  const started = performance.now();
  const result = await readTimelineFile(path, undefined, { workerUrl: null });
  const nodeReadValidateMs = performance.now() - started;
  if (!result.ok)
    throw new Error(`synthetic file ${path} did not validate: ${JSON.stringify(result.problems[0])}`);

  const index = buildEventIndex(result.file.events);
  const extent = timeExtent(index)!;
  const margin = Math.max((extent.endMs - extent.startMs) * 0.03, 3_600_000);
  const items = index.events.map((e, pos) => {
    const startMs = index.startMs[pos]!;
    const endMs = index.endMs[pos]!;
    const band = isBand(index, pos);
    const type = band ? 'background' : FINE.has(e.precision) && endMs - startMs <= DAY_MS ? 'point' : 'range';
    return {
      id: e.id,
      ...(band ? {} : { group: e.type }),
      start: startMs,
      ...(type === 'point' ? {} : { end: endMs }),
      type,
      content: e.title,
      className: `t-${e.type}`,
    };
  });
  const groups = laneList(index, 'type').lanes.map((lane, order) => ({
    id: lane.key,
    content: lane.label,
    order,
  }));
  return {
    n,
    path,
    title: result.file.title,
    bytes: (await stat(path)).size,
    nodeReadValidateMs,
    fitWindow: { startMs: extent.startMs - margin, endMs: extent.endMs + margin },
    rawJson: JSON.stringify({ items, groups }),
  };
}
