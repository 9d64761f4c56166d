// What the services need of the workbook engine (src/local/workbook/workbook.ts). Declared
// here so the services depend on a shape, not on HyperFormula; the real Workbook fits it.
import type { CellValue } from '../types.js';

export interface WorkbookPort {
  sheetNames(): string[];
  hasSheet(name: string): boolean;
  addSheet(name: string, index?: number): unknown;
  removeSheet(name: string): unknown;
  renameSheet(from: string, to: string): unknown;
  moveSheet(name: string, index: number): unknown;
  // 0-based row/col below.
  getValues(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): CellValue[][];
  getFormulas(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): string[][];
  getDisplayValues(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): string[][];
  setValues(sheet: string, row: number, col: number, values: CellValue[][]): unknown;
  setFormulas(sheet: string, row: number, col: number, formulas: string[][]): unknown;
  getBackgrounds(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): (string | null)[][];
  setBackgrounds(sheet: string, row: number, col: number, colors: (string | null)[][]): unknown;
  /** 1-based like Apps Script; 0 for an empty sheet. */
  lastRow(sheet: string): number;
  lastColumn(sheet: string): number;
  insertRows(sheet: string, row: number, n: number): unknown;
  deleteRows(sheet: string, row: number, n: number): unknown;
  insertColumns(sheet: string, col: number, n: number): unknown;
  deleteColumns(sheet: string, col: number, n: number): unknown;
  moveColumns(sheet: string, fromCol: number, n: number, toCol: number): unknown;
  evaluateShifted(sheet: string, formula: string, dRows: number, dCols: number): CellValue;
}
