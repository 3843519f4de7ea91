import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moveEvents } from '../core/edit/time-operations';
import { serializeTimeline } from '../core/file-format/serialize';
import { generateSyntheticTimeline } from '../core/testing/synthetic';
import { nodeSaveFs, saveDocument, stampFile } from '../main/document-save';

/**
 * Save benchmark (not part of npm test): one edit then Save of a 100k-event timeline, i.e.
 * serialize + changed-on-disk check + backup + atomic write. Target: median under 2 s.
 * `npx tsx bench/save-bench.ts [events] [repeats]`
 */
const events = Number(process.argv[2] ?? 100_000);
const repeats = Number(process.argv[3] ?? 7);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

let file = generateSyntheticTimeline(events, 1);
const dir = await mkdtemp(join(tmpdir(), 'chronoscope-save-bench-'));
const path = join(dir, 'bench.chronoscope.json');
try {
  let saved = await saveDocument(nodeSaveFs, { path, text: serializeTimeline(file) });
  const times = { edit: [] as number[], serialize: [] as number[], save: [] as number[] };
  for (let i = 0; i < repeats; i++) {
    let t = performance.now();
    const outcome = moveEvents(file, [file.events[i * 997]!.id], 40 * 86_400_000);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    file = outcome.file;
    times.edit.push(performance.now() - t);
    t = performance.now();
    const text = serializeTimeline(file);
    times.serialize.push(performance.now() - t);
    const opened =
      saved.status === 'saved' ? saved.stamp : ((await stampFile(nodeSaveFs, path)) ?? undefined);
    saved = await saveDocument(nodeSaveFs, { path, text, ...(opened ? { opened } : {}) });
    if (saved.status !== 'saved') throw new Error(JSON.stringify(saved));
    times.save.push(performance.now() - t);
  }
  const mb = (Buffer.byteLength(serializeTimeline(file)) / 1048576).toFixed(1);
  console.log(`${events} events (${mb} MB), ${repeats} repeats, median ms:`);
  for (const [name, values] of Object.entries(times))
    console.log(`  ${name.padEnd(10)} ${median(values).toFixed(1)}`);
  console.log(`  save target < 2000 ms: ${median(times.save) < 2000 ? 'PASS' : 'MISS'}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
