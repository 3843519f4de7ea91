import type { CommandId } from '../../core/app/commands';
import type { LaneMode } from '../../core/index/lanes';
import { ariaShortcut, shortcutLabel } from '../../core/app/shortcut-keys';
import { runCommand } from '../commands';
import { MODIFIER } from '../shortcuts';
import { el } from '../dom';
import { actions, laneMode, redoLabel, sidebarVisible, theme as themeSource, undoLabel } from '../app-state';
import '../styles/timeline-chrome.css';

/**
 * The toolbar. Every control dispatches through the command registry (or calls an action),
 * so a button, its menu item and its shortcut can never behave differently. Tooltips name the
 * shortcut (from the command table), which is how most people discover keys.
 */
const BUTTONS: ReadonlyArray<readonly [CommandId, label: string, text: string]> = [
  ['file.open', 'Open timeline file', 'Open'],
  ['file.save', 'Save', 'Save'],
  ['file.export', 'Export image', 'Export'],
  ['edit.addEvent', 'Add event', 'Add event'],
  ['edit.undo', 'Undo', 'Undo'],
  ['edit.redo', 'Redo', 'Redo'],
  ['view.zoomOut', 'Zoom out', '−'],
  ['view.zoomIn', 'Zoom in', '+'],
  ['view.fitAll', 'Fit all events', 'Fit all'],
  ['view.goToDate', 'Go to date', 'Go to date…'],
  ['view.today', 'Go to today', 'Today'],
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

function button(id: CommandId, label: string, text: string): HTMLButtonElement {
  const shortcut = shortcutLabel(id, MODIFIER);
  const title = shortcut ? `${label} (${shortcut})` : label;
  const b = el('button', { type: 'button', className: 'tool', title, dataset: { command: id } }, [text]);
  b.setAttribute('aria-label', label);
  const aria = ariaShortcut(id, MODIFIER === '⌘');
  if (aria) b.setAttribute('aria-keyshortcuts', aria);
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

  const [open, save, exportBtn, add, undo, redo, ...view] = BUTTONS.map((b) => button(...b));
  // Undo and Redo say which step they take ("Undo Move Event") and are greyed when there is none.
  const history = [
    [undo!, undoLabel, 'Undo'],
    [redo!, redoLabel, 'Redo'],
  ] as const;
  for (const [b, stepLabel, idle] of history)
    stepLabel.subscribe((label) => {
      b.disabled = label === undefined;
      b.setAttribute('aria-label', label ?? idle);
      b.title = b.title.replace(/^[^(]*/, `${label ?? idle} `);
    });
  const filters = button('view.toggleSidebar', 'Show or hide filters', 'Filters');
  sidebarVisible.subscribe((visible) => filters.setAttribute('aria-pressed', String(visible)));
  root.replaceChildren(
    filters,
    el('div', { className: 'tool-group', attrs: { role: 'group', 'aria-label': 'File' } }, [
      open!,
      save!,
      exportBtn!,
    ]),
    el('div', { className: 'tool-group', attrs: { role: 'group', 'aria-label': 'Edit' } }, [
      add!,
      undo!,
      redo!,
    ]),
    el('div', { className: 'tool-group', attrs: { role: 'group', 'aria-label': 'View' } }, view),
    el('div', { className: 'tool-group' }, [lanes.wrap, theme.wrap]),
    el('div', { className: 'tool-spacer' }),
    button('view.toggleDetail', 'Show or hide details', 'Details'),
  );
}
