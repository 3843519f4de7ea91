import type { CommandId } from '../core/app/commands';
import { commandForKeyPress, modifierPrefix } from '../core/app/shortcut-keys';
import { runCommand } from './commands';

/** How this platform writes Ctrl/Cmd in help and tooltips: ⌘ on macOS, Ctrl+ elsewhere. */
export const MODIFIER = modifierPrefix(navigator.platform);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Maps a key event to a command id, or undefined when the key is not a shortcut here. The keys
 * come from the command table; a plain key is ignored while focus is in a text field, so typing
 * a search never zooms the timeline.
 */
export function commandForKey(e: KeyboardEvent): CommandId | undefined {
  return commandForKeyPress(e, isTyping(e.target));
}

/**
 * Page-wide shortcuts. None fire while a modal dialog is open: Esc must reach the dialog (its
 * native cancel closes it, whatever control has focus) instead of clearing the selection
 * behind it, and N or Delete typed there must not walk or delete events.
 */
export function initShortcuts(): void {
  window.addEventListener('keydown', (e) => {
    if (document.querySelector('dialog[open]')) return;
    const id = commandForKey(e);
    if (!id) return;
    e.preventDefault();
    runCommand(id);
  });
}
