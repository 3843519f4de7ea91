/**
 * The only host APIs core/ may use, declared by hand for tsconfig.core.json (which has no DOM
 * and no Node types). Each exists alike in Node 20+, browsers and workers, so core stays
 * runnable everywhere; anything else (document, fs, electron) fails to type-check in core.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
}
declare class MessagePort {
  onmessage: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}
declare class MessageChannel {
  readonly port1: MessagePort;
  readonly port2: MessagePort;
}
declare function setTimeout(handler: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare const performance: { now(): number };
declare const console: { warn(...data: unknown[]): void };
/** Opaque here: the IPC contract only passes a dropped file through to the preload. */
interface File {
  readonly name: string;
}
