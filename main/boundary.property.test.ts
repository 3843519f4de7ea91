import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeTimelineBytes } from '../core/file-format/decode';
import type { LoadResult } from '../core/app/ipc-contract';
import { validateTimelineText } from '../core/file-format/validate';
import { PathGrants } from './grants';
import { createHandlers, type Handlers } from './handlers';
import { SettingsStore } from './settings-store';
import { quietHandlerDeps } from './testing/quiet-deps';

/**
 * Every way bytes enter the app, fed random bytes and mutated real files: each run must end in
 * a loaded file or in problems naming the file, the place (or the whole file) and the reason,
 * and nothing may throw past the boundary. Importers join ENTRIES when they exist.
 */
const REAL_FILES = [
  '../core/testing/fixtures/good/small.chronoscope.json',
  '../data/us-asia-diplomacy-2021-2024.chronoscope.json',
].map((p) => new URL(p, import.meta.url));
/** Rules about the file as a whole (its size, encoding, kind), where no line or path applies. */
const WHOLE_FILE_RULES = new Set(['empty', 'binary', 'encoding', 'too-large', 'not-found', 'read-error']);

type Entry = { name: string; open(bytes: Uint8Array, fileName: string): Promise<LoadResult> };

let handlers: Handlers;
let grants: PathGrants;
let dir: string;
let realFiles: Uint8Array[];

const ENTRIES: Entry[] = [
  {
    name: 'decode + validate',
    async open(bytes, fileName) {
      const decoded = decodeTimelineBytes(bytes, fileName);
      if (!decoded.ok)
        return { ok: false, path: '', name: fileName, problems: [decoded.problem], truncated: false };
      const result = validateTimelineText(decoded.text, fileName);
      return result.ok
        ? { ok: true, path: '', name: fileName, file: result.file, warnings: result.warnings }
        : { ok: false, path: '', name: fileName, problems: result.problems, truncated: result.truncated };
    },
  },
  {
    name: 'file:open-bytes',
    open: (bytes, fileName) => handlers['file:open-bytes']({ name: fileName, bytes }),
  },
  {
    name: 'file:open-granted (a file dropped or opened from disk)',
    async open(bytes, fileName) {
      const path = join(dir, fileName);
      await writeFile(path, bytes);
      return handlers['file:open-granted']({ token: grants.issue(path) });
    },
  },
];

function expectClearOutcome(result: LoadResult, fileName: string): void {
  if (result.ok) {
    expect(Array.isArray(result.file.events)).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.file).toBe(fileName);
    expect(problem.message.trim().length).toBeGreaterThan(0);
    expect(problem.rule.length).toBeGreaterThan(0);
    const placed = problem.line !== undefined || problem.path !== undefined;
    expect(placed || WHOLE_FILE_RULES.has(problem.rule), `${problem.rule}: ${problem.message}`).toBe(true);
  }
}

/** A real file with a few bytes deleted, inserted, overwritten or cut off. */
const mutatedRealFile = fc
  .record({
    file: fc.nat(),
    edits: fc.array(
      fc.record({
        kind: fc.constantFrom('delete', 'insert', 'overwrite', 'truncate'),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ file, edits }) => {
    let bytes = realFiles[file % realFiles.length]!;
    for (const edit of edits) {
      const at = Math.floor(edit.at * bytes.length);
      const before = bytes.subarray(0, at);
      const after = bytes.subarray(at);
      bytes =
        edit.kind === 'truncate'
          ? before
          : edit.kind === 'delete'
            ? Buffer.concat([before, after.subarray(edit.bytes.length)])
            : edit.kind === 'insert'
              ? Buffer.concat([before, edit.bytes, after])
              : Buffer.concat([before, edit.bytes, after.subarray(edit.bytes.length)]);
    }
    return new Uint8Array(bytes);
  });

const inputs = fc.oneof(fc.uint8Array({ maxLength: 512 }), mutatedRealFile);
const fileNames = fc.constantFrom('a.json', 'drop.chronoscope.json', 'x y.json');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chronoscope-property-'));
  const settings = new SettingsStore(dir);
  await settings.load();
  grants = new PathGrants();
  handlers = createHandlers(quietHandlerDeps({ settings, grants, userDataDir: dir }));
  realFiles = await Promise.all(REAL_FILES.map(async (url) => new Uint8Array(await readFile(url))));
});

describe.each(ENTRIES)('$name at the trust boundary', (entry) => {
  it('ends every run in a file or in clear problems, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, fileNames, async (bytes, fileName) => {
        expectClearOutcome(await entry.open(bytes, fileName), fileName);
      }),
      { numRuns: entry.name === 'decode + validate' ? 300 : 60 },
    );
  }, 60_000);
});
