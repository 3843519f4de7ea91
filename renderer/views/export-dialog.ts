import '../styles/export.css';
import { formatIsoDate } from '../../core/time/iso';
import { api } from '../api';
import { registerCommand } from '../commands';
import { el } from '../dom';
import {
  buildControls,
  MIN_VIEW_WIDTH,
  MIN_WIDTH,
  RANGE_WIDTH,
  readOptions,
  timelineWidth,
} from '../export/controls';
import { field } from '../export/form';
import { previewBlob, produceExport, shownExtent } from '../export/produce';

/**
 * File › Export Image…: a modal dialog with a live preview of exactly what will be saved.
 * Saving goes through main (native save dialog, atomic write); errors are shown in the dialog
 * so the user can pick another place without losing their choices.
 */

/** Registers the export command and builds its dialog (once). */
export function initExport(): void {
  const c = buildControls();
  const preview = el('img', { className: 'export-preview-image', alt: 'Preview of the exported image' });
  const progress = el('progress', { className: 'export-progress', max: 1, value: 0, hidden: true });
  const status = el('p', { className: 'export-status', role: 'status' });
  const error = el('p', { className: 'export-error', role: 'alert' });
  const exportButton = el('button', { type: 'submit', className: 'export-primary' }, ['Export']);
  const cancel = el('button', { type: 'button' }, ['Close']);
  const rangeFields = el('div', { className: 'export-range' }, [
    field('From', c.from),
    field('To (inclusive)', c.to),
  ]);
  const pdfFields = el('div', { className: 'export-row' }, [c.page.label, c.orientation.label]);
  const form = el('form', { className: 'export-form', method: 'dialog' }, [
    el('div', { className: 'export-options' }, [
      c.what.fieldset,
      rangeFields,
      field('Width (px)', c.width),
      c.format.fieldset,
      pdfFields,
      el('div', { className: 'export-checks' }, [
        c.title.label,
        c.caption.label,
        c.legend.label,
        c.transparent.label,
        c.marks.label,
      ]),
      c.theme.label,
    ]),
    el('div', { className: 'export-side' }, [
      el('div', { className: 'export-preview' }, [preview]),
      progress,
      status,
      error,
      el('div', { className: 'export-actions' }, [cancel, exportButton]),
    ]),
  ]);
  const dialog = el(
    'dialog',
    { className: 'export-dialog', attrs: { 'aria-labelledby': 'export-heading' } },
    [el('h2', { id: 'export-heading' }, ['Export image']), form],
  );
  document.body.append(dialog);

  let busy = false;
  let previewUrl: string | undefined;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let previewRun = 0;

  function syncControls(): void {
    const format = c.format.value();
    const view = c.what.value() === 'view';
    rangeFields.hidden = view;
    pdfFields.hidden = format !== 'pdf';
    c.width.disabled = view && format.startsWith('png');
    // The browser's own check would refuse a narrow current view before ours could accept it.
    c.width.min = String(view ? MIN_VIEW_WIDTH : MIN_WIDTH);
    c.width.step = view ? '1' : '100';
    if (c.width.disabled) c.width.value = String(timelineWidth());
    c.transparent.input.disabled = !format.startsWith('png');
  }

  async function refreshPreview(): Promise<void> {
    const run = ++previewRun;
    const options = readOptions(c);
    error.textContent = typeof options === 'string' ? options : '';
    exportButton.disabled = busy || typeof options === 'string';
    if (typeof options === 'string') return;
    try {
      const blob = await previewBlob(options);
      if (run !== previewRun) return;
      if (previewUrl) URL.revokeObjectURL(previewUrl);
      previewUrl = URL.createObjectURL(blob);
      preview.src = previewUrl;
    } catch (e) {
      if (run === previewRun) error.textContent = e instanceof Error ? e.message : String(e);
    }
  }

  function schedulePreview(): void {
    syncControls();
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => void refreshPreview(), 200);
  }

  function setBusy(value: boolean): void {
    busy = value;
    exportButton.disabled = value;
    progress.hidden = !value;
    form.setAttribute('aria-busy', String(value));
  }

  async function runExport(): Promise<void> {
    const options = readOptions(c);
    if (typeof options === 'string') return void (error.textContent = options);
    setBusy(true);
    error.textContent = '';
    try {
      const { data, suggestedName } = await produceExport(options, (fraction, phase) => {
        progress.value = fraction;
        status.textContent = phase;
      });
      status.textContent = 'Choose where to save…';
      const result = await api.saveExport({ suggestedName, format: options.format, data });
      status.textContent = result.saved ? `Saved to ${result.path}` : '';
      if (!result.saved && 'error' in result) error.textContent = `Not saved: ${result.error}`;
    } catch (e) {
      status.textContent = '';
      error.textContent = `Not saved: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      setBusy(false);
    }
  }

  form.addEventListener('input', schedulePreview);
  form.addEventListener('change', schedulePreview);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!busy) void runExport();
  });
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('cancel', (event) => busy && event.preventDefault());

  registerCommand('file.export', () => {
    if (dialog.open) return;
    const extent = shownExtent();
    if (extent) {
      c.from.value = formatIsoDate(extent.startMs, 'day');
      c.to.value = formatIsoDate(extent.endMs - 1, 'day');
    }
    c.width.value = String(c.what.value() === 'view' ? timelineWidth() : RANGE_WIDTH);
    status.textContent = '';
    error.textContent = '';
    dialog.showModal();
    schedulePreview();
  });
  c.what.fieldset.addEventListener('change', () => {
    c.width.value = String(c.what.value() === 'view' ? timelineWidth() : RANGE_WIDTH);
  });
  // Back from a PNG (whose width is the screen's), a current-view SVG or PDF starts at the screen's.
  c.format.fieldset.addEventListener('change', () => {
    if (c.what.value() === 'view') c.width.value = String(timelineWidth());
  });
}
