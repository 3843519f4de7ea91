import { join } from 'node:path';
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

/**
 * Marks when the main-process answer to the open request reaches the page, so file reading
 * and validation (main) are reported apart from indexing and rendering (renderer).
 */
const WRAP_INVOKE = `(() => {
  const original = window.__chronoscopeInvoke;
  window.__chronoscopeInvoke = (channel, request) => {
    const p = original(channel, request);
    if (channel === 'file:open-dialog') p.then(() => window.__bench.mark('fileRead'), () => undefined);
    return p;
  };
  return window.__chronoscopeInvoke !== original;
})()`;

/** Opens `path` the way a person does: Ctrl+O, pick the file; resolves when its title shows above the timeline. */
async function open(page: Page, answer: () => Promise<void>, title: string, capMs: number): Promise<Timed> {
  await answer();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return measure(page, () => page.keyboard.press('Control+o'), {
    capMs,
    watch: ['#timeline-title'],
    until: () =>
      page.waitForFunction(
        (t) =>
          document.querySelector('#timeline-title')?.textContent === t &&
          !!document.querySelector('#timeline .vis-item'),
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

/** Edits at full size: one event moved with Alt+→ on the timeline, then Ctrl+Z and Ctrl+Y. */
const EDIT_STEPS = [
  ['Alt+ArrowRight', 'edit: move one event (Alt+→)'],
  ['Control+z', 'edit: undo the move (Ctrl+Z)'],
  ['Control+y', 'edit: redo the move (Ctrl+Y)'],
] as const;

async function runEdits(page: Page, recorder: Recorder, capMs: number): Promise<void> {
  // Select a mid-file event through search (Enter selects the match), then edit on the timeline.
  const input = page.getByLabel('Search events');
  await input.fill(SEARCH_QUERIES[2]);
  await input.press('Enter');
  await page.locator('#timeline').focus();
  for (const [key, name] of EDIT_STEPS) {
    const timed = await measure(page, () => page.keyboard.press(key), { capMs });
    if (!recorder.record(name, timed)) break;
  }
  await input.fill('');
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
    const bundledTitle = (await page.locator('#timeline-title').textContent()) ?? '';
    for (let i = 0; i < options.loads && recorder.alive; i++) {
      if (i > 0) await open(page, () => app.answerOpenDialog(BUNDLED), bundledTitle, options.capMs);
      recordLoad(
        recorder,
        await open(page, () => app.answerOpenDialog(dataset.path), dataset.title, options.capMs),
      );
    }
    // Experiments: BENCH_EVAL runs a script in the app page after the load (e.g. a CSS change).
    if (process.env.BENCH_EVAL) await page.evaluate(process.env.BENCH_EVAL);
    if (recorder.alive) heapMB['after load'] = await heapAfterGcMB(page);
    await runInteractions(page, recorder, options.reps, options.capMs, heapMB, () =>
      runSearches(page, recorder, options.capMs).then(() => runEdits(page, recorder, options.capMs)),
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
