import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS } from '../core/app/ipc-contract';
import type { Handlers } from './handlers';
import { checkRequest } from './ipc-requests';
import { isTrustedSender } from './url-policy';

/**
 * Registers every handler of the contract. Messages from any frame that is not the app's own
 * page are refused, so a compromised or injected frame cannot reach the file system.
 */
export function registerIpc(handlers: Handlers): void {
  for (const channel of INVOKE_CHANNELS) {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, request: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        throw new Error(`Refused IPC "${channel}" from an untrusted sender.`);
      }
      return handler(checkRequest(channel, request));
    });
  }
}
