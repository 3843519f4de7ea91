import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromiumApp } from '../e2e/harness/chromium-app';
import { BUNDLED } from '../e2e/harness/paths';
import { heapAfterGcMB, profile } from './cdp';
import type { Dataset } from './datasets';
import { recordLoad, runInteractions, type EngineRun } from './engine';
import { installProbe, measure, type Timed } from './probe';
import { Recorder, runZoomSequence } from './sequence';

/** Queries typed into the search box: a common place, a two-word accented name, one event id. */
export const SEARCH_QUERIES = ['tokyo', 'zoe muller', 'ev-000123'] as const;

/** Bytes per served part: one CDP message carries base64 of a part, and ~100 MB kills the page. */
const PART_BYTES = 8 * 1024 * 1024;

/**
 * Answers the open request in the page. The harness carries IPC over a Playwright binding,
 * which cannot return a 78 MB LoadResult (Chromium drops the page), so while `__benchOpen` is
 * set the answer is the same file fetched from a route in parts and parsed in the page:
 * JSON.parse stands in for Electron's structured-clone IPC; validation is timed in Node. The
 * renderer gets exactly what IPC would give it, and the "fileRead" mark records when.
 */
const WRAP_INVOKE = `(() => {
  const original = window.__chronoscopeInvoke;
  const read = async (parts) => {
    const buffers = await Promise.all(Array.from({ length: parts }, (_, i) =>
      fetch('/__bench/timeline.json?part=' + i).then((r) => r.arrayBuffer())));
    const bytes = new Uint8Array(buffers.reduce((n, b) => n + b.byteLength, 0));
    let at = 0;
    for (const b of buffers) { bytes.set(new Uint8Array(b), at); at += b.byteLength; }
    return JSON.parse(new TextDecoder().decode(bytes));
  };
  window.__chronoscopeInvoke = (channel, request) => {
    const open = window.__benchOpen;
    const p = channel === 'file:open-dialog' && open
      ? read(open.parts).then((file) => ({ ok: true, path: open.path, name: open.name, file, warnings: [] }))
      : original(channel, request);
    if (channel === 'file:open-dialog') p.then(() => window.__bench.mark('fileRead'), () => undefined);
    return p;
  };
  return window.__chronoscopeInvoke !== original;
})()`;

/** Opens `path` the way a person does: Ctrl+O, pick the file; resolves when its title shows. */
async function open(page: Page, answer: () => Promise<void>, title: string, capMs: number): Promise<Timed> {
  await answer();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return measure(page, () => page.keyboard.press('Control+o'), {
    capMs,
    watch: ['#timeline-title'],
    until: () =>
      page.waitForFunction(
        (t) => document.title.startsWith(t) && !!document.querySelector('#timeline .vis-item'),
        title,
        { timeout: capMs },
      ),
  });
}

async function runSearches(page: Page, recorder: Recorder, capMs: number): Promise<void> {
  const input = page.getByLabel('Search events');
  for (const query of SEARCH_QUERIES) {
    for (const [text, name] of [
      [query, `search "${query}"`],
      ['', 'search: clear'],
    ] as const) {
      const before = await page.locator('#search-count').textContent();
      const timed = await measure(page, () => input.fill(text), {
        capMs,
        watch: ['#search-count'],
        until: () =>
          page.waitForFunction(
            ([b, t]) => {
              const now = document.querySelector('#search-count')?.textContent ?? '';
              return t ? now !== b && now !== '' : now === '';
            },
            [before, text] as const,
            { timeout: capMs },
          ),
      });
      // The count appears when the search itself is done; the timeline settles after re-marking matches.
      const count = 'marks' in timed ? timed.marks['#search-count'] : undefined;
      if (count !== undefined && 'marks' in timed)
        recorder.record(`${name}: count shown`, { ...timed, ms: count });
      if (!recorder.record(`${name}: timeline settled`, timed)) return;
    }
  }
}

/**
 * Chronoscope: the real built renderer with the real main-process handlers (e2e harness,
 * Chromium mode). The file is opened from a running app with Ctrl+O, as a person would.
 */
export async function runChronoscope(
  dataset: Dataset,
  options: { reps: number; loads: number; capMs: number; profileDir?: string },
): Promise<EngineRun> {
  const app = await launchChromiumApp();
  const { page } = app;
  const recorder = new Recorder();
  const heapMB: Record<string, number> = {};
  const notes: string[] = [];
  let profileTop: string[] | undefined;
  try {
    await installProbe(page);
    if (process.env.BENCH_DEBUG) await page.evaluate('window.__benchDebug = true');
    if (!(await page.evaluate(WRAP_INVOKE)))
      notes.push('could not observe the IPC answer: read and render are not split');
    const bytes = await readFile(dataset.path);
    await page.route(`${new URL(page.url()).origin}/__bench/timeline.json?part=*`, (route) => {
      const part = Number(new URL(route.request().url()).searchParams.get('part'));
      const body = bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES);
      return route.fulfill({ body, contentType: 'application/octet-stream' });
    });
    const serveDataset = (on: boolean) =>
      page.evaluate(
        (o) => {
          (window as unknown as { __benchOpen: unknown }).__benchOpen = o;
        },
        on
          ? { path: dataset.path, name: basename(dataset.path), parts: Math.ceil(bytes.length / PART_BYTES) }
          : null,
      );
    const bundledTitle = (await page.title()).split(' — ')[0]!;
    for (let i = 0; i < options.loads && recorder.alive; i++) {
      if (i > 0) {
        await serveDataset(false);
        await open(page, () => app.answerOpenDialog(BUNDLED), bundledTitle, options.capMs);
      }
      await serveDataset(true);
      recordLoad(recorder, await open(page, async () => undefined, dataset.title, options.capMs));
    }
    // Experiments: BENCH_EVAL runs a script in the app page after the load (e.g. a CSS change).
    if (process.env.BENCH_EVAL) await page.evaluate(process.env.BENCH_EVAL);
    if (recorder.alive) heapMB['after load'] = await heapAfterGcMB(page);
    await runInteractions(page, recorder, options.reps, options.capMs, heapMB, () =>
      runSearches(page, recorder, options.capMs),
    );
    if (options.profileDir && recorder.alive) {
      const file = join(options.profileDir, `profile-chronoscope-${dataset.n}.cpuprofile`);
      profileTop = await profile(page, file, () => runZoomSequence(page, new Recorder(), options.capMs));
      notes.push(`CPU profile of one zoom sequence: ${file}`);
    }
    if (app.consoleErrors.length) notes.push(`console errors: ${app.consoleErrors.slice(0, 3).join(' | ')}`);
    return {
      engine: 'chronoscope',
      n: dataset.n,
      samples: recorder.samples,
      heapMB,
      ...(recorder.timedOutAt ? { timedOutAt: recorder.timedOutAt } : {}),
      notes,
      chromium: page.context().browser()?.version() ?? 'unknown',
      ...(profileTop ? { profileTop } : {}),
    };
  } finally {
    await Promise.race([app.close(), new Promise((r) => setTimeout(r, 10_000))]);
  }
}
