import Papa from 'papaparse';

/**
 * A CSV or TSV file as a header and rows of strings, read with papaparse (quoted fields,
 * doubled quotes, Excel's quoted newlines, and the delimiter guessed among , ; tab |). A UTF-8
 * byte-order mark is dropped. Rows are numbered as a spreadsheet shows them: the header is
 * row 1, so problems can say "row 7" and a person finds it.
 */
export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly delimiter: string;
}

export function readTable(text: string): Table {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(clean, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  const [headers = [], ...rows] = parsed.data.filter(Array.isArray);
  return { headers: headers.map((h) => String(h).trim()), rows, delimiter: parsed.meta.delimiter };
}

/** A header name reduced to letters and digits, so "End Year", "end_year" and "END-YEAR" match. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Spreadsheet row number of data row `i` (0-based): the header is row 1. */
export const rowPath = (i: number): string => `row ${i + 2}`;

/** A cell by column index, trimmed; "" when the row is short. */
export function cell(row: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : String(row[column] ?? '').trim();
}
