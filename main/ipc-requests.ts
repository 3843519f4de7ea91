import { z } from 'zod';
import { MAX_FILE_BYTES } from '../core/file-format/decode';
import type { InvokeChannel, RequestOf } from '../core/app/ipc-contract';

/**
 * Runtime shapes of every request, checked before a handler runs: the renderer is treated as
 * untrusted. No field the page can send names a path, a folder or a scheme that main uses
 * unchecked: files are opened by token or list position, names are reduced to base names,
 * URLs are checked and confirmed by the user. Sizes are bounded so a payload cannot exhaust
 * main. Only `drop:grant` carries paths, and only the preload can send it.
 */
const path = z.string().min(1).max(4096);
const token = z.string().regex(/^[0-9a-f]{32}$/, 'not a token');
/** The saved view is small; a bigger one is a page trying to fill the disk. */
const MAX_VIEW_JSON = 256 * 1024;
/** A timeline's text as Save writes it; no bigger than a file Chronoscope would open. */
const timelineText = z.string().max(MAX_FILE_BYTES, 'the timeline is too large');
const REQUEST_SCHEMAS: { [C in InvokeChannel]: z.ZodType<RequestOf<C>> } = {
  'app:initial-state': z.undefined(),
  'file:open-dialog': z.undefined(),
  'file:open-startup': z.undefined(),
  'file:open-bundled': z.undefined(),
  'file:open-recent': z.object({ index: z.number().int().min(0).max(99) }).strict(),
  'file:open-granted': z.object({ token }).strict(),
  'drop:grant': z.object({ paths: z.array(path).min(1).max(16) }).strict(),
  'file:open-bytes': z
    .object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) })
    .strict(),
  'file:import-dialog': z.undefined(),
  'recent:list': z.undefined(),
  'recent:clear': z.undefined(),
  'settings:save-view': z
    .record(z.string(), z.unknown())
    .refine((view) => JSON.stringify(view).length <= MAX_VIEW_JSON, 'the view is too large'),
  'theme:set': z.enum(['system', 'light', 'dark']),
  'export:save': z
    .object({
      suggestedName: z.string().min(1).max(255),
      format: z.enum(['png', 'svg', 'pdf', 'chronoscope', 'csv', 'timelinejs', 'markwhen']),
      data: z
        .union([z.instanceof(Uint8Array), z.string()])
        .refine((d) => d.length <= MAX_FILE_BYTES, 'too large'),
    })
    .strict(),
  'shell:open-external': z.object({ url: z.string().max(2048) }).strict(),
  'document:save': z.object({ text: timelineText, suggestedName: z.string().min(1).max(255) }).strict(),
  'document:save-as': z.object({ text: timelineText, suggestedName: z.string().min(1).max(255) }).strict(),
  'document:new': z.undefined(),
  'document:status': z
    .object({
      dirty: z.boolean(),
      undoLabel: z.string().max(200).optional(),
      redoLabel: z.string().max(200).optional(),
    })
    .strict(),
  'document:confirm-discard': z.undefined(),
  'window:close': z.undefined(),
  'recovery:write': z.object({ text: timelineText }).strict(),
  'recovery:discard': z.undefined(),
  'recovery:restore': z.undefined(),
  'article:open-dialog': z.undefined(),
  'article:open-bytes': z
    .object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) })
    .strict(),
};

/** Returns the request typed for its channel, or throws a short error naming the channel. */
export function checkRequest<C extends InvokeChannel>(channel: C, request: unknown): RequestOf<C> {
  const result = REQUEST_SCHEMAS[channel].safeParse(request);
  if (!result.success)
    throw new Error(`Invalid request on "${channel}": ${result.error.issues[0]?.message ?? 'bad shape'}`);
  return result.data;
}
