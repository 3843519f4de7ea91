import { COMMANDS, type CommandId } from '../core/app/commands';
import { menuAccelerator } from '../core/app/shortcut-keys';
import type { RecentFile } from '../core/app/ipc-contract';

/**
 * The application menu as plain data, so its structure and accelerators are unit-tested
 * without Electron. `command` items are dispatched to the renderer's command registry;
 * `role` items are Electron's built-in behaviours.
 */
export type MenuNode =
  | {
      kind: 'command';
      command: CommandId;
      label: string;
      accelerator?: string;
      checked?: boolean;
      enabled?: boolean;
    }
  | { kind: 'role'; role: string; label?: string }
  | { kind: 'open-recent'; path: string; label: string }
  | { kind: 'clear-recent'; label: string; enabled: boolean }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; items: MenuNode[] };

function command(id: CommandId, checked?: boolean): MenuNode {
  const { label } = COMMANDS[id];
  const accelerator = menuAccelerator(id);
  return {
    kind: 'command',
    command: id,
    label,
    ...(accelerator ? { accelerator } : {}),
    ...(checked === undefined ? {} : { checked }),
  };
}

/** Undo / Redo named after the step they would take ("Undo Move Event"), greyed when there is none. */
function historyCommand(id: 'edit.undo' | 'edit.redo', stepLabel: string | undefined): MenuNode {
  return { ...command(id), ...(stepLabel ? { label: stepLabel } : { enabled: false }) };
}

/** What the Edit menu says about the document's history, as the page last reported it. */
export interface HistoryLabels {
  readonly undoLabel?: string;
  readonly redoLabel?: string;
}

const separator: MenuNode = { kind: 'separator' };

/** Builds the whole menu bar; on macOS the app menu comes first, as users there expect. */
export function buildMenuTemplate(
  recent: readonly RecentFile[],
  platform: string,
  theme: string,
  history: HistoryLabels = {},
): MenuNode[] {
  const isMac = platform === 'darwin';
  const recentItems: MenuNode[] = recent.map((r) => ({ kind: 'open-recent', path: r.path, label: r.name }));
  const file: MenuNode = {
    kind: 'submenu',
    label: '&File',
    items: [
      command('file.new'),
      command('file.open'),
      command('file.import'),
      {
        kind: 'submenu',
        label: 'Open &Recent',
        items: [
          ...recentItems,
          ...(recentItems.length ? [separator] : []),
          { kind: 'clear-recent', label: 'Clear Recent', enabled: recentItems.length > 0 },
        ],
      },
      separator,
      command('file.save'),
      command('file.saveAs'),
      command('file.newFromArticle'),
      command('file.addFromArticle'),
      separator,
      command('file.export'),
      command('file.exportData'),
      separator,
      { kind: 'role', role: 'close', label: 'Close Window' },
      ...(isMac ? [] : [{ kind: 'role', role: 'quit' } as MenuNode]),
    ],
  };
  const edit: MenuNode = {
    kind: 'submenu',
    label: '&Edit',
    items: [
      historyCommand('edit.undo', history.undoLabel),
      historyCommand('edit.redo', history.redoLabel),
      separator,
      command('edit.addEvent'),
      command('edit.deleteEvent'),
      separator,
      { kind: 'role', role: 'copy' },
      { kind: 'role', role: 'selectAll' },
      separator,
      command('edit.find'),
    ],
  };
  const view: MenuNode = {
    kind: 'submenu',
    label: '&View',
    items: [
      command('view.zoomIn'),
      command('view.zoomOut'),
      command('view.fitAll'),
      command('view.goToDate'),
      command('view.today'),
      separator,
      command('view.toggleSidebar'),
      command('view.toggleDetail'),
      {
        kind: 'submenu',
        label: '&Theme',
        items: [
          command('view.theme.system', theme === 'system'),
          command('view.theme.light', theme === 'light'),
          command('view.theme.dark', theme === 'dark'),
        ],
      },
      separator,
      { kind: 'role', role: 'togglefullscreen' },
    ],
  };
  const help: MenuNode = {
    kind: 'submenu',
    label: '&Help',
    items: [command('help.shortcuts'), command('help.about')],
  };
  const appMenu: MenuNode[] = isMac
    ? [
        {
          kind: 'submenu',
          label: 'Chronoscope',
          items: [
            { kind: 'role', role: 'about' },
            separator,
            { kind: 'role', role: 'hide' },
            { kind: 'role', role: 'quit' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, help];
}
