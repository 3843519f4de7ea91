import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { timelineFileSchema } from '../core/file-format/model';

/**
 * Generates data/timeline.schema.json from the zod schema, so editors (VS Code, JetBrains) can
 * complete and check timeline files with the same rules the app applies. Node 20 cannot run
 * TypeScript directly, so `npm run schema` runs it with tsx; core/file-format/schema-file.test.ts fails
 * when the committed file drifts from the zod schema.
 */

export const SCHEMA_FILE = new URL('../data/timeline.schema.json', import.meta.url);

/** The JSON Schema object; `io: 'input'` because files may omit fields that have defaults. */
export function generateTimelineSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(timelineFileSchema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'urn:chronoscope:schema:timeline-file:1',
    title: 'Chronoscope timeline file',
    description:
      'A timeline of news events with the article excerpts behind each event. Generated from core/file-format/model.ts; ' +
      'do not edit by hand. See docs/data-format.md. The app also checks rules JSON Schema cannot express: ' +
      'unique ids, existing references, excerpts quoted verbatim, real calendar dates and precision.',
    ...rest,
  };
}

/** The file's exact text: stable 2-space JSON with a final newline, ready to commit. */
export function renderTimelineSchema(): string {
  return `${JSON.stringify(generateTimelineSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, renderTimelineSchema());
  console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);
}
