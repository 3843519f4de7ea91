/// <reference types="vite/client" />
import './styles/app.css';
import { api } from './api';
import { registerCommand, runCommand } from './commands';
import { initDropTarget } from './drop';
import { initRecoveryAutosave } from './document/autosave';
import { registerDocumentCommands } from './document/document-commands';
import { initWindowSync } from './document/window-sync';
import { initLoader, openBundled, openRecovered, openStartup, openWithDialog } from './loader';
import { initShortcuts } from './shortcuts';
import { actions, doc } from './app-state';
import { initTheme } from './theme';
import { initViewPersistence } from './view-persistence';
import { initDetailPane } from './views/detail-pane';
import { initArticleReview } from './views/article-review';
import { initExport } from './views/export-dialog';
import { initImport } from './import/import-dialog';
import { initExportData } from './import/export-data-dialog';
import { initHelpDialogs } from './views/help-dialogs';
import { initLegend } from './views/legend';
import { initRegions } from './views/regions';
import { showNotice } from './views/notices';
import { initSidebar } from './views/sidebar';
import { initStatusBar } from './views/status-bar';
import { initTimelineView } from './views/timeline-view';
import { initToolbar } from './views/toolbar';

const byId = (id: string) => document.getElementById(id)!;

/** Wires the views, commands and IPC events, then opens the startup file. */
async function start(): Promise<void> {
  const initial = await api.getInitialState();
  initTheme(initial.theme);
  initLoader();
  initShortcuts();
  initDropTarget();
  api.onMenuCommand((id) => runCommand(id));
  api.onNotice(({ message }) => showNotice(message));
  initial.notices.forEach((message) => showNotice(message));

  registerCommand('file.open', () => void openWithDialog());
  registerDocumentCommands();
  initWindowSync(initial.platform);
  initRecoveryAutosave();
  registerCommand('view.theme.system', () => actions.setTheme('system'));
  registerCommand('view.theme.light', () => actions.setTheme('light'));
  registerCommand('view.theme.dark', () => actions.setTheme('dark'));

  const title = byId('timeline-title');
  doc.subscribe((shownDoc) => {
    title.textContent = shownDoc?.file.title ?? '';
  });

  initToolbar(byId('toolbar'));
  initTimelineView(byId('timeline'));
  initLegend(byId('legend'));
  initSidebar(byId('sidebar'));
  initDetailPane(byId('detail-pane'), byId('pane-resizer'));
  initStatusBar(byId('status-bar'));
  initHelpDialogs(initial.version);
  initExport();
  initImport();
  initExportData();
  initArticleReview();
  initViewPersistence(initial);
  initRegions();

  // Unsaved changes a crash left behind come first; otherwise the start-up file.
  if (!(await openRecovered())) {
    const ok = await openStartup();
    if (!ok && initial.startupPath !== initial.bundledPath) await openBundled();
  }
  document.body.dataset.ready = 'true';
}

void start();
