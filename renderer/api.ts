import type { ChronoscopeApi } from '../core/app/ipc-contract';

declare global {
  interface Window {
    chronoscope: ChronoscopeApi;
  }
}

/** The preload's API; the only way the renderer reaches files, dialogs and settings. */
export const api: ChronoscopeApi = window.chronoscope;
