import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { TimelineFile } from '../core/file-format/model';
import { formatProblem, validateTimelineText } from '../core/file-format/validate';
import { writeFileAtomic } from './files';

/**
 * Crash recovery: unsaved changes are written (atomically) to `<userData>/recovery/<key>.json`,
 * found again on the next start, and discarded after a normal save or "Don't Save". A recovery
 * file is read back like any timeline file (validated), since it is still data from disk.
 */

export interface RecoveryFs {
  mkdir(folder: string): Promise<unknown>;
  readdir(folder: string): Promise<string[]>;
  readFile(path: string): Promise<string>;
  rm(path: string): Promise<void>;
  writeFileAtomic(path: string, data: string): Promise<void>;
}

export const nodeRecoveryFs: RecoveryFs = {
  mkdir: (folder) => mkdir(folder, { recursive: true }),
  readdir: (folder) => readdir(folder).catch(() => []),
  readFile: (path) => readFile(path, 'utf8'),
  rm: (path) => rm(path, { force: true }),
  writeFileAtomic,
};

const envelopeSchema = z
  .object({
    format: z.literal('chronoscope-recovery'),
    version: z.literal(1),
    documentPath: z.string().nullable(),
    savedAt: z.string(),
    text: z.string(),
  })
  .strict();

export interface RecoveryNote {
  /** The document's file, or null for a new timeline never saved. */
  readonly documentPath: string | null;
  /** The timeline's text as Save would write it. */
  readonly text: string;
  readonly savedAt: Date;
}

export interface Recovered {
  readonly key: string;
  readonly documentPath: string | null;
  readonly savedAt: string;
  readonly file: TimelineFile;
}

/** One recovery file per document: saved documents by path, new ones by a per-window id. */
export function recoveryKey(documentPath: string | null, untitledId: string): string {
  return documentPath === null
    ? `untitled-${untitledId.replace(/[^\w-]/g, '')}`
    : createHash('sha256').update(documentPath).digest('hex').slice(0, 24);
}

export const recoveryFolder = (userData: string) => join(userData, 'recovery');
const fileFor = (folder: string, key: string) => join(folder, `${key}.json`);

export async function writeRecovery(
  fs: RecoveryFs,
  folder: string,
  key: string,
  note: RecoveryNote,
): Promise<void> {
  await fs.mkdir(folder);
  const envelope: z.infer<typeof envelopeSchema> = {
    format: 'chronoscope-recovery',
    version: 1,
    documentPath: note.documentPath,
    savedAt: note.savedAt.toISOString(),
    text: note.text,
  };
  await fs.writeFileAtomic(fileFor(folder, key), JSON.stringify(envelope));
}

export async function discardRecovery(fs: RecoveryFs, folder: string, key: string): Promise<void> {
  await fs.rm(fileFor(folder, key));
}

/**
 * Recovery files left by a previous run, newest first. Unreadable or invalid ones are listed as
 * problems (and kept, so nothing is lost silently); the UI may offer to discard them.
 */
export async function findRecoveries(
  fs: RecoveryFs,
  folder: string,
): Promise<{ found: Recovered[]; problems: string[] }> {
  const found: Recovered[] = [];
  const problems: string[] = [];
  for (const name of (await fs.readdir(folder)).filter((n) => /^[\w-]+\.json$/.test(n))) {
    const key = name.slice(0, -'.json'.length);
    try {
      const envelope = envelopeSchema.safeParse(JSON.parse(await fs.readFile(join(folder, name))));
      if (!envelope.success) {
        problems.push(`${name}: not a Chronoscope recovery file (${envelope.error.issues[0]?.message})`);
        continue;
      }
      const { documentPath, savedAt, text } = envelope.data;
      const loaded = validateTimelineText(text, name);
      if (loaded.ok) found.push({ key, documentPath, savedAt, file: loaded.file });
      else problems.push(...loaded.problems.map(formatProblem));
    } catch (error) {
      problems.push(`${name}: cannot read the recovery file: ${(error as Error).message}`);
    }
  }
  return { found: found.sort((a, b) => b.savedAt.localeCompare(a.savedAt)), problems };
}
