import { CSV_FIELDS, type ColumnMapping, type CsvField } from '../../core/import/csv';
import { el } from '../dom';

/**
 * The column-mapping step of a CSV import: one select per header, the guessed field chosen.
 * A choice is remembered for the next file with the same header (localStorage, this machine
 * only: it is a convenience, not a setting worth syncing).
 */

const KEY = 'chronoscope.csv-mapping:';

export function rememberedMapping(headers: readonly string[]): ColumnMapping | undefined {
  try {
    const saved = localStorage.getItem(KEY + JSON.stringify(headers));
    const parsed: unknown = saved ? JSON.parse(saved) : undefined;
    if (!parsed || typeof parsed !== 'object') return undefined;
    const mapping: Record<string, CsvField | undefined> = {};
    for (const header of headers) {
      const field = (parsed as Record<string, unknown>)[header];
      mapping[header] = (CSV_FIELDS as readonly unknown[]).includes(field) ? (field as CsvField) : undefined;
    }
    return mapping;
  } catch {
    return undefined;
  }
}

function remember(headers: readonly string[], mapping: ColumnMapping): void {
  try {
    localStorage.setItem(KEY + JSON.stringify(headers), JSON.stringify(mapping));
  } catch {
    // Storage full or unavailable: the mapping is simply not remembered.
  }
}

/** A table of header → field selects; `onChange` gets the whole new mapping. */
export function mappingTable(
  headers: readonly string[],
  mapping: ColumnMapping,
  onChange: (mapping: ColumnMapping) => void,
): HTMLElement {
  const current: Record<string, CsvField | undefined> = { ...mapping };
  const rows = headers.map((header, i) => {
    const select = el('select', { id: `import-map-${i}` }, [
      el('option', { value: '' }, ['(ignore)']),
      ...CSV_FIELDS.map((f) => el('option', { value: f, selected: current[header] === f }, [f])),
    ]);
    select.addEventListener('change', () => {
      current[header] = (select.value || undefined) as CsvField | undefined;
      remember(headers, current);
      onChange({ ...current });
    });
    return el('tr', {}, [
      el('th', { scope: 'row' }, [el('label', { htmlFor: select.id }, [header || `(column ${i + 1})`])]),
      el('td', {}, [select]),
    ]);
  });
  return el('table', { className: 'import-mapping' }, [
    el('caption', {}, ['Columns: choose what each one holds']),
    el('tbody', {}, rows),
  ]);
}
