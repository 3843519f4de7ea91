import '../styles/panels.css';
import { registerCommand } from '../commands';
import { openModal } from '../detail/modal-dialog';
import { el } from '../dom';
import { shortcutHelpRows, shortcutLabel } from '../../core/app/shortcut-keys';
import { MODIFIER } from '../shortcuts';

function about(version: string): void {
  openModal({
    title: 'About Chronoscope',
    subtitle: [`Version ${version}`],
    className: 'help-dialog',
    body: [
      el('p', {
        textContent:
          'Chronoscope turns news about world events into an interactive, zoomable timeline. ' +
          'Every event keeps the article excerpts it was drawn from, and a note on how its date was worked out, ' +
          'so you can check each date against its source.',
      }),
      el('p', {
        textContent: `Open a .chronoscope.json file with ${shortcutLabel('file.open', MODIFIER)} or drop it on the window.`,
      }),
    ],
  });
}

function shortcuts(): void {
  const rows = shortcutHelpRows(MODIFIER).map(([keys, action]) =>
    el('tr', {}, [
      el('th', { scope: 'row' }, [el('kbd', { textContent: keys })]),
      el('td', { textContent: action }),
    ]),
  );
  openModal({
    title: 'Keyboard shortcuts',
    className: 'help-dialog',
    body: [
      el('table', { className: 'shortcut-table' }, [
        el('caption', { className: 'visually-hidden', textContent: 'Keyboard shortcuts' }),
        el('thead', {}, [
          el('tr', {}, [
            el('th', { scope: 'col', textContent: 'Keys' }),
            el('th', { scope: 'col', textContent: 'Action' }),
          ]),
        ]),
        el('tbody', {}, rows),
      ]),
    ],
  });
}

/**
 * Help › About and Help › Keyboard Shortcuts as modal dialogs (Esc closes, focus returns), so
 * they work the same from the menu, F1 and the keyboard-only path.
 */
export function initHelpDialogs(version: string): void {
  registerCommand('help.about', () => about(version));
  registerCommand('help.shortcuts', () => {
    // F1 twice should not stack two copies.
    if (!document.querySelector('dialog.help-dialog[open]')) shortcuts();
  });
}
