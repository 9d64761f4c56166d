// A spreadsheet model over HyperFormula for running the add-on without Google: sheets by
// name, 0-based (row, col) blocks in Apps Script's value conventions, cell backgrounds kept
// beside the engine, custom functions called through a host, and change notifications.
// This layer holds the cell-level API; state and edit/read discipline live in core.ts,
// sheet and row/column operations in structure.ts.

import { parseCellInput } from '../io/cellText';
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

/** The plain-text number format: Sheets stores what is typed into such a cell as text. */
export const PLAIN_TEXT = '@';

export class Workbook extends WorkbookStructure {
  /**
   * A workbook holding `data`, built in one step (no per-cell edits): Dates stay dates,
   * "=..." strings are formulas, backgrounds are kept; no change is reported for the load.
   */
  static fromData(data: WorkbookData, opts?: WorkbookOptions): Workbook {
    return new Workbook(opts, prepareSheets(data));
  }
  /** Plain data; the locale is left out when it is the default en_US. */
  toData(): WorkbookData {
    const sheets = this.read(() =>
      this.order.map((id) =>
        sheetToData(this.hf, id, {
          backgrounds: this.backgrounds.get(id) ?? new SparseGrid(),
          numberFormats: this.numberFormats.get(id) ?? new SparseGrid(),
        }),
      ),
    );
    return this.locale === 'en_US' ? { sheets } : { sheets, locale: this.locale };
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
    const formats = this.grid(sheet, this.numberFormats);
    return this.read(() =>
      readDisplay(this.hf, this.block(sheet, row, col, numRows, numCols), formats, this.convention),
    );
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

  /**
   * Writes values as Sheets takes them from setValues or typing: a string is read as input in
   * the spreadsheet's locale ("$42,820" becomes 42820 and, on a cell without a number format,
   * gets "\"$\"#,##0"); a cell formatted as plain text ("@") keeps the string.
   */
  setValues(sheet: string, row: number, col: number, values: CellValue[][]): void {
    const id = this.sheetId(sheet);
    checkRectangular(values);
    if (values.length === 0 || values[0].length === 0) return;
    const formats = this.grid(sheet, this.numberFormats);
    const raw = values.map((r, i) =>
      r.map((v, j) => {
        if (typeof v !== 'string' || v === '' || v.startsWith('=')) return toRaw(v);
        if (formats.get(row + i, col + j) === PLAIN_TEXT) return toRaw(v);
        const input = parseCellInput(v, this.convention);
        if (input.format !== null && formats.get(row + i, col + j) === null) {
          formats.set(row + i, col + j, input.format);
        }
        return toRaw(input.value);
      }),
    );
    this.edit(() => {
      this.hf.setCellContents({ sheet: id, row, col }, raw);
      this.engine.changed.add(id);
    });
  }

  setFormulas(sheet: string, row: number, col: number, formulas: string[][]): void {
    this.setValues(sheet, row, col, formulas);
  }

  /** Number-format patterns; null where the cell has none (automatic). */
  getNumberFormats(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): (string | null)[][] {
    return this.grid(sheet, this.numberFormats).block(row, col, numRows, numCols);
  }

  /** Sets patterns cell by cell; null or "" clears a cell's format. Values are untouched. */
  setNumberFormats(sheet: string, row: number, col: number, formats: (string | null)[][]): void {
    checkRectangular(formats);
    const grid = this.grid(sheet, this.numberFormats);
    formats.forEach((r, i) => {
      r.forEach((f, j) => {
        grid.set(row + i, col + j, f === '' ? null : f);
      });
    });
    this.revision++;
    this.emit([this.sheetId(sheet)]);
  }

  getBackgrounds(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): (string | null)[][] {
    return this.grid(sheet).block(row, col, numRows, numCols);
  }

  setBackgrounds(sheet: string, row: number, col: number, colors: (string | null)[][]): void {
    checkRectangular(colors);
    const grid = this.grid(sheet);
    this.revision++;
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
    // Recalculation, not an edit: the file has nothing new to save (revision stays).
    const revision = this.revision;
    this.edit(() => this.hf.batch(() => {}));
    this.revision = revision;
  }

  // ---- formulas outside cells ---------------------------------------------------------

  /**
   * Evaluates "=..." as if written in the cell `anchor` of `sheet` (0-based, default A1) and
   * copied dRows down and dCols right: relative references shift, $-absolute ones stay, and
   * ROW() is the row it lands on (conditional-format custom formulas: the anchor is the top-left
   * cell of the rule's range).
   */
  evaluateShifted(
    sheet: string,
    formula: string,
    dRows: number,
    dCols: number,
    anchor?: { row: number; col: number },
  ): CellValue {
    return this.read(() =>
      this.shifted.evaluate(this.sheetId(sheet), formula, dRows, dCols, anchor),
    );
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
