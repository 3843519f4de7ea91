import { computed } from '@preact/signals-core';
import { serializeInSteps } from '../../core/file-format/serialize';
import { runSliced } from '../../core/index/time-slice';
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
      // In slices: at 100k events the text takes about a second to make, which would freeze
      // the window each time the user pauses. A change meanwhile restarts the wait and the
      // next write covers it.
      void runSliced(serializeInSteps(shown.file)).then((text) => {
        if (appState.value.doc === shown && dirty.value) void api.writeRecovery({ text });
      });
    }, AUTOSAVE_IDLE_MS);
  });
}
