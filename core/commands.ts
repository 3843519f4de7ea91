/**
 * Every user command, named once. The native menu (main), toolbar buttons and in-page
 * shortcuts all dispatch these ids through the renderer's command registry, so a command
 * behaves the same whichever way it was triggered.
 */
export const COMMANDS = {
  'file.open': { label: 'Open…', accelerator: 'CmdOrCtrl+O' },
  'file.export': { label: 'Export Image…', accelerator: 'CmdOrCtrl+E' },
  'edit.find': { label: 'Find', accelerator: 'CmdOrCtrl+F' },
  'view.zoomIn': { label: 'Zoom In', accelerator: 'CmdOrCtrl+=' },
  'view.zoomOut': { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-' },
  'view.fitAll': { label: 'Fit All', accelerator: 'CmdOrCtrl+0' },
  'view.goToDate': { label: 'Go to Date…', accelerator: 'CmdOrCtrl+G' },
  'view.today': { label: 'Today', accelerator: undefined },
  'view.toggleDetail': { label: 'Toggle Detail Pane', accelerator: 'CmdOrCtrl+\\' },
  'view.theme.system': { label: 'System', accelerator: undefined },
  'view.theme.light': { label: 'Light', accelerator: undefined },
  'view.theme.dark': { label: 'Dark', accelerator: undefined },
  'help.about': { label: 'About Chronoscope', accelerator: undefined },
  'help.shortcuts': { label: 'Keyboard Shortcuts', accelerator: 'F1' },
  'view.panLeft': { label: 'Pan Left', accelerator: undefined },
  'view.panRight': { label: 'Pan Right', accelerator: undefined },
  'nav.next': { label: 'Next Event', accelerator: undefined },
  'nav.previous': { label: 'Previous Event', accelerator: undefined },
  'nav.open': { label: 'Show Selected Event', accelerator: undefined },
  'nav.clear': { label: 'Clear Selection', accelerator: undefined },
} as const satisfies Record<string, { label: string; accelerator: string | undefined }>;

export type CommandId = keyof typeof COMMANDS;

/** Guards command ids that arrive over IPC before they reach the registry. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && Object.hasOwn(COMMANDS, value);
}
