import type { ThemeSource } from '../core/app/ipc-contract';
import { api } from './api';
import { actions, theme } from './app-state';

const dark = window.matchMedia('(prefers-color-scheme: dark)');

/** Resolves "system" against the OS setting and sets data-theme, which the CSS variables key on. */
function apply(source: ThemeSource): void {
  const effective = source === 'system' ? (dark.matches ? 'dark' : 'light') : source;
  document.documentElement.dataset.theme = effective;
}

/**
 * Follows the OS theme live unless the user picked light or dark, and tells main about a new
 * choice (it themes native dialogs and remembers it).
 */
export function initTheme(initial: ThemeSource): void {
  actions.setTheme(initial);
  let saved = initial;
  theme.subscribe((source) => {
    apply(source);
    if (source === saved) return;
    saved = source;
    void api.setTheme(source).catch((error: unknown) => console.warn('Could not save the theme', error));
  });
  dark.addEventListener('change', () => apply(theme.value));
}
