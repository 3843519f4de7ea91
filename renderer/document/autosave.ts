import { computed } from '@preact/signals-core';
import { serializeTimeline } from '../../core/file-format/serialize';
import { api } from '../api';
import { appState, dirty, doc } from '../app-state';

/** Idle time after the last change before unsaved changes are written for crash recovery. */
export const AUTOSAVE_IDLE_MS = 2000;

/**
 * Crash recovery: a few seconds after the last change, unsaved changes go to the recovery file
 * in userData (main/recovery.ts); once the document is clean again (saved, or undone back to
 * the saved state) the file is dropped. Main drops it too after Save, Don't Save and a close.
 */
export function initRecoveryAutosave(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written = false;
  const change = computed(() => ({ file: doc.value?.file, dirty: dirty.value }));
  change.subscribe(({ dirty: unsaved }) => {
    clearTimeout(timer);
    if (!unsaved) {
      if (written) void api.discardRecovery();
      written = false;
      return;
    }
    timer = setTimeout(() => {
      const shown = appState.value.doc;
      if (!shown || !dirty.value) return;
      written = true;
      void api.writeRecovery({ text: serializeTimeline(shown.file) });
    }, AUTOSAVE_IDLE_MS);
  });
}
