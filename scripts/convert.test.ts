import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validateTimelineText } from '../core/file-format/validate';
import { convert } from './convert';

/** Runs the CLI as a user would: a separate process through tsx, as `npm run -s convert` does. */
function run(...args: string[]) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/convert.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SAMPLES = 'core/import/samples';
const schema = JSON.parse(readFileSync('data/timeline.schema.json', 'utf8'));
const validateSchema = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);

describe('convert CLI (spawned)', () => {
  it('prints a schema-valid Chronoscope file on stdout and the report on stderr; exit 0', () => {
    const { code, stdout, stderr } = run(`${SAMPLES}/history.timelinejs.json`);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(validateSchema(json) ? [] : validateSchema.errors).toEqual([]);
    expect(validateTimelineText(stdout, 'out.json').ok).toBe(true);
    expect(stderr).toContain('history.timelinejs.json: $.events[6]: slide left out');
    expect(stderr).toContain('TimelineJS3 JSON: 6 events (1 eras) imported, 3 problems');
  });

  it('exits 1 when nothing could be imported, 2 on bad arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-'));
    writeFileSync(join(dir, 'junk.json'), '{"events": [{"start_date": {"year": "x"}}]}');
    const nothing = run(join(dir, 'junk.json'));
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toBe('');
    expect(nothing.stderr).toContain('year "x" is not a number');
    expect(run().code).toBe(2);
    expect(run(`${SAMPLES}/news.csv`, '--to', 'pdf').stderr).toContain('unknown --to format "pdf"');
    expect(run(`${SAMPLES}/news.csv`, '--bogus').code).toBe(2);
  });

  it('writes --out and honours --from', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'convert-')), 'out.csv');
    const { code, stdout } = run(`${SAMPLES}/plan.mw`, '--from', 'markwhen', '--to', 'csv', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(
      'title,start,end,precision,type,status,place,country,actors,summary,source url,excerpt,tags',
    );
  });
});

describe('convert (in process)', () => {
  it('converts every sample to every format with exit 0', () => {
    for (const sample of [
      'history.timelinejs.json',
      'news.csv',
      'space.timelinejs.csv',
      'items.vis.json',
      'plan.mw',
    ])
      for (const to of ['chronoscope', 'csv', 'timelinejs', 'markwhen'])
        expect(convert([`${SAMPLES}/${sample}`, `--to=${to}`]).code).toBe(0);
  });

  it('reads UTF-16 refusal and unknown formats as exit 1 with a reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-'));
    writeFileSync(join(dir, 'pic.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]));
    const outcome = convert([join(dir, 'pic.bin')]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/pic\.bin/);
  });
});
