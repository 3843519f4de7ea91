/**
 * Every user command, named once with its menu label, its keys and its help text. The native
 * menu (main), toolbar buttons and in-page shortcuts all dispatch these ids through the
 * renderer's command registry, so a command behaves the same whichever way it was triggered;
 * the key map, the menu accelerators, the Shortcuts dialog and the toolbar tooltips are all
 * derived from this table (see shortcut-keys.ts), so they cannot disagree.
 */
export interface CommandSpec {
  /** Menu label. */
  readonly label: string;
  /**
   * Keys the page dispatches, as KeyboardEvent.key values; "Mod+" means Ctrl, or Cmd on macOS,
   * "Mod+Shift+" a letter pressed with Ctrl/Cmd and Shift (Mod+Shift+z is redo), and "Shift+"
   * a key that differs from its unshifted self only by Shift (Shift+F6). Plain keys are ignored
   * while typing in a field (function keys excepted). The first key is the one shown in help
   * and tooltips; the first Mod key (or a function key) becomes the menu accelerator.
   */
  readonly keys?: readonly string[];
  /**
   * Keys the focused timeline gives this command instead of their page-wide meaning (the
   * timeline is one Tab stop, and arrows walk its events); in the same syntax as `keys`.
   */
  readonly timelineKeys?: readonly string[];
  /** Shortcuts dialog text; adjacent commands with the same text share one row ("+ / −"). */
  readonly help?: string;
  /**
   * Text fields have their own meaning for these keys (Ctrl+Z undoes typing), so they are not
   * dispatched while focus is in a field, even with Ctrl/Cmd.
   */
  readonly fieldsOwnKeys?: boolean;
}

// Entry order is the order of the Shortcuts dialog; the menu orders its items itself.
export const COMMANDS = {
  'file.new': { label: 'New Timeline', keys: ['Mod+n'], help: 'New timeline' },
  'file.open': { label: 'Open…', keys: ['Mod+o'], help: 'Open a timeline file' },
  'file.import': {
    label: 'Import…',
    keys: ['Mod+Shift+o'],
    help: 'Import TimelineJS, CSV, Markwhen or vis-timeline data',
  },
  'file.save': { label: 'Save', keys: ['Mod+s'], help: 'Save' },
  'file.saveAs': { label: 'Save As…', keys: ['Mod+Shift+s'], help: 'Save under another name' },
  'file.export': { label: 'Export Image…', keys: ['Mod+e'], help: 'Export image' },
  'file.exportData': {
    label: 'Export Data…',
    help: 'Export as Chronoscope JSON, CSV, TimelineJS or Markwhen',
  },
  'edit.undo': { label: 'Undo', keys: ['Mod+z'], help: 'Undo / redo', fieldsOwnKeys: true },
  'edit.redo': { label: 'Redo', keys: ['Mod+Shift+z', 'Mod+y'], help: 'Undo / redo', fieldsOwnKeys: true },
  'file.newFromArticle': { label: 'New from Article…' },
  'file.addFromArticle': { label: 'Add Events from Article…' },
  'edit.find': { label: 'Find', keys: ['Mod+f'], help: 'Search' },
  'view.goToDate': { label: 'Go to Date…', keys: ['Mod+g'], help: 'Go to date' },
  'view.zoomIn': { label: 'Zoom In', keys: ['+', '=', 'Mod+=', 'Mod++'], help: 'Zoom in / out' },
  'view.zoomOut': { label: 'Zoom Out', keys: ['-', 'Mod+-'], help: 'Zoom in / out' },
  'view.panLeft': { label: 'Pan Left', keys: ['ArrowLeft'], timelineKeys: ['Shift+ArrowLeft'], help: 'Pan' },
  'view.panRight': {
    label: 'Pan Right',
    keys: ['ArrowRight'],
    timelineKeys: ['Shift+ArrowRight'],
    help: 'Pan',
  },
  'view.fitAll': { label: 'Fit All', keys: ['Mod+0', '0', 'Home'], help: 'Fit all events' },
  'view.today': { label: 'Today', keys: ['t'], help: 'Go to today' },
  'nav.next': {
    label: 'Next Event',
    keys: ['n'],
    timelineKeys: ['ArrowRight', 'ArrowDown'],
    help: 'Next / previous event',
  },
  'nav.previous': {
    label: 'Previous Event',
    keys: ['p'],
    timelineKeys: ['ArrowLeft', 'ArrowUp'],
    help: 'Next / previous event',
  },
  'nav.first': { label: 'First Event', timelineKeys: ['Home'], help: 'First / last event' },
  'nav.last': { label: 'Last Event', timelineKeys: ['End'], help: 'First / last event' },
  'nav.open': { label: 'Show Selected Event', timelineKeys: ['Enter'], help: 'Show the focused event' },
  'nav.clear': { label: 'Clear Selection', keys: ['Escape'], help: 'Clear selection' },
  'focus.nextRegion': {
    label: 'Next Region',
    keys: ['F6'],
    help: 'Move between toolbar, filters, timeline and details',
  },
  'focus.previousRegion': {
    label: 'Previous Region',
    keys: ['Shift+F6'],
    help: 'Move between toolbar, filters, timeline and details',
  },
  'view.toggleSidebar': { label: 'Toggle Sidebar', keys: ['Mod+b'], help: 'Show or hide the filters' },
  'edit.addEvent': {
    label: 'Add Event',
    keys: ['Insert'],
    help: 'Add an event (or double-click the timeline)',
  },
  'edit.editEvent': { label: 'Edit Event', keys: ['Mod+Enter'], help: 'Edit the selected event' },
  'edit.moveEarlier': {
    label: 'Move Earlier',
    timelineKeys: ['Alt+ArrowLeft'],
    help: 'Move the selected events by one unit of their precision',
  },
  'edit.moveLater': {
    label: 'Move Later',
    timelineKeys: ['Alt+ArrowRight'],
    help: 'Move the selected events by one unit of their precision',
  },
  'edit.deleteEvent': {
    label: 'Delete Event',
    keys: ['Delete', 'Backspace'],
    help: 'Delete the selected event',
  },
  'view.toggleDetail': {
    label: 'Toggle Detail Pane',
    keys: ['Mod+\\'],
    help: 'Show or hide the detail pane',
  },
  'help.shortcuts': { label: 'Keyboard Shortcuts', keys: ['F1'], help: 'List these shortcuts' },
  'view.theme.system': { label: 'System' },
  'view.theme.light': { label: 'Light' },
  'view.theme.dark': { label: 'Dark' },
  'help.about': { label: 'About Chronoscope' },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof COMMANDS;

/** The table seen through its common shape, for code that reads optional fields of any entry. */
export const COMMAND_SPECS: Readonly<Record<CommandId, CommandSpec>> = COMMANDS;

/** Guards command ids that arrive over IPC before they reach the registry. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && Object.hasOwn(COMMANDS, value);
}
