// The slice of LocalRuntime (src/local/runtime) the preview uses, stated structurally so the
// server depends on behaviour, not on the runtime's module, and tests can pass a stand-in.

import type { CellValue, UiRecord } from '../types.js';

export interface PreviewWorkbook {
  sheetNames(): string[];
  /** 1-based: the number of rows/columns holding data. */
  lastRow(sheet: string): number;
  lastColumn(sheet: string): number;
  getDisplayValues(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): string[][];
  getFormulas(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): string[][];
  /** The error of a formula cell, as a message or an object with one; null/undefined if none. */
  getCellError(sheet: string, row: number, col: number): unknown;
  getSparkline(sheet: string, row: number, col: number): number[] | null;
  setValues(sheet: string, row: number, col: number, values: CellValue[][]): void;
  setFormulas(sheet: string, row: number, col: number, formulas: string[][]): void;
  /** Change notifications (any edit, script write or structural change); returns an unsubscriber. */
  onChange?(listener: (changedSheets: string[]) => void): unknown;
}

export interface PreviewRuntime {
  workbook: PreviewWorkbook;
  /** What google.script.run does: call a top-level function of the built add-on. */
  call(functionName: string, args: unknown[]): unknown;
  ui: UiRecord;
  clock: { now(): Date; advance(ms: number): void };
  effectiveBackgrounds(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): (string | null)[][];
  /** The emulated services, used for the active sheet only; optional for stand-ins. */
  services?: { model?: { spreadsheet?: ActiveSheetHost } };
}

/** The part of the emulated Spreadsheet that tracks the active sheet. */
export interface ActiveSheetHost {
  getActiveSheet(): { getName(): string };
  getSheetByName(name: string): object | null;
  setActiveSheet(sheet: object): unknown;
}
