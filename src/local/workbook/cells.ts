// Reading and writing rectangular blocks of cells in Apps Script's shapes.

import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { type Convention, formatWithPattern } from '../io/numberFormat';
import type { CellValue } from '../types';
import { isValidDate } from './dates';
import type { SparseGrid } from './grid';
import { fromEngineFormula, toEngineFormula } from './openRanges';
import { displayText, errorCode, errorMessage, exportedToCell } from './values';

export interface Block {
  sheet: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

function checkBlock(b: Block): void {
  if (b.row < 0 || b.col < 0 || b.numRows < 1 || b.numCols < 1) {
    throw new RangeError(
      `Invalid range: row ${b.row}, col ${b.col}, ${b.numRows}x${b.numCols} (0-based, size >= 1)`,
    );
  }
}

function rangeOf(b: Block) {
  return {
    start: { sheet: b.sheet, row: b.row, col: b.col },
    end: { sheet: b.sheet, row: b.row + b.numRows - 1, col: b.col + b.numCols - 1 },
  };
}

/** Values and, for numbers, HyperFormula's detailed type (to tell dates from numbers). */
export function readBlock(
  hf: HyperFormula,
  b: Block,
): { values: CellValue[][]; kinds: string[][] } {
  checkBlock(b);
  const raw = hf.getRangeValues(rangeOf(b));
  const values: CellValue[][] = [];
  const kinds: string[][] = [];
  for (let i = 0; i < b.numRows; i++) {
    const rawRow = raw[i] ?? [];
    const row: CellValue[] = [];
    const kindRow: string[] = [];
    for (let j = 0; j < b.numCols; j++) {
      const v = rawRow[j];
      const kind =
        typeof v === 'number'
          ? hf.getCellValueDetailedType({ sheet: b.sheet, row: b.row + i, col: b.col + j })
          : '';
      row.push(exportedToCell(v, kind));
      kindRow.push(kind);
    }
    values.push(row);
    kinds.push(kindRow);
  }
  return { values, kinds };
}

/**
 * The text each cell shows: a number or date under its cell's number format, in the
 * spreadsheet's convention; other cells (and unformatted ones) as displayText gives them.
 */
export function readDisplay(
  hf: HyperFormula,
  b: Block,
  formats: SparseGrid,
  convention: Convention,
): string[][] {
  const { values, kinds } = readBlock(hf, b);
  return values.map((row, i) =>
    row.map((v, j) => {
      const pattern = formats.get(b.row + i, b.col + j);
      const shown =
        pattern !== null && (typeof v === 'number' || v instanceof Date)
          ? formatWithPattern(v, pattern, convention)
          : null;
      return shown ?? displayText(v, kinds[i][j], convention);
    }),
  );
}

export function readFormulas(hf: HyperFormula, b: Block): string[][] {
  checkBlock(b);
  const raw = hf.getRangeFormulas(rangeOf(b));
  const out: string[][] = [];
  for (let i = 0; i < b.numRows; i++) {
    const row: string[] = [];
    for (let j = 0; j < b.numCols; j++) row.push(fromEngineFormula(raw[i]?.[j] ?? ''));
    out.push(row);
  }
  return out;
}

export function readError(
  hf: HyperFormula,
  sheet: number,
  row: number,
  col: number,
): string | null {
  const v = hf.getCellValue({ sheet, row, col });
  if (!(v instanceof DetailedCellError)) return null;
  return errorMessage(v.type, v.message) || errorCode(v.type);
}

/**
 * Apps Script value -> what HyperFormula stores: "=..." is a formula, "" is blank, and any
 * other string is text: an apostrophe in front stops HyperFormula from reading "12%" or
 * "03/02/2026" as a number on its own (reading typed text is parseCellInput's job). A string
 * that already starts with one keeps it as Sheets' "this is text" mark, which the cell drops.
 */
export function toRaw(v: CellValue | null | undefined): RawCellContent {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return isValidDate(v) ? v : null;
  if (typeof v === 'number' && !Number.isFinite(v)) return `'${String(v)}`;
  if (typeof v === 'string') {
    if (v.startsWith('=')) return toEngineFormula(v);
    return v.startsWith("'") ? v : `'${v}`;
  }
  return v;
}

/** Rows must all have the same width, as Apps Script's setValues insists. */
export function checkRectangular(rows: readonly (readonly unknown[])[]): number {
  if (rows.length === 0) return 0;
  const width = rows[0].length;
  rows.forEach((r, i) => {
    if (r.length !== width) {
      throw new RangeError(`Row ${i} has ${r.length} cells but row 0 has ${width}`);
    }
  });
  return width;
}
