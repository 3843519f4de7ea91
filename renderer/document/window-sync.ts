import { computed } from '@preact/signals-core';
import { windowTitle } from '../../core/app/window-title';
import { api } from '../api';
import { dirty, doc, redoLabel, undoLabel } from '../app-state';
import { mayReplaceDocument } from './save';

/**
 * Keeps the window in step with the document: the title (file name and unsaved marker), what
 * main needs for the Edit menu labels, macOS's edited dot and the close question, and the
 * close itself, which main hands to the page when there are unsaved changes.
 */
export function initWindowSync(platform: string): void {
  computed(() => windowTitle(doc.value?.name, dirty.value, platform)).subscribe((title) => {
    document.title = title;
  });
  const status = computed(() => ({
    dirty: dirty.value,
    ...(undoLabel.value ? { undoLabel: undoLabel.value } : {}),
    ...(redoLabel.value ? { redoLabel: redoLabel.value } : {}),
  }));
  let sent = '';
  status.subscribe((next) => {
    const key = JSON.stringify(next);
    if (key === sent) return;
    sent = key;
    void api.setDocumentStatus(next);
  });
  api.onCloseRequested(() => {
    void mayReplaceDocument().then((mayClose) => (mayClose ? api.closeWindow() : undefined));
  });
}
