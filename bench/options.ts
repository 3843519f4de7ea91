/**
 * Command-line options. `--quick` keeps the whole run under ~3 minutes (raw vis-timeline only
 * at the small sizes and with short caps); the full run measures every size for every engine.
 */
export interface BenchOptions {
  readonly quick: boolean;
  readonly sizes: readonly number[];
  /** Sizes at which raw vis-timeline (plain and clustered) is measured. */
  readonly rawSizes: readonly number[];
  /** How many times the whole zoom/search/filter sequence runs, per size. */
  readonly reps: (n: number) => number;
  /** How many timed file opens per size (Chronoscope). */
  readonly loads: (n: number) => number;
  /** Per-step cap for raw vis-timeline; past it the engine is abandoned at that size. */
  readonly rawCapMs: number;
  /** Per-step cap for Chronoscope (generous: it should never come near). */
  readonly appCapMs: number;
  readonly seed: number;
  /** Record a CPU profile of one Chronoscope zoom sequence at the largest size. */
  readonly profile: boolean;
  readonly out: string;
}

function valueOf(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export function parseOptions(args: readonly string[]): BenchOptions {
  if (args.includes('--help')) {
    console.log(
      'Usage: tsx bench/run.ts [--quick] [--sizes 1000,10000] [--raw-sizes 1000] [--raw-cap-ms 20000] [--seed 7] [--profile] [--out file]',
    );
    process.exit(0);
  }
  const quick = args.includes('--quick');
  const list = (name: string, fallback: number[]) =>
    valueOf(args, name)?.split(',').map(Number).filter(Number.isFinite) ?? fallback;
  const sizes = list('--sizes', [1_000, 10_000, 100_000]);
  return {
    quick,
    sizes,
    rawSizes: list('--raw-sizes', quick ? [1_000, 10_000] : sizes),
    reps: (n) => (quick ? 2 : n >= 100_000 ? 2 : 3),
    loads: (n) => (quick || n >= 100_000 ? 1 : 2),
    rawCapMs: Number(valueOf(args, '--raw-cap-ms') ?? (quick ? 5_000 : 20_000)),
    appCapMs: Number(valueOf(args, '--app-cap-ms') ?? 60_000),
    seed: Number(valueOf(args, '--seed') ?? 7),
    profile: args.includes('--profile'),
    out: valueOf(args, '--out') ?? 'bench/results/latest.json',
  };
}
