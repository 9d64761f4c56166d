// A spreadsheet model over HyperFormula for running the add-on without Google: sheets by
// name, 0-based (row, col) blocks in Apps Script's value conventions, cell backgrounds kept
// beside the engine, custom functions called through a host, and change notifications.

import type { HyperFormula } from 'hyperformula';
import type { CellValue, CustomFunctionHost, WorkbookData } from '../types';
import {
  type Block,
  checkRectangular,
  readBlock,
  readDisplay,
  readError,
  readFormulas,
  toRaw,
} from './cells';
import { Engine } from './engine';
import { ShiftedEvaluator, sparklineData } from './formulaEval';
import { SparseGrid } from './grid';
import { lastUsedColumn, lastUsedRow, sheetToData } from './sheetData';

export interface WorkbookOptions {
  customFunctions?: { names: readonly string[]; host: CustomFunctionHost };
}

export type ChangeListener = (changedSheets: string[]) => void;

export class Workbook {
  private readonly engine: Engine;
  private readonly hf: HyperFormula;
  private readonly order: number[] = [];
  private readonly backgrounds = new Map<number, SparseGrid>();
  private readonly listeners = new Set<ChangeListener>();
  private readonly shifted: ShiftedEvaluator;
  private batchDepth = 0;
  /** Removed sheets are reported once by name, so a preview can drop their tabs. */
  private removedNames: string[] = [];

  constructor(opts: WorkbookOptions = {}) {
    this.engine = new Engine(opts.customFunctions?.names ?? [], opts.customFunctions?.host);
    this.hf = this.engine.hf;
    this.shifted = new ShiftedEvaluator(this.hf);
  }

  static fromData(data: WorkbookData, opts?: WorkbookOptions): Workbook {
    const wb = new Workbook(opts);
    wb.batch(() => {
      for (const sheet of data.sheets) {
        wb.addSheet(sheet.name);
        if (sheet.cells.length > 0) {
          const width = Math.max(...sheet.cells.map((r) => r.length));
          const rows = sheet.cells.map((r) => {
            const row = r.map((v) => v ?? '');
            while (row.length < width) row.push('');
            return row;
          });
          if (width > 0) wb.setValues(sheet.name, 0, 0, rows);
        }
        const grid = wb.grid(sheet.name);
        sheet.backgrounds?.forEach((r, i) => {
          r.forEach((color, j) => {
            grid.set(i, j, color);
          });
        });
      }
    });
    return wb;
  }

  toData(): WorkbookData {
    return this.read(() => ({
      sheets: this.order.map((id) =>
        sheetToData(this.hf, id, this.backgrounds.get(id) ?? new SparseGrid()),
      ),
    }));
  }

  // ---- sheets -------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.order.map((id) => this.hf.getSheetName(id) ?? '');
  }

  hasSheet(name: string): boolean {
    const id = this.hf.getSheetId(name);
    return id !== undefined && this.order.includes(id);
  }

  addSheet(name: string, index = this.order.length): void {
    if (this.hasSheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    this.edit(() => {
      const id = this.hf.getSheetId(this.hf.addSheet(name)) as number;
      this.order.splice(Math.max(0, Math.min(index, this.order.length)), 0, id);
      this.backgrounds.set(id, new SparseGrid());
      this.engine.changed.add(id);
      this.shifted.invalidateAll();
    });
  }

  removeSheet(name: string): void {
    const id = this.sheetId(name);
    this.edit(() => {
      this.hf.removeSheet(id);
      this.order.splice(this.order.indexOf(id), 1);
      this.backgrounds.delete(id);
      this.engine.changed.delete(id);
      this.removedNames.push(name);
      this.shifted.invalidateAll();
    });
  }

  renameSheet(from: string, to: string): void {
    const id = this.sheetId(from);
    if (from.toLowerCase() !== to.toLowerCase() && this.hasSheet(to)) {
      throw new Error(`A sheet named "${to}" already exists`);
    }
    this.edit(() => {
      this.hf.renameSheet(id, to);
      this.engine.changed.add(id);
      this.shifted.invalidateAll();
    });
  }

  moveSheet(name: string, index: number): void {
    const id = this.sheetId(name);
    this.order.splice(this.order.indexOf(id), 1);
    this.order.splice(Math.max(0, Math.min(index, this.order.length)), 0, id);
    this.emit([id]);
  }

  // ---- cells --------------------------------------------------------------------------

  getValues(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): CellValue[][] {
    return this.read(
      () => readBlock(this.hf, this.block(sheet, row, col, numRows, numCols)).values,
    );
  }

  getDisplayValues(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): string[][] {
    return this.read(() => readDisplay(this.hf, this.block(sheet, row, col, numRows, numCols)));
  }

  getFormulas(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): string[][] {
    return this.read(() => readFormulas(this.hf, this.block(sheet, row, col, numRows, numCols)));
  }

  getCellError(sheet: string, row: number, col: number): string | null {
    return this.read(() => readError(this.hf, this.sheetId(sheet), row, col));
  }

  setValues(sheet: string, row: number, col: number, values: CellValue[][]): void {
    const id = this.sheetId(sheet);
    checkRectangular(values);
    if (values.length === 0 || values[0].length === 0) return;
    const raw = values.map((r) => r.map(toRaw));
    this.edit(() => {
      this.hf.setCellContents({ sheet: id, row, col }, raw);
      this.engine.changed.add(id);
    });
  }

  setFormulas(sheet: string, row: number, col: number, formulas: string[][]): void {
    this.setValues(sheet, row, col, formulas);
  }

  getBackgrounds(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): (string | null)[][] {
    const grid = this.grid(sheet);
    return Array.from({ length: numRows }, (_, i) =>
      Array.from({ length: numCols }, (_, j) => grid.get(row + i, col + j)),
    );
  }

  setBackgrounds(sheet: string, row: number, col: number, colors: (string | null)[][]): void {
    checkRectangular(colors);
    const grid = this.grid(sheet);
    colors.forEach((r, i) => {
      r.forEach((c, j) => {
        grid.set(row + i, col + j, c === '' ? null : c);
      });
    });
    this.emit([this.sheetId(sheet)]);
  }

  /** 1-based last row with content (values, formulas or spilled results); 0 when empty. */
  lastRow(sheet: string): number {
    return this.read(() => lastUsedRow(this.hf, this.sheetId(sheet)));
  }

  lastColumn(sheet: string): number {
    return this.read(() => lastUsedColumn(this.hf, this.sheetId(sheet)));
  }

  // ---- structure ----------------------------------------------------------------------

  insertRows(sheet: string, row: number, n: number): void {
    this.structural(sheet, (id, grid) => {
      this.hf.addRows(id, [row, n]);
      grid.insertRows(row, n);
    });
  }

  deleteRows(sheet: string, row: number, n: number): void {
    this.structural(sheet, (id, grid) => {
      this.hf.removeRows(id, [row, n]);
      grid.deleteRows(row, n);
    });
  }

  insertColumns(sheet: string, col: number, n: number): void {
    this.structural(sheet, (id, grid) => {
      this.hf.addColumns(id, [col, n]);
      grid.insertColumns(col, n);
    });
  }

  deleteColumns(sheet: string, col: number, n: number): void {
    this.structural(sheet, (id, grid) => {
      this.hf.removeColumns(id, [col, n]);
      grid.deleteColumns(col, n);
    });
  }

  /** Moves n columns from fromCol to before the column that was at toCol (pre-move index). */
  moveColumns(sheet: string, fromCol: number, n: number, toCol: number): void {
    if (toCol >= fromCol && toCol <= fromCol + n) return;
    this.structural(sheet, (id, grid) => {
      this.hf.moveColumns(id, fromCol, n, toCol);
      grid.moveColumns(fromCol, n, toCol);
    });
  }

  moveRows(sheet: string, fromRow: number, n: number, toRow: number): void {
    if (toRow >= fromRow && toRow <= fromRow + n) return;
    this.structural(sheet, (id, grid) => {
      this.hf.moveRows(id, fromRow, n, toRow);
      grid.moveRows(fromRow, n, toRow);
    });
  }

  // ---- formulas outside cells ---------------------------------------------------------

  /**
   * Evaluates "=..." as if written in A1 of `sheet` and copied dRows down and dCols right:
   * relative references shift, $-absolute ones stay (conditional-format custom formulas).
   */
  evaluateShifted(sheet: string, formula: string, dRows: number, dCols: number): CellValue {
    return this.read(() => this.shifted.evaluate(this.sheetId(sheet), formula, dRows, dCols));
  }

  /** The numbers a SPARKLINE formula in this cell draws; null if the cell has none. */
  getSparkline(sheet: string, row: number, col: number): number[] | null {
    return this.read(() => sparklineData(this.hf, this.sheetId(sheet), row, col));
  }

  // ---- batching & notifications -------------------------------------------------------

  /** Runs many edits with one recalculation at the end (reads inside still see fresh values). */
  batch(fn: () => void): void {
    if (this.batchDepth === 0) {
      this.engine.beginEdit();
      this.hf.suspendEvaluation();
    }
    this.batchDepth++;
    try {
      fn();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) {
        this.hf.resumeEvaluation();
        this.settle();
        this.emit([]);
      }
    }
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- internals ----------------------------------------------------------------------

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined || !this.order.includes(id)) throw new Error(`No sheet named "${name}"`);
    return id;
  }

  private grid(sheet: string): SparseGrid {
    const id = this.sheetId(sheet);
    let grid = this.backgrounds.get(id);
    if (!grid) {
      grid = new SparseGrid();
      this.backgrounds.set(id, grid);
    }
    return grid;
  }

  private block(sheet: string, row: number, col: number, numRows: number, numCols: number): Block {
    return { sheet: this.sheetId(sheet), row, col, numRows, numCols };
  }

  private structural(sheet: string, fn: (id: number, grid: SparseGrid) => void): void {
    const id = this.sheetId(sheet);
    const grid = this.grid(sheet);
    this.edit(() => {
      fn(id, grid);
      this.engine.changed.add(id);
    });
  }

  /** Every mutation goes through here: recalc (unless batching), settle, notify. */
  private edit(fn: () => void): void {
    this.shifted.invalidateValues();
    if (this.batchDepth > 0) {
      fn();
      return;
    }
    this.engine.beginEdit();
    fn();
    this.settle();
    this.emit([]);
  }

  /**
   * Every read goes through here. HyperFormula refuses reads while evaluation is suspended,
   * and Sheets flushes pending edits before a read anyway, so a read inside batch()
   * evaluates what is pending and then goes on batching.
   */
  private read<T>(fn: () => T): T {
    if (this.batchDepth === 0 || !this.hf.isEvaluationSuspended()) return fn();
    this.hf.resumeEvaluation();
    this.settle();
    try {
      return fn();
    } finally {
      this.hf.suspendEvaluation();
    }
  }

  private settle(): void {
    this.engine.settle();
    this.shifted.invalidateValues();
  }

  private emit(extra: number[]): void {
    for (const id of extra) this.engine.changed.add(id);
    if (this.batchDepth > 0) return;
    const names = this.order
      .filter((id) => this.engine.changed.has(id))
      .map((id) => this.hf.getSheetName(id) ?? '');
    names.push(...this.removedNames);
    this.removedNames = [];
    this.engine.changed.clear();
    if (names.length === 0) return;
    for (const l of [...this.listeners]) l(names);
  }
}
