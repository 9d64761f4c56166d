// Reading and writing workbook files by extension: .csv (one sheet) and .xlsx (all sheets).
// Every failure rejects with a WorkbookFileError: one line naming the file and the problem.

import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { WorkbookData } from '../types';
import { formatCsv, parseCsv } from './csv';
import { csvLeavesOut } from './csvLoss';
import { describeFsError, messageOf, WorkbookFileError } from './errors';
import { CONVENTIONS, type Convention, conventionOf } from './numberFormat';
import { formatXlsx, parseXlsx } from './xlsx';

export { formatCellText, parseCellInput, parseCellText } from './cellText';
export { csvLeavesOut, listed } from './csvLoss';
export { WorkbookFileError } from './errors';
export { type Convention, conventionOf, isConvention } from './numberFormat';

export interface ReadOptions {
  /** Read numbers and dates in this convention instead of detecting it (--locale). */
  locale?: Convention;
}

/** A file's workbook, plus what the reader decided that the user should be told. */
export interface WorkbookFile extends WorkbookData {
  /** One line each, e.g. "data.csv: read as Dutch (…); use --locale en for the other reading". */
  notes: string[];
}

type Kind = 'csv' | 'xlsx';

function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  const shown = ext === '' ? 'no extension' : `unsupported extension "${ext}"`;
  throw new WorkbookFileError(path, `${shown}, expected .csv or .xlsx`);
}

/**
 * Read a .csv or .xlsx file (a CSV's sheet is named after the file). Its locale is the
 * convention the file was read in: a Dutch CSV opens as a Dutch (nl_NL) spreadsheet.
 */
export async function readWorkbookFile(
  path: string,
  options: ReadOptions = {},
): Promise<WorkbookFile> {
  const kind = kindOf(path);
  let bytes: Buffer;
  try {
    // stat first: reading a directory fails with a less helpful message on some platforms.
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    bytes = await readFile(path);
  } catch (error) {
    throw new WorkbookFileError(path, describeFsError(error));
  }
  if (bytes.length === 0) throw new WorkbookFileError(path, 'file is empty');
  if (kind === 'xlsx') {
    const convention = options.locale ?? 'en';
    const data = await parseXlsx(path, bytes, convention);
    return { ...data, locale: CONVENTIONS[convention].sheetsLocale };
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new WorkbookFileError(path, 'not UTF-8 text');
  }
  const sheetName = basename(path, extname(path));
  const { sheet, reading } = parseCsv(path, text, sheetName, { locale: options.locale });
  return {
    sheets: [sheet],
    locale: CONVENTIONS[reading.convention].sheetsLocale,
    notes: reading.note ? [reading.note] : [],
  };
}

export interface WriteOptions {
  /** For .csv: which sheet to write (a CSV holds one). Defaults to the only sheet. */
  sheet?: string;
}

export interface WriteResult {
  /**
   * What the file could not hold, one kind each ('the named range KPIGUARD_AS_OF', '3
   * developer metadata entries (…)'); always empty for an XLSX, which holds it all.
   */
  leftOut: string[];
}

/**
 * Write WorkbookData as .xlsx (values, formulas, number formats, backgrounds, and what
 * data.document holds: hidden sheets, named ranges, rules, metadata, document properties)
 * or .csv (one sheet's cells, in the workbook locale's convention: see formatCsv). A CSV
 * is written even when it cannot hold everything; the result says what it left out.
 */
export async function writeWorkbookFile(
  path: string,
  data: WorkbookData,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const kind = kindOf(path);
  let bytes: Buffer | string;
  let leftOut: string[] = [];
  if (kind === 'xlsx') {
    if (data.sheets.length === 0) throw new WorkbookFileError(path, 'workbook has no sheets');
    try {
      bytes = await formatXlsx(data);
    } catch (error) {
      throw new WorkbookFileError(path, `cannot write .xlsx (${messageOf(error)})`);
    }
  } else {
    const sheet = pickCsvSheet(path, data, options.sheet);
    bytes = formatCsv(sheet, conventionOf(data.locale));
    const names = data.sheets.map((s) => s.name);
    leftOut = csvLeavesOut(names, data.document, sheet.name);
  }
  try {
    await writeFile(path, bytes);
  } catch (error) {
    const reason = describeFsError(error).replace('cannot read file', 'cannot write file');
    throw new WorkbookFileError(path, reason === 'file not found' ? 'folder not found' : reason);
  }
  return { leftOut };
}

function pickCsvSheet(path: string, data: WorkbookData, name: string | undefined) {
  if (name !== undefined) {
    const sheet = data.sheets.find((s) => s.name === name);
    if (!sheet) throw new WorkbookFileError(path, `no sheet named "${name}"`);
    return sheet;
  }
  if (data.sheets.length !== 1) {
    throw new WorkbookFileError(
      path,
      `a CSV file holds one sheet but the workbook has ${data.sheets.length}; save as .xlsx to keep them all`,
    );
  }
  return data.sheets[0];
}
