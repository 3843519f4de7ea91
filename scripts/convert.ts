import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTimelineBytes, MAX_FILE_BYTES } from '../core/file-format/decode';
import { formatProblem } from '../core/file-format/problem';
import { exportData } from '../core/export-data/export-data';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export-data/export-result';
import { importFile } from '../core/import/import-file';
import { FORMAT_NAMES, IMPORT_FORMATS, type ImportFormat } from '../core/import/report';

/**
 * Batch converter: `npm run -s convert -- <file> [--from auto|chronoscope|timelinejs|
 * timelinejs-csv|csv|markwhen|vis] [--to chronoscope|csv|timelinejs|markwhen] [--out FILE]`.
 * The converted file goes to stdout (or --out), the problem report to stderr. Exit 0 when
 * something was imported, 1 when nothing could be, 2 on bad arguments (including a file that
 * cannot be read). The same core importers as the app, so both read a file alike.
 */

export const USAGE =
  'usage: npm run -s convert -- <file> [--from auto|' +
  `${IMPORT_FORMATS.join('|')}] [--to ${EXPORT_FORMATS.join('|')}] [--out FILE]`;

interface Args {
  readonly file: string;
  readonly from: ImportFormat | 'auto';
  readonly to: ExportFormat;
  readonly out?: string;
}

export function parseArgs(argv: readonly string[]): Args | string {
  let file: string | undefined;
  let from: string = 'auto';
  let to: string = 'chronoscope';
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg];
    if (flag === '--from' || flag === '--to' || flag === '--out') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return `${flag} needs a value`;
      if (flag === '--from') from = value;
      else if (flag === '--to') to = value;
      else out = value;
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return `only one file, got also ${arg}`;
  }
  if (!file) return 'no file given';
  if (from !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(from))
    return `unknown --from format "${from}"`;
  if (!(EXPORT_FORMATS as readonly string[]).includes(to)) return `unknown --to format "${to}"`;
  return { file, from: from as Args['from'], to: to as ExportFormat, ...(out ? { out } : {}) };
}

export interface Outcome {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

export function convert(argv: readonly string[]): Outcome {
  const args = parseArgs(argv);
  if (typeof args === 'string')
    return { code: 2, stdout: '', stderr: `${args ? `convert: ${args}\n` : ''}${USAGE}\n` };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (error) {
    return {
      code: 2,
      stdout: '',
      stderr: `convert: cannot read ${args.file}: ${(error as Error).message}\n`,
    };
  }
  const name = basename(args.file);
  if (bytes.length > MAX_FILE_BYTES)
    return {
      code: 1,
      stdout: '',
      stderr: `${name}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; not imported\n`,
    };
  const decoded = decodeTimelineBytes(bytes, name);
  if (!decoded.ok) return { code: 1, stdout: '', stderr: `${formatProblem(decoded.problem)}\n` };
  const { timeline, report } = importFile(
    decoded.text,
    name,
    args.from === 'auto' ? {} : { format: args.from },
  );
  const lines = report.problems.map(formatProblem);
  if (report.problemCount > report.problems.length)
    lines.push(`${name}: … and ${report.problemCount - report.problems.length} more problems`);
  lines.push(
    `${name}: ${FORMAT_NAMES[report.format]}: ${report.events} events (${report.eras} eras) imported, ` +
      `${report.problemCount} problem${report.problemCount === 1 ? '' : 's'}`,
  );
  if (!timeline) return { code: 1, stdout: '', stderr: `${lines.join('\n')}\n` };
  const exported = exportData(timeline, args.to);
  lines.push(...exported.notes.map((note) => `${name}: note: ${note}`));
  if (args.out) {
    try {
      writeFileSync(args.out, exported.text);
    } catch (error) {
      return {
        code: 2,
        stdout: '',
        stderr: `convert: cannot write ${args.out}: ${(error as Error).message}\n`,
      };
    }
  }
  return { code: 0, stdout: args.out ? '' : exported.text, stderr: `${lines.join('\n')}\n` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outcome = convert(process.argv.slice(2));
  process.stderr.write(outcome.stderr);
  process.stdout.write(outcome.stdout, () => process.exit(outcome.code));
}
