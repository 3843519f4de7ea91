import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTimelineText } from '../core/file-format/validate';

/** The CLI contract: `npm run -s extract -- <file> [--published YYYY-MM-DD] --json`, run as a user would. */

const ROOT = join(import.meta.dirname, '..');
const GOLD = join(ROOT, 'bench', 'extract-gold');
const tmp = mkdtempSync(join(tmpdir(), 'chronoscope-extract-'));

function extract(...args: string[]) {
  const r = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'scripts', 'extract.ts'), ...args],
    { encoding: 'utf8', cwd: ROOT },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function validFile(stdout: string) {
  const result = validateTimelineText(stdout, 'out.chronoscope.json');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

describe('npm run extract', () => {
  it('a .txt article with --published: one article and its candidates, valid against the schema', () => {
    const r = extract(join(GOLD, '12-minister-resigns.txt'), '--published', '2025-04-07', '--json');
    expect(r.code).toBe(0);
    const file = validFile(r.stdout);
    expect(file.articles).toHaveLength(1);
    expect(file.articles[0]).toMatchObject({ id: '12-minister-resigns', published: '2025-04-07' });
    expect(file.events.length).toBeGreaterThanOrEqual(5);
    expect(file.events.every((e) => e.sources[0]?.article === '12-minister-resigns')).toBe(true);
    expect(file.events.find((e) => e.sources[0]?.dateEvidence === 'on Monday')).toMatchObject({
      start: '2025-04-07',
      type: 'policy',
    });
  }, 30_000);

  it('without --published uses the date the text gives and says how on stderr', () => {
    const r = extract(join(GOLD, '01-peru-runoff.txt'), '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Publication date 2025-06-09 \(dateline\)/);
    expect(validFile(r.stdout).articles[0]!.published).toBe('2025-06-09');
  }, 30_000);

  it('a .md article: markup stripped, first heading as headline', () => {
    const md = join(tmp, 'summit.md');
    writeFileSync(
      md,
      '# Leaders meet in Lisbon\n\nLast updated: 10 December 2025\n\nLeaders from 40 countries will gather in **Lisbon** on Thursday for a two-day summit.\n',
    );
    const r = extract(md, '--json');
    expect(r.code).toBe(0);
    const file = validFile(r.stdout);
    expect(file.articles[0]).toMatchObject({ headline: 'Leaders meet in Lisbon', published: '2025-12-10' });
    expect(file.events[0]).toMatchObject({
      type: 'summit',
      start: '2025-12-11',
      end: '2025-12-12',
      status: 'planned',
    });
    expect(file.articles[0]!.text).not.toContain('**');
  }, 30_000);

  it('an .html page: body via Readability, date from metadata, what was cut on stderr and in the notes', () => {
    const r = extract(join(GOLD, 'quake-page.html'), '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\(metadata\)/);
    expect(r.stderr).toMatch(/Cut from the page/);
    const file = validFile(r.stdout);
    expect(file.articles[0]).toMatchObject({
      published: '2025-10-14',
      headline: 'Quake hits southern Turkey',
    });
    expect(file.articles[0]!.notes).toMatch(/Related stories/);
    expect(file.events.find((e) => e.sources[0]?.dateEvidence === 'two days ago')).toMatchObject({
      start: '2025-10-12',
    });
  }, 30_000);

  it('exits 1 when no text could be read (empty file, missing file)', () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '  \n\n');
    const a = extract(empty, '--json');
    expect(a.code).toBe(1);
    expect(a.stdout).toBe('');
    expect(a.stderr).toMatch(/no text could be read/);
    const b = extract(join(tmp, 'missing.txt'), '--json');
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/no text could be read/);
    const html = join(tmp, 'blank.html');
    writeFileSync(html, '<html><body><script>1</script></body></html>');
    expect(extract(html, '--json').code).toBe(1);
  }, 60_000);

  it('rejects a malformed --published with a usage error', () => {
    expect(extract(join(GOLD, '01-peru-runoff.txt'), '--published', '2025-02-30').code).toBe(2);
  }, 30_000);
});
