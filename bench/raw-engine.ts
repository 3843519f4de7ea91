import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Route } from 'playwright-core';
import { parseGotoDate } from '../core/time/goto';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/harness/paths';
import { heapAfterGcMB } from './cdp';
import type { Dataset } from './datasets';
import { recordLoad, runInteractions, type EngineRun } from './engine';
import { installProbe, measure } from './probe';
import { Recorder, ZOOM_SEQUENCE } from './sequence';
import { RAW_CSS, RAW_HTML, RAW_SCRIPT } from './raw-page';

const BASE = 'http://bench.local/';
const require = createRequire(import.meta.url);

/** The go-to-date windows of the sequence, computed once by the app's own parser. */
function gotoTargets(): Record<string, { startMs: number; endMs: number }> {
  const targets: Record<string, { startMs: number; endMs: number }> = {};
  for (const { action } of ZOOM_SEQUENCE) {
    if (action.kind !== 'goto') continue;
    const t = parseGotoDate(action.text);
    if (!t) throw new Error(`go-to-date cannot parse "${action.text}"`);
    targets[action.text] = { startMs: t.startMs, endMs: t.endMs };
  }
  return targets;
}

/**
 * Raw vis-timeline: every event in one DataSet (cluster off, or `cluster: true`), same lanes,
 * window, keys and go-to-date as Chronoscope. Its first render can block the page's main
 * thread for minutes, so every step is capped and the browser is thrown away past the cap.
 */
export async function runRaw(
  dataset: Dataset,
  options: { cluster: boolean; reps: number; capMs: number },
): Promise<EngineRun> {
  const files: Record<string, [string | Buffer, string]> = {
    '/': [RAW_HTML, 'text/html'],
    '/raw.js': [RAW_SCRIPT, 'text/javascript'],
    '/raw.css': [RAW_CSS, 'text/css'],
    '/vis.js': [
      await readFile(require.resolve('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js')),
      'text/javascript',
    ],
    '/vis.css': [
      await readFile(require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css')),
      'text/css',
    ],
    '/data.json': [dataset.rawJson, 'application/json'],
  };
  const serve = (route: Route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file
      ? route.fulfill({ status: 200, body: file[0], headers: { 'content-type': file[1] } })
      : route.fulfill({ status: 404, body: 'Not found' });
  };
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const engine = options.cluster ? 'raw-cluster' : 'raw';
  const recorder = new Recorder();
  const heapMB: Record<string, number> = {};
  const notes: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route(`${BASE}**`, serve);
    await context.route(
      (url) => !url.href.startsWith(BASE),
      (route) => route.abort(),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(BASE);
    await installProbe(page);
    const config = { cluster: options.cluster, fitWindow: dataset.fitWindow, gotoTargets: gotoTargets() };
    const loaded = await measure(
      page,
      () =>
        page.evaluate((c) => {
          void (window as unknown as { rawBench: { load(c: unknown): Promise<void> } }).rawBench.load(c);
        }, config),
      {
        capMs: options.capMs,
        until: () =>
          page.waitForFunction(
            () => (window as unknown as { rawBench: { created: boolean } }).rawBench.created,
            null,
            {
              timeout: options.capMs,
            },
          ),
      },
    );
    if (recordLoad(recorder, loaded)) {
      heapMB['after load'] = await heapAfterGcMB(page);
      await runInteractions(page, recorder, options.reps, options.capMs, heapMB);
    }
    if (recorder.timedOutAt)
      notes.push(`"${recorder.timedOutAt}" took longer than ${options.capMs} ms: page abandoned`);
    if (errors.length) notes.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
    return {
      engine,
      n: dataset.n,
      samples: recorder.samples,
      heapMB,
      ...(recorder.timedOutAt ? { timedOutAt: recorder.timedOutAt } : {}),
      notes,
      chromium: browser.version(),
    };
  } finally {
    // A page stuck in layout still lets the browser process close.
    await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 15_000))]);
  }
}
