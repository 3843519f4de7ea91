import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeTimeline } from '../core/file-format/serialize';
import { generateSyntheticTimeline } from '../core/testing/synthetic';
import { validateTimelineText } from '../core/file-format/validate';
import { backupPath, nodeSaveFs, saveDocument } from './document-save';

/**
 * The kill test: a child saves a 20 MB timeline in a loop and is killed with SIGKILL at
 * random moments, 200 times. After every kill the file is byte for byte one of the two versions,
 * and temp files never pile up: each save first removes those of dead processes.
 */

const KILLS = 200;
/** Children run side by side, each on its own folder: spawning, not saving, dominates the time. */
const LANES = 4;
const EVENTS_FOR_20_MB = 19_000;
/**
 * The child only saves, so the loading half of files.ts (decode, validate: zod) is replaced by a
 * stub in its bundle: a 20x smaller script starts much faster on busy cores. Save code is real.
 */
const withoutLoading: Plugin = {
  name: 'without-loading',
  setup(b) {
    b.onResolve({ filter: /\/core\/(validate|decode)$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        'const no = () => { throw new Error("not in the kill-test child"); };\n' +
        'export const decodeTimelineBytes = no, validateTimelineText = no, MAX_FILE_BYTES = 0;',
      loader: 'js',
    }));
  },
};
let dir: string;
let child: string;
const versions: Buffer[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chronoscope-kill-'));
  child = join(dir, 'save-loop-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./testing/save-loop-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: child,
    logLevel: 'silent',
    plugins: [withoutLoading],
  });
  for (const seed of [1, 2]) {
    const text = serializeTimeline(generateSyntheticTimeline(EVENTS_FOR_20_MB, seed));
    expect(validateTimelineText(text, `v${seed}`).ok).toBe(true);
    await writeFile(join(dir, `v${seed}.json`), text);
    versions.push(Buffer.from(text));
  }
  expect(versions[0]!.length).toBeGreaterThan(20e6);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Starts the saving child and kills it `delayMs` after it is ready; resolves once it is dead. */
function saveThenKill(target: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const process = spawn('node', [child, target, join(dir, 'v1.json'), join(dir, 'v2.json')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    process.stderr.on('data', (chunk) => (stderr += chunk));
    process.stdout.once('data', () => setTimeout(() => process.kill('SIGKILL'), delayMs));
    process.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited ${code}: ${stderr}`)),
    );
  });
}

const isVersion = (bytes: Buffer) => versions.some((v) => v.equals(bytes));

/** One folder's share of the kills; returns how many temp files the kills left behind. */
async function killLane(lane: number, kills: number): Promise<number> {
  const folder = join(dir, `lane-${lane}`);
  const target = join(folder, 'news.chronoscope.json');
  await mkdir(folder);
  await writeFile(target, versions[0]!);
  let tempsSeen = 0;
  for (let kill = 0; kill < kills; kill++) {
    await saveThenKill(target, Math.random() * 150);
    const where = `lane ${lane}, kill ${kill}`;
    expect(isVersion(await readFile(target)), `${where}: torn file`).toBe(true);
    const names = await readdir(folder);
    const temps = names.filter((n) => n.endsWith('.tmp'));
    tempsSeen += temps.length;
    // At most the temps of the save that was killed (its data, and the held previous version).
    expect(temps.length, `${where}: ${temps.join(', ')}`).toBeLessThanOrEqual(2);
  }
  // The backup is a hard link to a previous target, so checking it once per lane suffices.
  expect(isVersion(await readFile(backupPath(target))), `lane ${lane}: torn backup`).toBe(true);
  expect((await saveDocument(nodeSaveFs, { path: target, text: versions[0]!.toString() })).status).toBe(
    'saved',
  );
  expect((await readdir(folder)).sort()).toEqual(['news.chronoscope.json', 'news.chronoscope.json.bak']);
  return tempsSeen;
}

describe('saving while being killed', () => {
  it(`leaves the old or the new file, never a mix, over ${KILLS} kills`, async () => {
    const started = Date.now();
    const lanes = Array.from({ length: LANES }, (_, lane) => killLane(lane, KILLS / LANES));
    const tempsSeen = (await Promise.all(lanes)).reduce((a, b) => a + b, 0);
    expect(tempsSeen, 'no kill landed inside a write; the test proves nothing').toBeGreaterThan(0);
    console.log(`kill test: ${KILLS} kills in ${Date.now() - started} ms, ${tempsSeen} temp files seen`);
  }, 90_000);
});
