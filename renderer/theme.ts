import type { ThemeSource } from '../core/ipc-contract';
import { api } from './api';
import { Observable } from './store';

export const themeSource = new Observable<ThemeSource>('system');

const dark = window.matchMedia('(prefers-color-scheme: dark)');

/** Resolves "system" against the OS setting and sets data-theme, which the CSS variables key on. */
function apply(): void {
  const effective = themeSource.value === 'system' ? (dark.matches ? 'dark' : 'light') : themeSource.value;
  document.documentElement.dataset.theme = effective;
}

/** Follows the OS theme live unless the user picked light or dark. */
export function initTheme(initial: ThemeSource): void {
  themeSource.set(initial);
  apply();
  themeSource.subscribe(apply);
  dark.addEventListener('change', apply);
}

export async function setTheme(theme: ThemeSource): Promise<void> {
  themeSource.set(theme);
  await api.setTheme(theme);
}
