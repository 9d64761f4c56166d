// Range: a block of cells on one sheet (1-based, as Apps Script counts). Reads and writes go
// to the workbook in one call per method, whatever the size, so the counter can prove that
// add-on operations batch.
import type { CellValue } from '../types';
import { formatA1 } from './a1';
import { SERVICE } from './bridge';
import { invalidArgument, serviceError } from './errors';
import type { GridRange } from './gridRange';
import type { SpreadsheetModel } from './model';
import type { Sheet } from './sheet';

const AUTOMATIC_NUMBER_FORMAT = '0.###############';

export interface RangeSpec {
  row: number;
  col: number;
  /** null: every row of the sheet (whole columns, "B:B"). */
  numRows: number | null;
  /** null: every column of the sheet (whole rows, "2:2"). */
  numCols: number | null;
}

export class Range {
  readonly [SERVICE] = { className: 'Range', counted: true };

  constructor(
    private readonly model: SpreadsheetModel,
    readonly sheetId: number,
    private readonly spec: RangeSpec,
  ) {}

  private get state() {
    return this.model.ctx.sheets.get(this.sheetId);
  }

  private get name(): string {
    return this.state.name;
  }

  /** Resolved extent: whole-column ranges reach the current last row of the grid. */
  grid(): GridRange {
    const s = this.state;
    return {
      sheetId: this.sheetId,
      row: this.spec.row,
      col: this.spec.col,
      numRows: this.spec.numRows ?? s.maxRows - this.spec.row + 1,
      numCols: this.spec.numCols ?? s.maxColumns - this.spec.col + 1,
      wholeColumns: this.spec.numRows === null && this.spec.row === 1,
      wholeRows: this.spec.numCols === null && this.spec.col === 1,
      toLastRow: this.spec.numRows === null,
      toLastColumn: this.spec.numCols === null,
    };
  }

  private write(method: string): GridRange {
    this.model.ctx.assertWritable(method);
    return this.grid();
  }

  private checkShape(data: unknown, g: GridRange): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw invalidArgument('values');
    }
    if (data.length !== g.numRows) {
      throw serviceError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${g.numRows}.`,
      );
    }
    for (const row of data as unknown[][]) {
      if (row.length !== g.numCols) {
        throw serviceError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${g.numCols}.`,
        );
      }
    }
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/range#activate(): "Sets the
   * specified range as the active range, with the top left cell in the range as the current
   * cell." Its sheet becomes the active sheet, which is how a script shows a range on another tab.
   */
  activate(): Range {
    this.model.ctx.assertWritable('activate');
    this.model.select(this.sheetId, { ...this.spec });
    return this;
  }

  getSheet(): Sheet {
    return this.model.sheet(this.sheetId);
  }

  getRow(): number {
    return this.spec.row;
  }

  getColumn(): number {
    return this.spec.col;
  }

  getNumRows(): number {
    return this.grid().numRows;
  }

  getNumColumns(): number {
    return this.grid().numCols;
  }

  getLastRow(): number {
    const g = this.grid();
    return g.row + g.numRows - 1;
  }

  getLastColumn(): number {
    const g = this.grid();
    return g.col + g.numCols - 1;
  }

  getA1Notation(): string {
    const g = this.grid();
    return formatA1(g.row, g.col, g.numRows, g.numCols, g.wholeColumns, g.wholeRows);
  }

  getValues(): CellValue[][] {
    const g = this.grid();
    return this.model.ctx.workbook.getValues(this.name, g.row - 1, g.col - 1, g.numRows, g.numCols);
  }

  getValue(): CellValue {
    return this.model.ctx.workbook.getValues(
      this.name,
      this.spec.row - 1,
      this.spec.col - 1,
      1,
      1,
    )[0][0];
  }

  getDisplayValues(): string[][] {
    const g = this.grid();
    const wb = this.model.ctx.workbook;
    return wb.getDisplayValues(this.name, g.row - 1, g.col - 1, g.numRows, g.numCols);
  }

  getDisplayValue(): string {
    const wb = this.model.ctx.workbook;
    return wb.getDisplayValues(this.name, this.spec.row - 1, this.spec.col - 1, 1, 1)[0][0];
  }

  getFormulas(): string[][] {
    const g = this.grid();
    return this.model.ctx.workbook.getFormulas(
      this.name,
      g.row - 1,
      g.col - 1,
      g.numRows,
      g.numCols,
    );
  }

  getFormula(): string {
    const wb = this.model.ctx.workbook;
    return wb.getFormulas(this.name, this.spec.row - 1, this.spec.col - 1, 1, 1)[0][0];
  }

  getBackgrounds(): string[][] {
    const g = this.grid();
    const wb = this.model.ctx.workbook;
    // Apps Script reports an unformatted cell as white.
    return wb
      .getBackgrounds(this.name, g.row - 1, g.col - 1, g.numRows, g.numCols)
      .map((row) => row.map((c) => c ?? '#ffffff'));
  }

  getBackground(): string {
    const wb = this.model.ctx.workbook;
    return (
      wb.getBackgrounds(this.name, this.spec.row - 1, this.spec.col - 1, 1, 1)[0][0] ?? '#ffffff'
    );
  }

  /** "The number or date formatting of the top-left cell of the given range." (Range docs) */
  getNumberFormat(): string {
    return this.getNumberFormatGrid(1, 1)[0][0];
  }

  getNumberFormats(): string[][] {
    const g = this.grid();
    return this.getNumberFormatGrid(g.numRows, g.numCols);
  }

  setNumberFormat(numberFormat: string): Range {
    const g = this.write('setNumberFormat');
    if (typeof numberFormat !== 'string') throw invalidArgument('numberFormat');
    this.model.ctx.workbook.setNumberFormats(
      this.name,
      g.row - 1,
      g.col - 1,
      fill(g, numberFormat),
    );
    return this;
  }

  setNumberFormats(numberFormats: string[][]): Range {
    const g = this.write('setNumberFormats');
    this.checkShape(numberFormats, g);
    if (numberFormats.some((row) => row.some((f) => typeof f !== 'string'))) {
      throw invalidArgument('numberFormats');
    }
    this.model.ctx.workbook.setNumberFormats(this.name, g.row - 1, g.col - 1, numberFormats);
    return this;
  }

  /**
   * A cell without a format reports Sheets' automatic one. Apps Script answers
   * "0.###############" for it (observed, brucemcpherson/gas-fakes#27), not "".
   */
  private getNumberFormatGrid(numRows: number, numCols: number): string[][] {
    const wb = this.model.ctx.workbook;
    return wb
      .getNumberFormats(this.name, this.spec.row - 1, this.spec.col - 1, numRows, numCols)
      .map((row) => row.map((f) => f ?? AUTOMATIC_NUMBER_FORMAT));
  }

  setValues(values: unknown[][]): Range {
    const g = this.write('setValues');
    this.checkShape(values, g);
    this.writeCells(g, values);
    return this;
  }

  /** Sets every cell of the range; text starting with "=" is a formula. */
  setValue(value: unknown): Range {
    const g = this.write('setValue');
    this.writeCells(g, fill(g, value));
    return this;
  }

  setFormulas(formulas: string[][]): Range {
    const g = this.write('setFormulas');
    this.checkShape(formulas, g);
    this.model.ctx.workbook.setFormulas(this.name, g.row - 1, g.col - 1, formulas);
    return this;
  }

  setFormula(formula: string): Range {
    const g = this.write('setFormula');
    this.model.ctx.workbook.setFormulas(this.name, g.row - 1, g.col - 1, fill(g, formula));
    return this;
  }

  setBackgrounds(colors: (string | null)[][]): Range {
    const g = this.write('setBackgrounds');
    this.checkShape(colors, g);
    this.model.ctx.workbook.setBackgrounds(this.name, g.row - 1, g.col - 1, colors);
    return this;
  }

  setBackground(color: string | null): Range {
    const g = this.write('setBackground');
    this.model.ctx.workbook.setBackgrounds(this.name, g.row - 1, g.col - 1, fill(g, color));
    return this;
  }

  clearContent(): Range {
    const g = this.write('clearContent');
    this.model.ctx.workbook.setValues(this.name, g.row - 1, g.col - 1, fill(g, ''));
    return this;
  }

  /** Backgrounds and number formats go; values stay. */
  clearFormat(): Range {
    const g = this.write('clearFormat');
    const wb = this.model.ctx.workbook;
    wb.setBackgrounds(this.name, g.row - 1, g.col - 1, fill(g, null));
    wb.setNumberFormats(this.name, g.row - 1, g.col - 1, fill(g, null));
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Range {
    this.model.ctx.assertWritable('clear');
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) this.clearFormat();
    return this;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const g = this.grid();
    return this.model.range(this.sheetId, {
      row: g.row + rowOffset,
      col: g.col + columnOffset,
      numRows: numRows ?? g.numRows,
      numCols: numColumns ?? g.numCols,
    });
  }

  getDeveloperMetadata() {
    return this.model.metadata.forRange(this.grid(), false);
  }

  addDeveloperMetadata(key: string, value?: string | null, visibility?: string) {
    this.model.ctx.assertWritable('addDeveloperMetadata');
    this.model.metadata.addToRange(this.grid(), key, value, visibility);
    return this;
  }

  createDeveloperMetadataFinder() {
    return this.model.metadata.finder({ kind: 'range', grid: this.grid() });
  }

  /** One workbook write; text starting with "=" becomes a formula, as in Sheets. */
  private writeCells(g: GridRange, values: unknown[][]): void {
    const cells = values.map((row) => row.map(toCell));
    this.model.ctx.workbook.setValues(this.name, g.row - 1, g.col - 1, cells);
  }

  toString(): string {
    return 'Range';
  }
}

function toCell(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  return String(value);
}

function fill<T>(g: GridRange, value: T): T[][] {
  return Array.from({ length: g.numRows }, () => Array<T>(g.numCols).fill(value));
}
