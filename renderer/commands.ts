import type { CommandId } from '../core/app/commands';
import { isCommandId } from '../core/app/commands';

type Handler = () => void | Promise<void>;

const handlers = new Map<CommandId, Handler>();

/**
 * The single command registry: the native menu (via IPC), toolbar buttons and keyboard
 * shortcuts all end up here, so a command has one implementation.
 */
export function registerCommand(id: CommandId, handler: Handler): void {
  handlers.set(id, handler);
}

/** Runs a command by id; unknown ids (e.g. from a stale menu) are ignored, not thrown. */
export function runCommand(id: string): void {
  if (!isCommandId(id)) return;
  const handler = handlers.get(id);
  if (!handler) return;
  document.body.dataset.lastCommand = id;
  void Promise.resolve(handler()).catch((error: unknown) => console.warn(`Command ${id} failed`, error));
}
