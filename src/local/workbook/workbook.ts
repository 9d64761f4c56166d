// A spreadsheet model over HyperFormula for running the add-on without Google: sheets by
// name, 0-based (row, col) blocks in Apps Script's value conventions, cell backgrounds kept
// beside the engine, custom functions called through a host, and change notifications.
// This layer holds the cell-level API; state and edit/read discipline live in core.ts,
// sheet and row/column operations in structure.ts.

import type { CellValue, WorkbookData } from '../types';
import { prepareSheets } from './build';
import { checkRectangular, readBlock, readDisplay, readError, readFormulas, toRaw } from './cells';
import type { WorkbookOptions } from './core';
import { conditionalFormulaProblem, sparklineData } from './formulaEval';
import { SparseGrid } from './grid';
import { absoluteA1, toEngineFormula } from './openRanges';
import { sheetToData } from './sheetData';
import { WorkbookStructure } from './structure';

export type { ChangeListener, WorkbookOptions } from './core';

export class Workbook extends WorkbookStructure {
  /**
   * A workbook holding `data`, built in one step (no per-cell edits): Dates stay dates,
   * "=..." strings are formulas, backgrounds are kept; no change is reported for the load.
   */
  static fromData(data: WorkbookData, opts?: WorkbookOptions): Workbook {
    return new Workbook(opts, prepareSheets(data));
  }
  toData(): WorkbookData {
    return this.read(() => ({
      sheets: this.order.map((id) =>
        sheetToData(this.hf, id, this.backgrounds.get(id) ?? new SparseGrid()),
      ),
    }));
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

  // ---- named ranges --------------------------------------------------------------------

  /**
   * Names a block of cells so formulas can use the name (Spreadsheet.setNamedRange). 0-based;
   * a null height or width reaches the last row or column of the grid (an open "B2:B").
   */
  setNamedRange(
    name: string,
    sheet: string,
    row: number,
    col: number,
    numRows: number | null,
    numCols: number | null,
  ): void {
    const expression = toEngineFormula(`=${absoluteA1(sheet, row, col, numRows, numCols)}`);
    this.edit(() => {
      if (this.hf.getNamedExpression(name)) this.hf.changeNamedExpression(name, expression);
      else this.hf.addNamedExpression(name, expression);
    });
  }

  removeNamedRange(name: string): void {
    if (!this.hf.getNamedExpression(name)) return;
    this.edit(() => {
      this.hf.removeNamedExpression(name);
    });
  }

  /**
   * Recalculates what depends on the clock or on chance (NOW(), TODAY(), RAND(), ...), as
   * Sheets does when time passes; the rest keeps its values.
   */
  recalculateVolatile(): void {
    this.edit(() => this.hf.batch(() => {}));
  }

  // ---- formulas outside cells ---------------------------------------------------------

  /**
   * Evaluates "=..." as if written in A1 of `sheet` and copied dRows down and dCols right:
   * relative references shift, $-absolute ones stay (conditional-format custom formulas).
   */
  evaluateShifted(sheet: string, formula: string, dRows: number, dCols: number): CellValue {
    return this.read(() => this.shifted.evaluate(this.sheetId(sheet), formula, dRows, dCols));
  }

  /** Why Sheets would never apply this conditional-format formula on `sheet`; null if it would. */
  conditionalFormulaProblem(sheet: string, formula: string): string | null {
    return conditionalFormulaProblem(
      this.hf,
      this.sheetId(sheet),
      formula,
      this.engine.customNames,
    );
  }

  /** The numbers a SPARKLINE formula in this cell draws; null if the cell has none. */
  getSparkline(sheet: string, row: number, col: number): number[] | null {
    return this.read(() => sparklineData(this.hf, this.sheetId(sheet), row, col));
  }
}
