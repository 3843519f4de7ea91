import { z } from 'zod';
import type { InvokeChannel, RequestOf } from '../core/ipc-contract';

/**
 * Runtime shapes of every request, checked before a handler runs: the renderer is treated as
 * untrusted, so a path that is not a string or an export that is not bytes never reaches the
 * file system.
 */
const path = z.string().min(1).max(4096);
const REQUEST_SCHEMAS: { [C in InvokeChannel]: z.ZodType<RequestOf<C>> } = {
  'app:initial-state': z.undefined(),
  'file:open-dialog': z.undefined(),
  'file:open-path': z.object({ path }).strict(),
  'file:open-bytes': z
    .object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) })
    .strict(),
  'recent:list': z.undefined(),
  'recent:clear': z.undefined(),
  'settings:save-view': z.record(z.string(), z.unknown()),
  'theme:set': z.enum(['system', 'light', 'dark']),
  'export:save': z
    .object({
      suggestedName: z.string().min(1).max(255),
      format: z.enum(['png', 'svg', 'pdf']),
      data: z.union([z.instanceof(Uint8Array), z.string()]),
    })
    .strict(),
  'shell:open-external': z.object({ url: z.string().max(2048) }).strict(),
};

/** Returns the request typed for its channel, or throws a short error naming the channel. */
export function checkRequest<C extends InvokeChannel>(channel: C, request: unknown): RequestOf<C> {
  const result = REQUEST_SCHEMAS[channel].safeParse(request);
  if (!result.success)
    throw new Error(`Invalid request on "${channel}": ${result.error.issues[0]?.message ?? 'bad shape'}`);
  return result.data;
}
