import type { Page } from 'playwright-core';
import { measure, type Timed } from './probe';

/**
 * The scripted zoom/pan walk, identical for every engine: century → decade → month → day and
 * back, driven the way a person would, with the wheel over the timeline, the keyboard
 * (+ − ← → Home) and Ctrl+G "go to date". The raw vis-timeline page implements the same keys
 * and the same go-to-date field (#goto-date-input), with the same window arithmetic.
 */
export type StepAction =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'wheel'; readonly deltaY: number }
  | { readonly kind: 'goto'; readonly text: string };

export interface Step {
  readonly name: string;
  readonly action: StepAction;
}

/** Wheel deltas of ±500 make vis-timeline halve or double the window, like + and −. */
export const ZOOM_SEQUENCE: readonly Step[] = [
  { name: 'wheel in @century', action: { kind: 'wheel', deltaY: -500 } },
  { name: 'Ctrl+G 1960s (decade)', action: { kind: 'goto', text: '1960s' } },
  { name: 'key + @decade', action: { kind: 'key', key: '+' } },
  { name: 'key → @5 years', action: { kind: 'key', key: 'ArrowRight' } },
  { name: 'Ctrl+G October 1962 (month)', action: { kind: 'goto', text: 'October 1962' } },
  { name: 'wheel in @month', action: { kind: 'wheel', deltaY: -500 } },
  { name: 'Ctrl+G 22 Oct 1962 (day)', action: { kind: 'goto', text: '22 Oct 1962' } },
  { name: 'key ← @day', action: { kind: 'key', key: 'ArrowLeft' } },
  { name: 'key − @day', action: { kind: 'key', key: '-' } },
  { name: 'wheel out @2 days', action: { kind: 'wheel', deltaY: 500 } },
  { name: 'Ctrl+G 2022 (year)', action: { kind: 'goto', text: '2022' } },
  { name: 'key Home (century)', action: { kind: 'key', key: 'Home' } },
];

/** Collects timings per step; after a timed-out step the page is hung and nothing else runs. */
export class Recorder {
  readonly samples: Record<string, Timed[]> = {};
  timedOutAt: string | undefined;

  record(step: string, timed: Timed): boolean {
    (this.samples[step] ??= []).push(timed);
    if ('timedOut' in timed) this.timedOutAt ??= step;
    return this.timedOutAt === undefined;
  }

  get alive(): boolean {
    return this.timedOutAt === undefined;
  }
}

/** Moves the pointer over the middle of the timeline's item area (wheel zoom centres on it). */
async function pointAtTimeline(page: Page): Promise<void> {
  const box = await page.locator('#timeline .vis-center').first().boundingBox();
  if (!box) throw new Error('no timeline on the page');
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 120));
}

/** Plain-key shortcuts are ignored while a text field has focus, as they should be. */
async function blurFields(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Runs one step: anything that is not the measured input (opening the dialog, typing) happens before arming. */
export async function runStep(page: Page, step: Step, capMs: number): Promise<Timed> {
  const { action } = step;
  if (action.kind === 'wheel') {
    await pointAtTimeline(page);
    return measure(page, () => page.mouse.wheel(0, action.deltaY), { capMs });
  }
  if (action.kind === 'key') {
    await blurFields(page);
    return measure(page, () => page.keyboard.press(action.key), { capMs });
  }
  await blurFields(page);
  await page.keyboard.press('Control+g');
  const input = page.locator('#goto-date-input');
  await input.waitFor({ state: 'visible', timeout: capMs });
  await input.fill(action.text);
  return measure(page, () => input.press('Enter'), { capMs });
}

/** The axis labels on screen, to check by eye (BENCH_DEBUG=1) that a step went where it should. */
async function axisText(page: Page): Promise<string> {
  const labels = await page.locator('#timeline .vis-time-axis .vis-text').allTextContents();
  const items = await page.locator('#timeline .vis-item').count();
  const lod = await page.locator('#timeline').getAttribute('data-lod');
  return `${labels.slice(2, 4).join(' | ')}; ${items} .vis-item in DOM; lod ${lod ?? '-'}`;
}

/** The whole walk once; stops at the first step past the cap. */
export async function runZoomSequence(page: Page, recorder: Recorder, capMs: number): Promise<void> {
  for (const step of ZOOM_SEQUENCE) {
    const timed = await runStep(page, step, capMs);
    if (process.env.BENCH_DEBUG)
      console.log(`  ${step.name}: ${JSON.stringify(timed)} axis: ${await axisText(page)}`);
    if (!recorder.record(step.name, timed)) return;
  }
}

/** Which type checkbox the filter steps untick: "visit", one of the eleven equally common types. */
export const FILTER_TYPE_INDEX = 1;

/**
 * Unticks one event type, then ticks it again; each is timed to the settled timeline, with the
 * moment the "Showing N of M" count changed recorded as a mark.
 */
export async function runFilterSteps(page: Page, recorder: Recorder, capMs: number): Promise<void> {
  const box = page.getByRole('group', { name: 'Event types' }).getByRole('checkbox').nth(FILTER_TYPE_INDEX);
  for (const [name, checked] of [
    ['filter: untick a type', false],
    ['filter: tick it again', true],
  ] as const) {
    const before = await page.locator('.status-count').textContent();
    const timed = await measure(page, () => box.setChecked(checked), {
      capMs,
      watch: ['.status-count'],
      until: () =>
        page.waitForFunction((b) => document.querySelector('.status-count')?.textContent !== b, before, {
          timeout: capMs,
        }),
    });
    if (!recorder.record(name, timed)) return;
  }
}
