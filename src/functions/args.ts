// Turns arguments as Apps Script passes them (a scalar for one cell, a 2-D array for a range,
// `Date` for dates, "" for blanks) into checked values, and names the function in every error.
import { type Direction, dateTime, InputError, parseDirection } from '../core';

/** A 2-D block of raw cell values, rows first. */
export type Grid = readonly (readonly unknown[])[];

/** What a custom function may put in cells: a scalar or a 2-D array of scalars. */
export type CellResult = number | string | boolean | Date | (number | string | boolean | Date)[][];

export function isGrid(value: unknown): value is Grid {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** A scalar becomes a 1×1 grid; a 1-D array (not sent by Sheets, but by scripts) one row. */
export function toGrid(value: unknown): Grid {
  if (isGrid(value)) return value;
  if (Array.isArray(value)) return [value];
  return [[value]];
}

export function shapeOf(grid: Grid): [number, number] {
  return [grid.length, grid.length === 0 ? 0 : grid[0].length];
}

export function describeShape([rows, cols]: [number, number]): string {
  return `${rows}×${cols}`;
}

/** Columns of a grid; ragged rows (scripts only) read as blank. */
export function columnsOf(grid: Grid): unknown[][] {
  const [rows, cols] = shapeOf(grid);
  const columns: unknown[][] = [];
  for (let c = 0; c < cols; c++) {
    const column = new Array<unknown>(rows);
    for (let r = 0; r < rows; r++) column[r] = grid[r][c] ?? '';
    columns.push(column);
  }
  return columns;
}

/** A blank cell, or an argument left out of the call: Sheets passes "" or nothing. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/**
 * The shape every argument broadcasts to: each dimension equal, or 1 (a single value or a
 * single row/column repeats), as NumPy broadcasts.
 */
export function broadcastShape(named: readonly { name: string; grid: Grid }[]): [number, number] {
  let rows = 1;
  let cols = 1;
  let rowsFrom = named[0];
  let colsFrom = named[0];
  for (const arg of named) {
    const [r, c] = shapeOf(arg.grid);
    if (r === 0 || c === 0) throw new InputError(`${arg.name} is an empty range; give it cells`);
    if (r !== 1) {
      if (rows !== 1 && rows !== r) throw shapeMismatch(rowsFrom, arg);
      if (rows === 1) rowsFrom = arg;
      rows = r;
    }
    if (c !== 1) {
      if (cols !== 1 && cols !== c) throw shapeMismatch(colsFrom, arg);
      if (cols === 1) colsFrom = arg;
      cols = c;
    }
  }
  return [rows, cols];
}

function shapeMismatch(a: { name: string; grid: Grid }, b: { name: string; grid: Grid }) {
  return new InputError(
    `${a.name} is ${describeShape(shapeOf(a.grid))} but ${b.name} is ${describeShape(shapeOf(b.grid))}; give ranges of the same size, or a single value`,
  );
}

export function describeValue(value: unknown): string {
  const ms = dateTime(value);
  if (ms !== null)
    return Number.isNaN(ms) ? 'an invalid date' : new Date(ms).toISOString().slice(0, 10);
  if (typeof value === 'string') return value === '' ? 'blank' : `"${value}"`;
  if (Array.isArray(value))
    return `a ${describeShape(shapeOf(toGrid(value)))} range; give a single value`;
  return String(value);
}

/** Words the position of a cell for an error message, e.g. " in row 3"; lazily. */
export type Where = () => string;
const nowhere: Where = () => '';

// Text Sheets did not read as a number: "30", "1,234.5", "$42,820", "(1,200)", "12 %", "42 820 €".
const NUMBER_TEXT = /^[-+(]?[$€£¥]?[-+]?(\d{1,3}([,.' \u00a0]\d{3})+|\d+)([.,]\d+)?%?[$€£¥]?\)?$/;

/** True for a text cell that holds a number Sheets kept as text (a quote, Plain text, a currency). */
export function isNumberText(value: unknown): boolean {
  return (
    typeof value === 'string' && NUMBER_TEXT.test(value.trim().replace(/\s+(?=[%$€£¥)])/g, ''))
  );
}

const NUMBER_TEXT_FIX =
  're-enter it as a number (no quotes or apostrophe, and not in a cell formatted as Plain text)';

/** A finite number from a cell; anything else is an error naming the parameter. */
export function requireNumber(name: string, value: unknown, where: Where = nowhere): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (isBlank(value)) throw new InputError(`${name}${where()} is blank; enter a number`);
  if (isNumberText(value)) {
    throw new InputError(
      `${name}${where()} is the text ${describeValue(value)}, not a number; ${NUMBER_TEXT_FIX}`,
    );
  }
  throw new InputError(`${name}${where()} must be a number, got ${describeValue(value)}`);
}

export function optionalNumber<F extends number | undefined>(
  name: string,
  value: unknown,
  fallback: F,
): number | F {
  return isBlank(value) ? fallback : requireNumber(name, value);
}

export function optionalWholeNumber<F extends number | undefined>(
  name: string,
  value: unknown,
  fallback: F,
  min: number,
  why: string,
): number | F {
  if (isBlank(value)) return fallback;
  const n = requireNumber(name, value);
  if (!Number.isInteger(n) || n < min) {
    throw new InputError(`${name} (${n}) must be a whole number of at least ${min}${why}`);
  }
  return n;
}

export function requireDirection(name: string, value: unknown, fallback: Direction = 1): Direction {
  if (isBlank(value)) return fallback;
  const direction = parseDirection(value);
  if (direction === null) {
    throw new InputError(`${name} must be "up" or "down" (or 1 / -1), got ${describeValue(value)}`);
  }
  return direction;
}

const MS_PER_DAY = 86_400_000;
// Sheets serial day 0 is 1899-12-30; serial 25569 is 1970-01-01.
const UNIX_EPOCH_SERIAL = 25_569;

/** A point in time in ms from a Date, a Sheets date serial number or an ISO date text. */
export function requireTime(name: string, value: unknown, where: Where = nowhere): number {
  const ms = dateTime(value);
  if (ms !== null && !Number.isNaN(ms)) return ms;
  if (typeof value === 'number' && Number.isFinite(value)) {
    return (value - UNIX_EPOCH_SERIAL) * MS_PER_DAY;
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
    const ms = Date.parse(value.trim());
    if (!Number.isNaN(ms)) return ms;
  }
  if (isBlank(value)) throw new InputError(`${name}${where()} is blank; enter a date`);
  const suggestion = typeof value === 'string' ? dateTextSuggestion(value) : null;
  if (suggestion !== null) {
    throw new InputError(
      `${name}${where()} is the text ${describeValue(value)}, not a date; write ${suggestion}`,
    );
  }
  throw new InputError(`${name}${where()} must be a date, got ${describeValue(value)}`);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function isDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const formula = (year: number, month: number, day: number) => `DATE(${year},${month},${day})`;

/**
 * The DATE(...) formula for a date typed as text ("01/31/2025", "31.01.2025", "2025/01/31"),
 * or null when the text is no date. When both day-first and month-first readings are real
 * dates, both are offered, each with the day it means.
 */
export function dateTextSuggestion(text: string): string | null {
  const trimmed = text.trim();
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(trimmed);
  if (yearFirst) {
    const [year, month, day] = yearFirst.slice(1).map(Number);
    return isDay(year, month, day) ? formula(year, month, day) : null;
  }
  const yearLast = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!yearLast) return null;
  const [first, second, year] = yearLast.slice(1).map(Number);
  const monthFirst = isDay(year, first, second);
  const dayFirst = isDay(year, second, first);
  if (monthFirst && dayFirst && first !== second) {
    return (
      `${formula(year, first, second)} if it means ${MONTHS[first - 1]} ${second} (month first)` +
      ` or ${formula(year, second, first)} if it means ${first} ${MONTHS[second - 1]} (day first)`
    );
  }
  if (monthFirst) return formula(year, first, second);
  if (dayFirst) return formula(year, second, first);
  return null;
}

/** " in row 3, column 2" for ranges, nothing for single values. */
export function position(grid: Grid, r: number, c: number): string {
  const [rows, cols] = shapeOf(grid);
  if (rows === 1 && cols === 1) return '';
  if (cols === 1) return ` in row ${r + 1}`;
  if (rows === 1) return ` in column ${c + 1}`;
  return ` in row ${r + 1}, column ${c + 1}`;
}
