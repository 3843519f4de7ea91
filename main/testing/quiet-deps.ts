import type { HandlerDeps } from '../handlers';

/**
 * Handler dependencies for tests that care about a few of them: every dialog is cancelled, every
 * question answered with its cancel button, nothing is opened or sent. Tests pass what they
 * watch or answer differently.
 */
export function quietHandlerDeps(
  given: Pick<HandlerDeps, 'settings' | 'grants' | 'userDataDir'> & Partial<HandlerDeps>,
): HandlerDeps {
  return {
    bundledPath: '',
    platform: 'linux',
    version: '0',
    showOpenDialog: async () => undefined,
    showSaveDialog: async () => undefined,
    showSaveDocumentDialog: async () => undefined,
    ask: async ({ cancelId }) => cancelId,
    documentStatusChanged: () => undefined,
    closeWindow: () => undefined,
    openExternal: async () => undefined,
    confirmExternal: async () => false,
    setNativeTheme: () => undefined,
    send: () => undefined,
    ...given,
  };
}
