import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from './article-file';
import { PathGrants } from './grants';
import { createHandlers } from './handlers';
import { SettingsStore } from './settings-store';
import { quietHandlerDeps } from './testing/quiet-deps';

const PAGE = new URL('../bench/extract-gold/quake-page.html', import.meta.url).pathname;
const BUNDLED = new URL('../data/us-asia-diplomacy-2021-2024.chronoscope.json', import.meta.url).pathname;

describe('readArticleFile', () => {
  it('reads .txt as text, .md without markup, .html through Readability', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chronoscope-article-'));
    await writeFile(join(dir, 'a.txt'), '\uFEFFTrong died on Friday.\r\n');
    await writeFile(join(dir, 'b.md'), '# Head\n\nTrong **died** on Friday.');
    expect(await readArticleFile(join(dir, 'a.txt'))).toEqual({
      ok: true,
      name: 'a.txt',
      text: 'Trong died on Friday.',
      metadata: [],
      cut: [],
    });
    expect(await readArticleFile(join(dir, 'b.md'))).toMatchObject({
      ok: true,
      headline: 'Head',
      text: 'Trong died on Friday.',
    });
    expect(await readArticleFile(PAGE)).toMatchObject({
      ok: true,
      headline: 'Quake hits southern Turkey',
      metadata: [{ source: 'article:published_time' }, { source: 'JSON-LD datePublished' }],
    });
  });

  it('says why when there is no text: empty file, folder, missing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chronoscope-article-'));
    await writeFile(join(dir, 'empty.txt'), '\n\n');
    expect(await readArticleFile(join(dir, 'empty.txt'))).toMatchObject({
      ok: false,
      error: 'No text could be read from empty.txt.',
    });
    expect(await readArticleFile(dir)).toMatchObject({ ok: false });
    expect(await readArticleFile(join(dir, 'missing.txt'))).toMatchObject({ ok: false });
  });
});

describe("handler 'article:open-dialog'", () => {
  it('asks main’s dialog for an article and returns its text; null when cancelled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chronoscope-handlers-'));
    const settings = new SettingsStore(dir);
    await settings.load();
    const kinds: Array<string | undefined> = [];
    let answer: string | undefined = PAGE;
    const handlers = createHandlers(
      quietHandlerDeps({
        settings,
        grants: new PathGrants(),
        userDataDir: dir,
        bundledPath: BUNDLED,
        showOpenDialog: async ({ purpose }) => (kinds.push(purpose), answer),
      }),
    );
    expect(await handlers['article:open-dialog']()).toMatchObject({ ok: true, name: 'quake-page.html' });
    expect(kinds).toEqual(['article']);
    answer = undefined;
    expect(await handlers['article:open-dialog']()).toBeNull();
  });
});
