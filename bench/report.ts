import type { EngineName, EngineRun } from './engine';
import { LOAD_READ, LOAD_RENDER, LOAD_TOTAL } from './engine';
import { ZOOM_SEQUENCE } from './sequence';
import { summarize, type StepStats } from './stats';

/** What was measured at one size: each engine's step summaries, plus Node-side numbers. */
export interface SizeReport {
  readonly n: number;
  readonly bytes: number;
  readonly nodeReadValidateMs: number;
  /** core/index/search.ts searchEvents in Node, median ms per query (after prepareSearch). */
  readonly coreSearchMs: Record<string, number>;
  readonly engines: Partial<Record<EngineName, EngineSummary>>;
}

export interface EngineSummary {
  readonly steps: Record<string, StepStats>;
  readonly heapMB: Record<string, number>;
  readonly timedOutAt?: string;
  readonly notes: readonly string[];
}

export function summarizeRun(run: EngineRun): EngineSummary {
  const steps: Record<string, StepStats> = {};
  for (const [name, samples] of Object.entries(run.samples)) steps[name] = summarize(samples);
  return {
    steps,
    heapMB: run.heapMB,
    ...(run.timedOutAt ? { timedOutAt: run.timedOutAt } : {}),
    notes: run.notes,
  };
}

export const ZOOM_STEPS = ZOOM_SEQUENCE.map((s) => s.name);

/**
 * Sum of the zoom steps' medians. When the engine timed out or never got there, the sum is a
 * lower bound (`atLeast`): the timed-out step counts as its cap, unreached steps as nothing.
 */
export function sequenceTotal(
  engine: EngineSummary | undefined,
): { ms: number; atLeast: boolean } | undefined {
  if (!engine) return undefined;
  let ms = 0;
  let atLeast = false;
  for (const name of ZOOM_STEPS) {
    const s = engine.steps[name];
    if (!s) {
      atLeast = true;
      continue;
    }
    if (s.timedOut) {
      ms += s.capMs;
      atLeast = true;
    } else ms += s.median;
  }
  if (ms === 0) return undefined;
  return { ms, atLeast };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

function cell(stats: StepStats | undefined, engine: EngineSummary | undefined): string {
  if (!engine) return 'not run';
  if (!stats) return engine.timedOutAt ? 'not reached' : '—';
  if (stats.timedOut) return `> ${stats.capMs} (cap)`;
  return `${fmt(stats.median)} / ${fmt(stats.p95)}`;
}

/** Chronoscope ÷ raw: below 1 means Chronoscope is faster; "(32×)" says by how much. */
export function ratio(c: StepStats | undefined, raw: StepStats | undefined): string {
  if (!c || c.timedOut || !raw) return '';
  if (raw.timedOut) {
    const r = c.median / raw.capMs;
    return `< ${r.toFixed(3)} (> ${(1 / r).toFixed(0)}×, raw timed out)`;
  }
  const r = c.median / raw.median;
  return `${r.toFixed(3)} (${r < 1 ? `${(1 / r).toFixed(1)}× faster` : `${r.toFixed(1)}× slower`})`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** One table per size: per step, median / p95 in ms for each engine and the Chronoscope/raw ratios. */
export function formatTables(reports: readonly SizeReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const c = r.engines.chronoscope;
    const raw = r.engines.raw;
    const rawC = r.engines['raw-cluster'];
    lines.push(
      '',
      `=== ${r.n.toLocaleString('en')} events (${(r.bytes / 1048576).toFixed(1)} MB file; Node read+validate ${fmt(r.nodeReadValidateMs)} ms) ===`,
    );
    const header = [
      'step (ms: median / p95)',
      'Chronoscope',
      'raw vis',
      'C/raw',
      'raw vis cluster',
      'C/raw-cluster',
    ];
    const widths = [32, 16, 18, 34, 18, 34];
    lines.push(header.map((h, i) => pad(h, widths[i]!)).join(' '));
    const names = [LOAD_READ, LOAD_RENDER, LOAD_TOTAL, ...ZOOM_STEPS];
    for (const e of [c, raw, rawC])
      for (const k of Object.keys(e?.steps ?? {})) if (!names.includes(k)) names.push(k);
    for (const name of names) {
      const row = [
        name,
        cell(c?.steps[name], c),
        cell(raw?.steps[name], raw),
        ratio(c?.steps[name], raw?.steps[name]),
        cell(rawC?.steps[name], rawC),
        ratio(c?.steps[name], rawC?.steps[name]),
      ];
      lines.push(row.map((t, i) => pad(t, widths[i]!)).join(' '));
    }
    const total = (e: EngineSummary | undefined) => {
      const t = sequenceTotal(e);
      return t ? `${t.atLeast ? '≥ ' : ''}${fmt(t.ms)}` : e ? 'not reached' : 'not run';
    };
    lines.push(
      [
        'zoom sequence (sum of medians)',
        total(c),
        total(raw),
        seqRatio(c, raw),
        total(rawC),
        seqRatio(c, rawC),
      ]
        .map((t, i) => pad(t, widths[i]!))
        .join(' '),
    );
    for (const phase of ['after load', 'after interactions']) {
      const heap = (e: EngineSummary | undefined) =>
        e?.heapMB[phase] === undefined ? '—' : `${e.heapMB[phase]!.toFixed(0)} MB`;
      lines.push(
        [`JS heap ${phase} (after GC)`, heap(c), heap(raw), '', heap(rawC), '']
          .map((t, i) => pad(t, widths[i]!))
          .join(' '),
      );
    }
    const core = Object.entries(r.coreSearchMs).map(([q, ms]) => `"${q}" ${ms.toFixed(2)} ms`);
    if (core.length) lines.push(`core searchEvents in Node (median): ${core.join(', ')}`);
    for (const [name, e] of Object.entries(r.engines))
      for (const note of e?.notes ?? []) lines.push(`note (${name}): ${note}`);
  }
  return lines.join('\n');
}

function seqRatio(c: EngineSummary | undefined, raw: EngineSummary | undefined): string {
  const a = sequenceTotal(c);
  const b = sequenceTotal(raw);
  if (!a || a.atLeast || !b) return '';
  const r = a.ms / b.ms;
  return b.atLeast
    ? `< ${r.toFixed(3)} (> ${(1 / r).toFixed(0)}×)`
    : `${r.toFixed(3)} (${(1 / r).toFixed(1)}×)`;
}
