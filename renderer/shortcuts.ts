import type { CommandId } from '../core/commands';
import { runCommand } from './commands';

/**
 * In-page keyboard shortcuts. Keys with Ctrl/Cmd work everywhere; single keys (+, −, N, P, T,
 * arrows) only when focus is not in a text field, so typing a search never zooms the timeline.
 */
const WITH_MOD: Record<string, CommandId> = {
  o: 'file.open',
  e: 'file.export',
  f: 'edit.find',
  g: 'view.goToDate',
  '=': 'view.zoomIn',
  '+': 'view.zoomIn',
  '-': 'view.zoomOut',
  '0': 'view.fitAll',
  '\\': 'view.toggleDetail',
};

const PLAIN: Record<string, CommandId> = {
  '+': 'view.zoomIn',
  '=': 'view.zoomIn',
  '-': 'view.zoomOut',
  Home: 'view.fitAll',
  t: 'view.today',
  ArrowLeft: 'view.panLeft',
  ArrowRight: 'view.panRight',
  n: 'nav.next',
  p: 'nav.previous',
  Escape: 'nav.clear',
  F1: 'help.shortcuts',
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Maps a key event to a command id, or undefined when the key is not a shortcut here. */
export function commandForKey(e: KeyboardEvent): CommandId | undefined {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey) return WITH_MOD[e.key.toLowerCase()];
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  if (isTyping(e.target) && e.key !== 'F1') return undefined;
  return PLAIN[e.key.length === 1 ? e.key.toLowerCase() : e.key];
}

export function initShortcuts(): void {
  window.addEventListener('keydown', (e) => {
    const id = commandForKey(e);
    if (!id) return;
    e.preventDefault();
    runCommand(id);
  });
}

/** The shortcut list shown in Help › Keyboard Shortcuts; keep it beside the tables above. */
export const SHORTCUT_HELP: ReadonlyArray<[string, string]> = [
  ['Ctrl/Cmd+O', 'Open a timeline file'],
  ['Ctrl/Cmd+E', 'Export image'],
  ['Ctrl/Cmd+F', 'Search'],
  ['Ctrl/Cmd+G', 'Go to date'],
  ['+ / −', 'Zoom in / out'],
  ['← / →', 'Pan'],
  ['Home', 'Fit all events'],
  ['T', 'Go to today'],
  ['N / P, Tab / Shift+Tab', 'Next / previous event'],
  ['Enter', 'Show the focused event'],
  ['Esc', 'Clear selection'],
  ['Ctrl/Cmd+\\', 'Show or hide the detail pane'],
];
