import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findNodeAtLocation,
  parse,
  parseTree,
  printParseErrorCode,
  visit,
  type ParseError,
} from 'jsonc-parser';
import { locateJsonPaths, type PathSegment } from '../core/json-locate';
import { findJsonSyntaxError } from '../core/json-syntax';
import { generateSyntheticTimeline } from '../core/synthetic';
import { median } from './stats';

/**
 * `npx tsx bench/json-scanner.ts [events]`: our JSON scanners (core/json-syntax.ts,
 * core/json-locate.ts) against jsonc-parser on a large synthetic file, for decision 0008.
 * Prints timings and, for every bad fixture, both messages side by side. Not a test.
 */

const N = Number(process.argv[2] ?? 100_000);
const RUNS = 3;
const strict = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

function time(run: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return Math.round(median(samples));
}

function jsoncFirstError(text: string): ParseError | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, strict);
  return errors[0];
}

const good = JSON.stringify(generateSyntheticTimeline(N, 1), null, 2);
console.log(`${N} events, ${(good.length / 1e6).toFixed(1)} MB`);

// Error path: a trailing comma near the end, so both scanners read almost the whole file.
const lastBrace = good.lastIndexOf('}', good.lastIndexOf(']'));
const bad = `${good.slice(0, lastBrace + 1)},${good.slice(lastBrace + 1)}`;
console.log(
  'error path (ms): ours',
  time(() => findJsonSyntaxError(bad)),
);
console.log(
  'error path (ms): jsonc parse',
  time(() => jsoncFirstError(bad)),
);

// Locate path: 200 problem paths spread over the events, as validation reports them.
const paths: PathSegment[][] = Array.from({ length: 200 }, (_, i) => [
  'events',
  Math.floor((i * N) / 200),
  'start',
]);
console.log(
  'locate path (ms): ours',
  time(() => locateJsonPaths(good, paths)),
);
console.log(
  'locate path (ms): jsonc parseTree + findNodeAtLocation',
  time(() => {
    const tree = parseTree(good, [], strict)!;
    return paths.map((p) => findNodeAtLocation(tree, p)?.parent?.offset);
  }),
);
// Lower bound for any jsonc-based locator: one tokenising pass with an empty visitor.
console.log(
  'locate path (ms): jsonc visit, empty visitor',
  time(() => visit(good, {}, strict)),
);
const heap0 = process.memoryUsage().heapUsed;
const tree = parseTree(good, [], strict);
console.log(`jsonc tree heap: ${Math.round((process.memoryUsage().heapUsed - heap0) / 1e6)} MB`, !!tree);

const dir = join(import.meta.dirname, '../core/fixtures/bad');
for (const name of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'expectations.json')) {
  const text = readFileSync(join(dir, name), 'utf8');
  try {
    JSON.parse(text);
    continue;
  } catch {
    const ours = findJsonSyntaxError(text);
    const theirs = jsoncFirstError(text);
    console.log(`\n${name}\n  ours:  @${ours?.offset} ${ours?.message}`);
    console.log(`  jsonc: @${theirs?.offset} ${theirs ? printParseErrorCode(theirs.error) : 'no error'}`);
  }
}
