import type { AppHandle, LaunchOptions } from './app-handle';
import { launchChromiumApp } from './chromium-app';
import { launchElectronApp } from './electron-app';
import { harnessMode } from './paths';

export type { AppHandle, LaunchOptions } from './app-handle';
export { harnessMode } from './paths';

/** Starts the app the best way this machine allows; specs do not know which. */
export function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  return harnessMode() === 'electron' ? launchElectronApp(options) : launchChromiumApp(options);
}
