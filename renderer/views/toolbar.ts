import type { CommandId } from '../../core/commands';
import type { LaneMode } from '../../core/lanes';
import { runCommand } from '../commands';
import { el } from '../dom';
import { actions, laneMode, theme as themeSource } from '../app-state';
import '../styles/timeline-chrome.css';

/**
 * The toolbar. Every control dispatches through the command registry (or calls an action),
 * so a button, its menu item and its shortcut can never behave differently. Tooltips name the
 * shortcut, which is how most people discover keys.
 */
const MOD = navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl+';

const BUTTONS: ReadonlyArray<readonly [CommandId, label: string, text: string, shortcut: string]> = [
  ['file.open', 'Open timeline file', 'Open', `${MOD}O`],
  ['file.export', 'Export image', 'Export', `${MOD}E`],
  ['view.zoomOut', 'Zoom out', '−', '−'],
  ['view.zoomIn', 'Zoom in', '+', '+'],
  ['view.fitAll', 'Fit all events', 'Fit all', 'Home'],
  ['view.goToDate', 'Go to date', 'Go to date…', `${MOD}G`],
  ['view.today', 'Go to today', 'Today', 'T'],
];

const LANES: ReadonlyArray<readonly [LaneMode, string]> = [
  ['type', 'By type'],
  ['country', 'By country'],
  ['actor', 'By actor'],
  ['none', 'None'],
];

const THEMES = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
] as const;

function button(id: CommandId, label: string, text: string, shortcut: string): HTMLButtonElement {
  const b = el(
    'button',
    { type: 'button', className: 'tool', title: `${label} (${shortcut})`, dataset: { command: id } },
    [text],
  );
  b.setAttribute('aria-label', label);
  b.setAttribute('aria-keyshortcuts', shortcut.replace('⌘', 'Meta+').replace('−', '-'));
  b.addEventListener('click', () => runCommand(id));
  return b;
}

function labelledSelect(id: string, label: string, options: ReadonlyArray<readonly [string, string]>) {
  const select = el(
    'select',
    { id },
    options.map(([value, text]) => el('option', { value }, [text])),
  );
  return { select, wrap: el('label', { className: 'tool-field', htmlFor: id }, [label, select]) };
}

/** Builds the toolbar and keeps its selects in step with state changed elsewhere (menu, restore). */
export function initToolbar(root: HTMLElement): void {
  const lanes = labelledSelect('lane-mode', 'Lanes', LANES);
  lanes.select.title = 'Group events into lanes';
  lanes.select.addEventListener('change', () => actions.setLaneMode(lanes.select.value as LaneMode));
  laneMode.subscribe((mode) => (lanes.select.value = mode));

  const theme = labelledSelect('theme-select', 'Theme', THEMES);
  theme.select.title = 'Colour theme';
  theme.select.addEventListener('change', () => runCommand(`view.theme.${theme.select.value}`));
  themeSource.subscribe((source) => (theme.select.value = source));

  const [open, exportBtn, ...view] = BUTTONS.map((b) => button(...b));
  root.replaceChildren(
    el('div', { className: 'tool-group', attrs: { role: 'group', 'aria-label': 'File' } }, [
      open!,
      exportBtn!,
    ]),
    el('div', { className: 'tool-group', attrs: { role: 'group', 'aria-label': 'View' } }, view),
    el('div', { className: 'tool-group' }, [lanes.wrap, theme.wrap]),
    el('div', { className: 'tool-spacer' }),
    button('view.toggleDetail', 'Show or hide details', 'Details', `${MOD}\\`),
  );
}
