import '../styles/import.css';
import { formatProblem } from '../../core/file-format/problem';
import { guessMapping, type ColumnMapping } from '../../core/import/csv';
import { readTable } from '../../core/import/csv-table';
import type { ImportOptions } from '../../core/import/import-file';
import { importInWorker } from './import-in-worker';
import { FORMAT_NAMES, type ImportResult } from '../../core/import/report';
import { addImported } from '../../core/edit/import-operations';
import { api } from '../api';
import { actions, doc } from '../app-state';
import { registerCommand } from '../commands';
import { el } from '../dom';
import { openModal } from '../detail/modal-dialog';
import { showProblems } from '../views/error-panel';
import { endProgress, setProgress, startProgress } from '../views/progress';
import { mappingTable, rememberedMapping } from './column-mapping';

/**
 * File › Import…: main reads the chosen file, the pure importers (core/import) read it here,
 * and a preview shows what was found — format, counts, how fields were mapped, every problem —
 * before anything replaces the view. The user opens it as a new timeline or adds it to the
 * current one (one undoable edit); cancelling leaves everything as it was.
 */

function summary(result: ImportResult): string {
  const r = result.report;
  return `${FORMAT_NAMES[r.format]}: ${r.events.toLocaleString('en-US')} events (${r.eras} eras), ${r.problemCount} problem${r.problemCount === 1 ? '' : 's'}`;
}

function problemList(result: ImportResult): HTMLElement {
  const { problems, problemCount } = result.report;
  if (!problems.length) return el('p', { className: 'import-none' }, ['No problems.']);
  return el('div', {}, [
    el('h3', {}, ['Problems']),
    el(
      'ul',
      { className: 'import-problems' },
      problems.map((p) => el('li', {}, [formatProblem(p)])),
    ),
    ...(problemCount > problems.length
      ? [el('p', {}, [`… and ${problemCount - problems.length} more`])]
      : []),
  ]);
}

async function openAsNew(name: string, result: ImportResult): Promise<void> {
  const label = `Indexing ${result.report.events.toLocaleString('en-US')} events`;
  startProgress(label);
  try {
    await actions.openTimeline({ name, path: '', file: result.timeline! }, (f) => setProgress(label, f));
  } finally {
    endProgress();
  }
}

/** Imports in the worker behind a progress bar (the bar cannot move during a parse here). */
async function importWithProgress(
  text: string,
  name: string,
  options?: ImportOptions,
): Promise<ImportResult> {
  startProgress(`Importing ${name}`);
  try {
    return await importInWorker(text, name, options);
  } finally {
    endProgress();
  }
}

/** Shows the preview of an import of `text`; exported for drops and Open of foreign files. */
export async function showImportPreview(name: string, text: string): Promise<void> {
  let mapping: ColumnMapping | undefined;
  let result = await importWithProgress(text, name);
  const isCsv = result.report.format === 'csv';
  const headers = isCsv ? readTable(text.slice(0, 64 * 1024)).headers : [];
  if (isCsv) {
    mapping = rememberedMapping(headers) ?? guessMapping(headers);
    result = await importWithProgress(text, name, { format: 'csv', mapping });
  }
  const status = el('p', { className: 'import-summary', role: 'status' });
  const details = el('div', { className: 'import-details' });
  const openNew = el('button', { type: 'button', className: 'import-primary' }, ['Open as new timeline']);
  const addTo = el('button', { type: 'button' }, ['Add to current timeline']);
  const cancel = el('button', { type: 'button' }, ['Cancel']);
  const render = () => {
    status.textContent = summary(result);
    details.replaceChildren(
      ...(result.report.mapped.length
        ? [
            el('h3', {}, ['Fields']),
            el(
              'ul',
              { className: 'import-mapped' },
              result.report.mapped.map((m) => el('li', {}, [m])),
            ),
          ]
        : []),
      problemList(result),
    );
    openNew.disabled = !result.timeline;
    addTo.disabled = !result.timeline || !doc.value;
  };
  const body: Node[] = [status];
  if (isCsv)
    body.push(
      mappingTable(headers, mapping!, (next) => {
        mapping = next;
        void importWithProgress(text, name, { format: 'csv', mapping }).then((again) => {
          if (mapping !== next) return; // a newer choice is on its way
          result = again;
          render();
        });
      }),
    );
  body.push(details, el('div', { className: 'import-actions' }, [cancel, addTo, openNew]));
  const dialog = openModal({ title: `Import ${name}`, className: 'import-dialog', body });
  render();
  cancel.addEventListener('click', () => dialog.close());
  openNew.addEventListener('click', () => {
    dialog.close();
    void openAsNew(name, result);
  });
  addTo.addEventListener('click', () => {
    const problems = actions.edit((file) => addImported(file, result.timeline!));
    if (problems.length) {
      status.textContent = `Could not add: ${problems.map((p) => p.message).join('; ')}`;
      return;
    }
    dialog.close();
  });
}

/** Registers File › Import…. */
export function initImport(): void {
  registerCommand('file.import', async () => {
    startProgress('Reading');
    let chosen;
    try {
      chosen = await api.importFileDialog();
    } finally {
      endProgress();
    }
    if (!chosen) return;
    if (!chosen.ok) return showProblems(chosen.name, chosen.problems, false);
    await showImportPreview(chosen.name, chosen.text);
  });
}
