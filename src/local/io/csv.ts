// CSV ⇄ one sheet, in English or Dutch conventions. Papaparse does all the parsing and
// quoting; this module picks the separator, decides how the file writes numbers and dates
// (see csvLocale.ts), types the fields as Sheets reads input (cellText.ts), and turns
// papaparse's complaints into one-line errors.

import Papa from 'papaparse';
import type { CellValue, SheetData } from '../types';
import { type CellInput, parseCellInput } from './cellText';
import { csvField } from './csvField';
import { type CsvReading, chooseConvention, chooseDelimiter } from './csvLocale';
import { WorkbookFileError } from './errors';
import { CONVENTIONS, type Convention } from './numberFormat';

export type { CsvReading } from './csvLocale';

export interface CsvOptions {
  /** Read as this convention instead of detecting it from the file (--locale). */
  locale?: Convention;
}

/** Parse CSV text into one sheet; the first row is headers and stays text. */
export function parseCsv(
  file: string,
  text: string,
  sheetName: string,
  options: CsvOptions = {},
): { sheet: SheetData; reading: CsvReading } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new WorkbookFileError(file, 'file is empty');
  if (body.includes('\u0000')) throw new WorkbookFileError(file, 'not a text CSV file');

  const delimiter = chooseDelimiter(body, options.locale);
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true, delimiter });
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

  const reading = chooseConvention(file, rows.slice(1), delimiter, options.locale);
  const cells: CellValue[][] = [rows[0].slice()];
  const formats: (string | null)[][] = [rows[0].map(() => null)];
  let formatted = false;
  for (let r = 1; r < rows.length; r++) {
    const inputs: CellInput[] = rows[r].map((field) => parseCellInput(field, reading.convention));
    cells.push(inputs.map((input) => input.value));
    formats.push(inputs.map((input) => input.format));
    formatted ||= inputs.some((input) => input.format !== null);
  }
  const sheet: SheetData = formatted
    ? { name: sheetName, cells, numberFormats: formats }
    : { name: sheetName, cells };
  return { sheet, reading };
}

/**
 * CSV text for one sheet's cells in a convention: its separator, and each value as the
 * cell shows it ("$42,820", "€ 1.234,50", "03-02-2026"), which is what Sheets exports and
 * what a spreadsheet in that locale reads back as the same number with the same format.
 * Where the shown text would lose something (1234.567 shown as "1,234.57") the plain
 * number is written instead: the value matters more than its look.
 */
export function formatCsv(sheet: SheetData, convention: Convention = 'en'): string {
  const width = Math.max(0, ...sheet.cells.map((row) => row.length));
  const rows = sheet.cells.map((row, r) => {
    const out: string[] = [];
    for (let c = 0; c < width; c++) {
      const format = r === 0 ? null : (sheet.numberFormats?.[r]?.[c] ?? null);
      out.push(r === 0 ? headerText(row[c], convention) : csvField(row[c], format, convention));
    }
    return out;
  });
  const delimiter = CONVENTIONS[convention].delimiter;
  return `${Papa.unparse(rows, { newline: '\n', delimiter })}\n`;
}

/** Headers are read back as text whatever they look like, so they need no protecting. */
function headerText(value: CellValue | null | undefined, convention: Convention): string {
  return typeof value === 'string' ? value : csvField(value, null, convention);
}
