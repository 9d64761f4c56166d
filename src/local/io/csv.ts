// CSV ⇄ one sheet. Papaparse does all the parsing and quoting; this module only types the
// fields (see cellText.ts) and turns papaparse's complaints into one-line errors.

import Papa from 'papaparse';
import type { CellValue, SheetData } from '../types';
import { formatCellText, parseCellText } from './cellText';
import { WorkbookFileError } from './errors';

/** Parse CSV text into one sheet; the first row is headers and stays text. */
export function parseCsv(file: string, text: string, sheetName: string): SheetData {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new WorkbookFileError(file, 'file is empty');
  if (body.includes('\u0000')) throw new WorkbookFileError(file, 'not a text CSV file');

  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true });
  // A single-column file has no delimiter to detect; papaparse falls back to a comma, fine.
  const errors = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (errors.length > 0) {
    const first = errors[0];
    const where = first.row === undefined ? '' : `row ${first.row + 1}: `;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : '';
    throw new WorkbookFileError(file, `malformed CSV, ${where}${first.message}${more}`);
  }

  const rows = parsed.data;
  if (rows.length === 0) throw new WorkbookFileError(file, 'file is empty');
  // Papaparse only reports uneven rows in header mode; a ragged grid would silently shift
  // columns, so hold every row to the header's width.
  const width = rows[0].length;
  const ragged = rows.findIndex((row) => row.length !== width);
  if (ragged >= 0) {
    throw new WorkbookFileError(
      file,
      `malformed CSV, row ${ragged + 1} has ${rows[ragged].length} fields, expected ${width}`,
    );
  }

  const cells: CellValue[][] = rows.map((row, r) =>
    r === 0 ? row.slice() : row.map((field) => parseCellText(field)),
  );
  return { name: sheetName, cells };
}

/** CSV text for one sheet's cells: formulas as "=..." text, dates as yyyy-mm-dd. */
export function formatCsv(sheet: SheetData): string {
  const width = Math.max(0, ...sheet.cells.map((row) => row.length));
  const rows = sheet.cells.map((row) => {
    const out: string[] = [];
    for (let c = 0; c < width; c++) out.push(formatCellText(row[c]));
    return out;
  });
  return `${Papa.unparse(rows, { newline: '\n' })}\n`;
}
