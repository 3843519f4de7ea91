import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../core/app/ipc-contract';
import { buildMenuTemplate, type HistoryLabels, type MenuNode } from './menu-template';

export interface MenuActions {
  command(id: string): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

function toElectron(node: MenuNode, actions: MenuActions): MenuItemConstructorOptions {
  switch (node.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return {
        role: node.role as MenuItemConstructorOptions['role'],
        ...(node.label ? { label: node.label } : {}),
      };
    case 'open-recent':
      return { label: node.label, toolTip: node.path, click: () => actions.openRecent(node.path) };
    case 'clear-recent':
      return { label: node.label, enabled: node.enabled, click: () => actions.clearRecent() };
    case 'submenu':
      return { label: node.label, submenu: node.items.map((n) => toElectron(n, actions)) };
    case 'command':
      return {
        id: node.command,
        label: node.label,
        ...(node.accelerator ? { accelerator: node.accelerator } : {}),
        ...(node.checked === undefined ? {} : { type: 'radio' as const, checked: node.checked }),
        ...(node.enabled === undefined ? {} : { enabled: node.enabled }),
        // The page's own shortcut handler acts on the keys, so menu and keyboard share one path.
        registerAccelerator: false,
        click: () => actions.command(node.command),
      };
  }
}

/** Installs the native menu; called again whenever Open Recent, the theme or the undo step changes. */
export function installMenu(
  recent: readonly RecentFile[],
  theme: string,
  actions: MenuActions,
  history: HistoryLabels = {},
): void {
  const template = buildMenuTemplate(recent, process.platform, theme, history).map((n) =>
    toElectron(n, actions),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
