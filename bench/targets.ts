import { LOAD_RENDER } from './engine';
import { sequenceTotal, ZOOM_STEPS, type EngineSummary, type SizeReport } from './report';
import type { StepStats } from './stats';

export interface TargetResult {
  readonly target: string;
  readonly status: 'PASS' | 'MISS' | 'UNMEASURED';
  readonly detail: string;
}

const LARGE = 100_000;
const MEDIUM = 10_000;
const SPEEDUP = 20;

const ok = (s: StepStats | undefined): s is Extract<StepStats, { timedOut: false }> => !!s && !s.timedOut;
const unmeasured = (target: string, detail: string): TargetResult => ({
  target,
  status: 'UNMEASURED',
  detail,
});
const verdict = (target: string, pass: boolean, detail: string): TargetResult => ({
  target,
  status: pass ? 'PASS' : 'MISS',
  detail,
});

function largeTargets(c: EngineSummary | undefined): TargetResult[] {
  const paint = '100k: first paint < 1500 ms after the file is read';
  const zoom = '100k: every zoom/pan step median < 50 ms and p95 < 120 ms';
  const search = '100k: search < 20 ms (input → match count shown)';
  const heap = '100k: JS heap < 400 MB';
  const edit = '100k: an edit (move one event) updates the screen < 50 ms median';
  if (!c) return [paint, zoom, search, edit, heap].map((t) => unmeasured(t, 'Chronoscope not run at 100k'));
  const out: TargetResult[] = [];
  const render = c.steps[LOAD_RENDER];
  out.push(
    ok(render)
      ? verdict(paint, render.median < 1500, `median ${render.median.toFixed(0)} ms`)
      : unmeasured(paint, 'no read/render split'),
  );
  const steps = ZOOM_STEPS.map((name) => [name, c.steps[name]] as const);
  if (steps.some(([, s]) => !ok(s))) out.push(unmeasured(zoom, 'some steps did not complete'));
  else {
    const slowMedian = steps
      .filter(([, s]) => ok(s) && s.median >= 50)
      .map(([n, s]) => `${n} median ${ok(s) ? s.median.toFixed(0) : '?'}`);
    const slowP95 = steps
      .filter(([, s]) => ok(s) && s.p95 >= 120)
      .map(([n, s]) => `${n} p95 ${ok(s) ? s.p95.toFixed(0) : '?'}`);
    const worst = Math.max(...steps.map(([, s]) => (ok(s) ? s.median : Infinity)));
    const worstP95 = Math.max(...steps.map(([, s]) => (ok(s) ? s.p95 : Infinity)));
    out.push(
      verdict(
        zoom,
        slowMedian.length === 0 && slowP95.length === 0,
        `worst median ${worst.toFixed(0)} ms, worst p95 ${worstP95.toFixed(0)} ms` +
          (slowMedian.length + slowP95.length ? `; over: ${[...slowMedian, ...slowP95].join('; ')}` : ''),
      ),
    );
  }
  const counts = Object.entries(c.steps).filter(
    ([n]) => n.startsWith('search "') && n.endsWith(': count shown'),
  );
  if (counts.length === 0) out.push(unmeasured(search, 'search box not found or no count shown'));
  else {
    const worst = counts.reduce((a, b) =>
      (ok(b[1]) ? b[1].median : Infinity) > (ok(a[1]) ? a[1].median : Infinity) ? b : a,
    );
    const ms = ok(worst[1]) ? worst[1].median : Infinity;
    out.push(
      verdict(
        search,
        ms < 20,
        `worst query ${worst[0].replace(': count shown', '')}: median ${ms.toFixed(1)} ms`,
      ),
    );
  }
  const move = c.steps['edit: move one event (Alt+→)'];
  out.push(
    ok(move)
      ? verdict(edit, move.median < 50, `median ${move.median.toFixed(0)} ms, p95 ${move.p95.toFixed(0)} ms`)
      : unmeasured(edit, 'the edit steps did not complete'),
  );
  const heaps = Object.values(c.heapMB);
  out.push(
    heaps.length
      ? verdict(heap, Math.max(...heaps) < 400, `max ${Math.max(...heaps).toFixed(0)} MB after GC`)
      : unmeasured(heap, 'no heap sample'),
  );
  return out;
}

function speedup(
  target: string,
  c: number | undefined,
  raw: number | undefined,
  rawLowerBound: boolean,
): TargetResult {
  if (c === undefined || raw === undefined)
    return unmeasured(target, 'raw vis-timeline never reached this step (see table)');
  const x = raw / c;
  return verdict(
    target,
    x >= SPEEDUP,
    `${rawLowerBound ? '≥ ' : ''}${x.toFixed(1)}× (Chronoscope ${c.toFixed(0)} ms, raw ${rawLowerBound ? '> ' : ''}${raw.toFixed(0)} ms)`,
  );
}

function mediumTargets(
  c: EngineSummary | undefined,
  raw: EngineSummary | undefined,
  label: string,
): TargetResult[] {
  const first = `10k: first render ≥ ${SPEEDUP}× faster than ${label}`;
  const seq = `10k: zoom sequence ≥ ${SPEEDUP}× faster than ${label}`;
  if (!c || !raw) return [first, seq].map((t) => unmeasured(t, 'an engine was not run at 10k'));
  const cr = c.steps[LOAD_RENDER];
  const rr = raw.steps[LOAD_RENDER] ?? raw.steps['load: total'];
  const rawFirst = rr && (rr.timedOut ? rr.capMs : rr.median);
  const out = [speedup(first, ok(cr) ? cr.median : undefined, rawFirst, !!rr?.timedOut)];
  const a = sequenceTotal(c);
  const b = sequenceTotal(raw);
  out.push(speedup(seq, a && !a.atLeast ? a.ms : undefined, b?.ms, !!b?.atLeast));
  return out;
}

/** PASS/MISS per target; UNMEASURED when the run could not produce the number (never a silent pass). */
export function checkTargets(reports: readonly SizeReport[]): TargetResult[] {
  const at = (n: number) => reports.find((r) => r.n === n);
  return [
    ...largeTargets(at(LARGE)?.engines.chronoscope),
    ...mediumTargets(at(MEDIUM)?.engines.chronoscope, at(MEDIUM)?.engines.raw, 'raw vis-timeline'),
    ...mediumTargets(
      at(MEDIUM)?.engines.chronoscope,
      at(MEDIUM)?.engines['raw-cluster'],
      'raw vis-timeline (cluster)',
    ),
  ];
}
