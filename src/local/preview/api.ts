// The preview's JSON API over a runtime. Each handler validates its input and throws
// HttpError (4xx) for a bad request, so the server can answer { error } and carry on.

import { columnLetter } from '../../addon/columnLetter';
import type { CellValue } from '../types';
import type { SheetDimensions } from './dimensions';
import { HttpError } from './http';
import type { CellBlock, ClockResult, Outbox, RunResult, SheetList, SheetWindow } from './protocol';
import type { PreviewRuntime } from './runtimePort';

/** Most rows one window returns: enough for any screen, small enough to stay fast. */
export const MAX_WINDOW_ROWS = 2000;
/** One clock step beyond a year is surely a typo. */
const MAX_ADVANCE_MS = 366 * 24 * 3600 * 1000;

export function listSheets(runtime: PreviewRuntime): SheetList {
  const { sheet, row, col, numRows, numCols } = runtime.selection();
  return {
    sheets: runtime.workbook.sheetNames(),
    active: sheet,
    hidden: runtime.hiddenSheets(),
    selection: { row: row - 1, col: col - 1, numRows, numCols },
  };
}

/**
 * Switching tabs makes that sheet active for the add-on too (getActiveSheet, sidebar), and a
 * selected block its selection (getActiveRange).
 */
export function selectSheet(runtime: PreviewRuntime, body: unknown): SheetList {
  const fields = fieldsOf(body, 'a sheet choice');
  const name = fields.sheet;
  if (typeof name !== 'string') throw new HttpError(400, 'sheet must be a sheet name');
  const sheet = requireSheet(runtime, name);
  runtime.setActiveSheet(sheet);
  if (fields.selection !== undefined) runtime.select(sheet, blockA1(fields.selection));
  return listSheets(runtime);
}

/** A 0-based block as A1 notation ("C15:C28"), checked. */
function blockA1(value: unknown): string {
  const block = fieldsOf(value, 'a selection') as Partial<Record<keyof CellBlock, unknown>>;
  const row = wholeNumber(block.row, 'selection.row');
  const col = wholeNumber(block.col, 'selection.col');
  const numRows = wholeNumber(block.numRows, 'selection.numRows');
  const numCols = wholeNumber(block.numCols, 'selection.numCols');
  if (numRows < 1 || numCols < 1 || row + numRows > MAX_EDIT_ROW || col + numCols > MAX_EDIT_COL) {
    throw new HttpError(400, 'selection is out of range');
  }
  const start = `${columnLetter(col + 1)}${row + 1}`;
  const end = `${columnLetter(col + numCols)}${row + numRows}`;
  return start === end ? start : `${start}:${end}`;
}

function requireSheet(runtime: PreviewRuntime, name: string): string {
  if (!runtime.workbook.sheetNames().includes(name)) {
    throw new HttpError(404, `no sheet named "${name}"`);
  }
  return name;
}

function wholeNumber(value: unknown, what: string, fallback?: number): number {
  if (value === undefined || value === null || value === '') {
    if (fallback !== undefined) return fallback;
    throw new HttpError(400, `${what} is missing`);
  }
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new HttpError(400, `${what} must be a whole number ≥ 0, got ${JSON.stringify(value)}`);
  }
  return n;
}

export function readWindow(
  runtime: PreviewRuntime,
  dimensions: SheetDimensions,
  name: string,
  query: URLSearchParams,
): SheetWindow {
  const sheet = requireSheet(runtime, name);
  const wb = runtime.workbook;
  const { lastRow, lastColumn } = dimensions.of(sheet);
  const row = wholeNumber(query.get('row'), 'row', 0);
  const wanted = wholeNumber(query.get('rows'), 'rows', MAX_WINDOW_ROWS);
  const numRows = Math.max(0, Math.min(wanted, MAX_WINDOW_ROWS, lastRow - row));
  const window: SheetWindow = {
    name: sheet,
    lastRow,
    lastColumn,
    row,
    values: [],
    displayValues: [],
    formulas: [],
    backgrounds: [],
    errors: [],
    sparklines: [],
  };
  if (numRows === 0 || lastColumn === 0) return window;

  window.values = wb
    .getValues(sheet, row, 0, numRows, lastColumn)
    .map((cells) => cells.map((v) => (v instanceof Date ? v.toISOString() : v)));
  window.displayValues = wb.getDisplayValues(sheet, row, 0, numRows, lastColumn);
  window.formulas = wb.getFormulas(sheet, row, 0, numRows, lastColumn);
  window.backgrounds = runtime.effectiveBackgrounds(sheet, row, 0, numRows, lastColumn);
  // Errors and sparklines only come from formulas: ask about formula cells alone, so a
  // window of plain numbers costs no per-cell calls.
  window.errors = window.formulas.map((cells, r) =>
    cells.map((formula, c) => (formula ? errorMessage(wb.getCellError(sheet, row + r, c)) : null)),
  );
  window.sparklines = window.formulas.map((cells, r) =>
    cells.map((formula, c) =>
      /^=\s*SPARKLINE\s*\(/i.test(formula) ? wb.getSparkline(sheet, row + r, c) : null,
    ),
  );
  return window;
}

function errorMessage(error: unknown): string | null {
  if (error === null || error === undefined || error === '' || error === false) return null;
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return String(error);
}

function fieldsOf(body: unknown, what: string): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, `${what} must be a JSON object`);
  }
  return body as Record<string, unknown>;
}

/** Largest sheet the editor lets a typo create (Sheets' own limit is 10 million cells). */
const MAX_EDIT_ROW = 1_000_000;
const MAX_EDIT_COL = 18_278; // ZZZ

export function editCell(runtime: PreviewRuntime, name: string, body: unknown): { ok: true } {
  const sheet = requireSheet(runtime, name);
  const fields = fieldsOf(body, 'a cell edit');
  const row = wholeNumber(fields.row, 'row');
  const col = wholeNumber(fields.col, 'col');
  if (row >= MAX_EDIT_ROW || col >= MAX_EDIT_COL) throw new HttpError(400, 'cell is out of range');
  // Text goes in as typed: the workbook reads it in the spreadsheet's locale, as Sheets reads
  // what a user types ("$42,820" is a number with a currency format; "=..." a formula).
  runtime.workbook.setValues(sheet, row, col, [[cellValue(fields.value)]]);
  return { ok: true };
}

function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim().startsWith('=') ? value.trim() : value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new HttpError(400, 'value must be text, a finite number, a boolean or null');
}

/** Apps Script rejects these from google.script.run too: names ending in _ are private. */
const CALLABLE = /^[A-Za-z$][\w$]*$/;

export function runFunction(runtime: PreviewRuntime, name: string, body: unknown): RunResult {
  if (!CALLABLE.test(name) || name.endsWith('_')) {
    throw new HttpError(404, `Script function not found: ${name}`);
  }
  if (!Array.isArray(body)) {
    throw new HttpError(400, 'the request body must be a JSON array of arguments');
  }
  try {
    return { result: runtime.call(name, body) ?? null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status = message === `Script function not found: ${name}` ? 404 : 500;
    throw new HttpError(status, message);
  }
}

export function advanceClock(runtime: PreviewRuntime, body: unknown): ClockResult {
  const ms = fieldsOf(body, 'a clock step').ms;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0 || ms > MAX_ADVANCE_MS) {
    throw new HttpError(400, 'ms must be a number of milliseconds between 1 and a year');
  }
  runtime.clock.advance(ms);
  return { now: runtime.clock.now().toISOString() };
}

/** What MailApp sent, newest first: the preview's outbox (nothing leaves the machine). */
export function listOutbox(runtime: PreviewRuntime): Outbox {
  const mail = runtime.mail.sent.map(
    ({ id, sentAt, from, name, to, cc, bcc, subject, body, htmlBody }) => ({
      id,
      sentAt,
      from,
      name,
      to,
      cc,
      bcc,
      subject,
      body,
      htmlBody,
    }),
  );
  return { mail: mail.reverse() };
}
