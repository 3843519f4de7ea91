import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { buildEventIndex } from '../core/index/event-index';
import { prepareSearch, searchEvents } from '../core/index/search';
import { readTimelineFile } from '../main/files';
import { OUT } from '../e2e/harness/paths';
import { runChronoscope, SEARCH_QUERIES } from './chronoscope-engine';
import { prepareDataset, type Dataset } from './datasets';
import type { EngineName, EngineRun } from './engine';
import { parseOptions } from './options';
import { runRaw } from './raw-engine';
import { formatTables, summarizeRun, type SizeReport } from './report';
import { median } from './stats';
import { checkTargets } from './targets';

/**
 * `npm run bench`: Chronoscope against raw vis-timeline at 1k / 10k / 100k synthetic events.
 * Not a test: it prints a table and PASS/MISS per performance target and writes
 * bench/results/latest.json; nothing here fails a build. See bench/README.md.
 */

/** core/index/search.ts in Node, to separate the search itself from the UI work around it. */
async function coreSearchTimes(dataset: Dataset): Promise<Record<string, number>> {
  const result = await readTimelineFile(dataset.path, undefined, { workerUrl: null });
  if (!result.ok) return {};
  const index = buildEventIndex(result.file.events);
  prepareSearch(index);
  const out: Record<string, number> = {};
  for (const query of SEARCH_QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      searchEvents(index, query);
      times.push(performance.now() - t);
    }
    out[query] = median(times);
  }
  return out;
}

const log = (text: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(join(OUT, 'renderer', 'index.html')))
    throw new Error('out/ is missing: run `npm run bench` (it builds first) or `npx electron-vite build`.');
  const started = performance.now();
  const outDir = dirname(options.out);
  await mkdir(outDir, { recursive: true });
  const reports: SizeReport[] = [];
  const runs: EngineRun[] = [];
  const largest = Math.max(...options.sizes);
  for (const n of options.sizes) {
    log(`${n} events: generating / reading the dataset`);
    const dataset = await prepareDataset(n, options.seed);
    const coreSearchMs = await coreSearchTimes(dataset);
    const engines: SizeReport['engines'] = {};
    const record = (name: EngineName, run: EngineRun) => {
      runs.push(run);
      engines[name] = summarizeRun(run);
    };
    log(`${n} events: Chronoscope`);
    record(
      'chronoscope',
      await runChronoscope(dataset, {
        reps: options.reps(n),
        loads: options.loads(n),
        capMs: options.appCapMs,
        ...(options.profile && n === largest ? { profileDir: outDir } : {}),
      }),
    );
    if (options.rawSizes.includes(n)) {
      for (const cluster of [false, true]) {
        log(
          `${n} events: raw vis-timeline${cluster ? ' (cluster)' : ''}, cap ${options.rawCapMs} ms per step`,
        );
        record(
          cluster ? 'raw-cluster' : 'raw',
          await runRaw(dataset, { cluster, reps: options.reps(n), capMs: options.rawCapMs }),
        );
      }
    }
    reports.push({
      n,
      bytes: dataset.bytes,
      nodeReadValidateMs: dataset.nodeReadValidateMs,
      coreSearchMs,
      engines,
    });
  }
  console.log(formatTables(reports));
  const targets = checkTargets(reports);
  console.log('\nTargets:');
  for (const t of targets) console.log(`  ${t.status.padEnd(10)} ${t.target} — ${t.detail}`);
  const chromium = runs.find((r) => r.chromium)?.chromium ?? 'unknown';
  const result = {
    date: new Date().toISOString(),
    options: {
      ...options,
      reps: options.sizes.map((n) => options.reps(n)),
      loads: options.sizes.map((n) => options.loads(n)),
    },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      totalMemMB: Math.round(totalmem() / 1048576),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      chromium,
    },
    durationS: Math.round((performance.now() - started) / 1000),
    results: Object.fromEntries(reports.map((r) => [r.n, r])),
    samples: Object.fromEntries(
      options.sizes.map((n) => [
        n,
        Object.fromEntries(runs.filter((r) => r.n === n).map((r) => [r.engine, r.samples])),
      ]),
    ),
    profileTop: runs.find((r) => r.profileTop)?.profileTop,
    targets,
  };
  await writeFile(options.out, JSON.stringify(result, null, 2));
  log(`done in ${result.durationS} s; wrote ${options.out}`);
  for (const line of result.profileTop ?? []) console.log(`  ${line}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
