import { exportData } from '../../core/export-data/export-data';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat } from '../../core/export-data/export-result';
import { api } from '../api';
import { doc } from '../app-state';
import { registerCommand } from '../commands';
import { el } from '../dom';
import { openModal } from '../detail/modal-dialog';

/**
 * File › Export Data…: the open timeline as Chronoscope JSON, CSV, TimelineJS3 JSON or
 * Markwhen, converted here by core/export-data and saved by main (save dialog, atomic write).
 * What the chosen format cannot carry is listed before saving.
 */

const LABELS: Readonly<Record<ExportFormat, string>> = {
  chronoscope: 'Chronoscope JSON',
  csv: 'CSV (Chronoscope columns)',
  timelinejs: 'TimelineJS3 JSON',
  markwhen: 'Markwhen',
};

function baseName(name: string): string {
  return name.replace(/(\.chronoscope)?\.[^.]*$/, '') || 'timeline';
}

export function initExportData(): void {
  registerCommand('file.exportData', () => {
    const loaded = doc.value;
    if (!loaded) return;
    let format: ExportFormat = 'timelinejs';
    const notes = el('ul', { className: 'import-mapped' });
    const status = el('p', { role: 'status' });
    const radios = EXPORT_FORMATS.map((f) => {
      const input = el('input', {
        type: 'radio',
        name: 'export-data-format',
        value: f,
        checked: f === format,
      });
      input.addEventListener('change', () => {
        format = f;
        showNotes();
      });
      return el('label', {}, [input, ` ${LABELS[f]}`]);
    });
    const showNotes = () => {
      const list = exportData(loaded.file, format).notes;
      notes.replaceChildren(...(list.length ? list : ['Nothing is lost.']).map((n) => el('li', {}, [n])));
    };
    const save = el('button', { type: 'button', className: 'import-primary' }, ['Export']);
    const cancel = el('button', { type: 'button' }, ['Close']);
    const dialog = openModal({
      title: 'Export data',
      className: 'import-dialog',
      body: [
        el('fieldset', {}, [el('legend', {}, ['Format']), ...radios]),
        el('h3', {}, ['Not carried by this format']),
        notes,
        status,
        el('div', { className: 'import-actions' }, [cancel, save]),
      ],
    });
    showNotes();
    cancel.addEventListener('click', () => dialog.close());
    save.addEventListener('click', async () => {
      const { text } = exportData(loaded.file, format);
      const result = await api.saveExport({
        suggestedName: baseName(loaded.name) + EXPORT_EXTENSIONS[format],
        format,
        data: text,
      });
      if (result.saved) dialog.close();
      else status.textContent = 'error' in result ? `Not saved: ${result.error}` : '';
    });
  });
}
