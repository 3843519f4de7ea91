import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INVOKE_METHODS } from '../core/app/ipc-contract';
import { expect, test } from './fixtures';
import { launchApp } from './harness';
import { FIXTURES } from './harness/paths';

const BUNDLED_TITLE = 'US diplomacy in Asia, 2021 & 2024';

/**
 * Plays a compromised page: calls every window.chronoscope function with paths, URLs and
 * oversized or malformed payloads, and collects what each call answered. Passed as a string
 * (the app's CSP and esbuild's __name helper rule out functions).
 */
const attack = (targets: string[]) => `(async () => {
  const c = window.chronoscope;
  const out = [];
  const called = new Set();
  const tryCall = async (method, fn) => {
    called.add(method);
    try { out.push(method + ' -> ' + JSON.stringify(await fn())); }
    catch (e) { out.push(method + ' threw ' + String(e && e.message)); }
    out[out.length - 1] = out[out.length - 1].split(target).join('<target>');
  };
  const huge = 'x'.repeat(300000);
  const byTarget = [];
  let target = '';
  for (const p of ${JSON.stringify(targets)}) {
    target = p;
    const start = out.length;
    await tryCall('getInitialState', () => c.getInitialState({ path: p }));
    await tryCall('openFileDialog', () => c.openFileDialog({ defaultPath: p }));
    await tryCall('importFileDialog', () => c.importFileDialog({ defaultPath: p }));
    await tryCall('importFileDialog', () => c.importFileDialog(p));
    await tryCall('openStartup', () => c.openStartup({ path: p }));
    await tryCall('openBundled', () => c.openBundled(p));
    await tryCall('openRecent', () => c.openRecent({ index: p }));
    await tryCall('openRecent', () => c.openRecent({ index: 0, path: p }));
    await tryCall('openGranted', () => c.openGranted({ token: p }));
    await tryCall('openGranted', () => c.openGranted({ token: 'a'.repeat(32), path: p }));
    await tryCall('openBytes', () => c.openBytes({ name: 'x.json', bytes: new TextEncoder().encode(p) }));
    await tryCall('openBytes', () => c.openBytes({ name: p, bytes: p }));
    await tryCall('listRecent', () => c.listRecent(p));
    await tryCall('clearRecent', () => c.clearRecent({ path: p }));
    await tryCall('saveView', () => c.saveView({ path: p, huge }));
    await tryCall('saveView', () => c.saveView(p));
    await tryCall('setTheme', () => c.setTheme(p));
    await tryCall('saveExport', () => c.saveExport({ suggestedName: p, format: 'png', data: 'PWNED' }));
    await tryCall('saveExport', () => c.saveExport({ suggestedName: 'a', format: 'png', data: huge, path: p }));
    await tryCall('openExternal', () => c.openExternal({ url: 'file://' + p }));
    await tryCall('openExternal', () => c.openExternal({ url: 'https://example.org/?' + p }));
    await tryCall('grantForDroppedFile', () => c.grantForDroppedFile(new File(['{}'], p)));
    // Saving: main picks the file (the bundled dataset is read-only, so a dialog, which the user cancels).
    await tryCall('saveDocument', () => c.saveDocument({ text: 'PWNED', suggestedName: p }));
    await tryCall('saveDocument', () => c.saveDocument({ text: 'PWNED', suggestedName: 'a', path: p }));
    await tryCall('saveDocumentAs', () => c.saveDocumentAs({ text: 'PWNED', suggestedName: p }));
    await tryCall('newDocument', () => c.newDocument({ path: p }));
    await tryCall('setDocumentStatus', () => c.setDocumentStatus({ dirty: false, path: p }));
    await tryCall('confirmDiscard', () => c.confirmDiscard({ path: p }));
    await tryCall('closeWindow', () => c.closeWindow({ path: p }));
    await tryCall('writeRecovery', () => c.writeRecovery({ text: 'PWNED', path: p }));
    await tryCall('discardRecovery', () => c.discardRecovery({ path: p }));
    await tryCall('restoreRecovery', () => c.restoreRecovery({ path: p }));
    await tryCall('openArticleDialog', () => c.openArticleDialog({ path: p }));
    await tryCall('openArticleBytes', () => c.openArticleBytes({ name: 'x.txt', bytes: new TextEncoder().encode(p) }));
    await tryCall('openArticleBytes', () => c.openArticleBytes({ name: p, bytes: p }));
    byTarget.push(out.slice(start).join('\\n'));
  }
  await tryCall('openGranted', () => c.openGranted({ token: 'f'.repeat(32) }));
  return { out, byTarget, called: [...called].sort() };
})()`;

test('a hostile page cannot read, write or probe a file the user did not pick', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'chronoscope-canary-'));
  const canary = join(dir, 'canary.chronoscope.json');
  const secret = `CANARY-${Date.now()}`;
  const small = JSON.parse(await readFile(join(FIXTURES, 'good', 'small.chronoscope.json'), 'utf8'));
  await writeFile(canary, JSON.stringify({ ...small, title: secret }));
  const before = await readFile(canary, 'utf8');

  const app = await launchApp();
  const { page, userDataDir } = app;
  try {
    const targets = [canary, join(dir, 'missing.json'), dir, '/etc/passwd', '../../../etc/passwd'];
    const { out, byTarget, called } = (await page.evaluate(attack(targets))) as {
      out: string[];
      byTarget: string[];
      called: string[];
    };

    const apiMethods = [...Object.keys(INVOKE_METHODS), 'grantForDroppedFile'].sort();
    expect(called).toEqual(apiMethods);
    const answers = out.join('\n');
    // Nothing read: neither the canary's content nor a system file's.
    expect(answers).not.toContain(secret);
    expect(answers).not.toMatch(/root:|daemon:/);
    // Nothing probed: a file that exists, one that does not and a folder get the same answers.
    expect(byTarget[0]?.split('\n')).toHaveLength(35);
    expect(byTarget[1]).toBe(byTarget[0]);
    expect(byTarget[2]).toBe(byTarget[0]);
    expect(out.at(-1)).toContain('not-granted');
    // No link left the app without a gesture and the user's consent.
    expect(out.filter((l) => l.startsWith('openExternal')).every((l) => l.endsWith('-> false'))).toBe(true);
    // No drop token for a file a script made.
    expect(
      out.filter((l) => l.startsWith('grantForDroppedFile')).every((l) => l.endsWith('-> undefined')),
    ).toBe(true);

    await expect(page.locator('#timeline-title')).toHaveText(BUNDLED_TITLE);
    expect(await readFile(canary, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['canary.chronoscope.json']);
    const settings = await readFile(join(userDataDir, 'settings.json'), 'utf8').catch(() => '');
    expect(settings).not.toContain('x'.repeat(1000));
  } finally {
    await app.close();
  }

  // What the page wrote into its view is never reopened on the next start.
  const again = await launchApp({ userDataDir });
  try {
    await expect(again.page.locator('#timeline-title')).toHaveText(BUNDLED_TITLE);
  } finally {
    await again.close();
  }
});
