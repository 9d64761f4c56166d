// Sheet: one tab. Structural edits go to the workbook and are then announced, so developer
// metadata, conditional-format ranges and named ranges move with their rows and columns.
import { parseA1 } from './a1';
import { SERVICE } from './bridge';
import type { ConditionalFormatRule } from './conditionalFormat';
import { invalidArgument, outOfBounds } from './errors';
import type { SpreadsheetModel } from './model';
import { Range } from './range';

const isRange = (value: unknown): value is Range => value instanceof Range;

import type { Spreadsheet } from './spreadsheet';

export class Sheet {
  readonly [SERVICE] = { className: 'Sheet', counted: true };

  constructor(
    private readonly model: SpreadsheetModel,
    readonly sheetId: number,
  ) {}

  private get state() {
    return this.model.ctx.sheets.get(this.sheetId);
  }

  private get ctx() {
    return this.model.ctx;
  }

  getName(): string {
    return this.state.name;
  }

  setName(name: string): Sheet {
    this.ctx.assertWritable('setName');
    this.ctx.sheets.rename(this.sheetId, name);
    this.model.namedRanges.sheetRenamed(this.sheetId);
    return this;
  }

  getSheetId(): number {
    return this.sheetId;
  }

  getIndex(): number {
    return this.ctx.sheets.all().findIndex((s) => s.id === this.sheetId) + 1;
  }

  getParent(): Spreadsheet {
    return this.model.spreadsheet;
  }

  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    if (typeof rowOrA1 === 'string') {
      const ref = parseA1(rowOrA1);
      return this.model.range(this.sheetId, ref);
    }
    if (typeof column !== 'number') throw invalidArgument('column');
    const spec = { row: rowOrA1, col: column, numRows: numRows ?? 1, numCols: numColumns ?? 1 };
    if (spec.row < 1 || spec.col < 1) throw outOfBounds();
    if (spec.numRows < 1) throw invalidArgument('numRows');
    if (spec.numCols < 1) throw invalidArgument('numColumns');
    const state = this.state;
    if (
      spec.row + spec.numRows - 1 > state.maxRows ||
      spec.col + spec.numCols - 1 > state.maxColumns
    ) {
      throw outOfBounds();
    }
    return this.model.range(this.sheetId, spec);
  }

  getDataRange(): Range {
    const rows = Math.max(1, this.getLastRow());
    const cols = Math.max(1, this.getLastColumn());
    return this.model.range(this.sheetId, { row: 1, col: 1, numRows: rows, numCols: cols });
  }

  /** Writes after the last row with content, growing the grid if it is full. */
  appendRow(rowContents: unknown[]): Sheet {
    this.ctx.assertWritable('appendRow');
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw invalidArgument('rowContents');
    // Writing past the grid's edge grows it, as appendRow does in Sheets.
    const row = this.getLastRow() + 1;
    this.model
      .range(this.sheetId, { row, col: 1, numRows: 1, numCols: rowContents.length })
      .setValues([rowContents]);
    return this;
  }

  getLastRow(): number {
    return this.ctx.workbook.lastRow(this.state.name);
  }

  getLastColumn(): number {
    return this.ctx.workbook.lastColumn(this.state.name);
  }

  getMaxRows(): number {
    return this.state.maxRows;
  }

  getMaxColumns(): number {
    return this.state.maxColumns;
  }

  insertColumns(columnIndex: number, numColumns = 1): Sheet {
    this.ctx.assertWritable('insertColumns');
    return this.addColumns(columnIndex, numColumns, this.state.maxColumns);
  }

  /** Inserts before `at`; `last` is the highest `at` allowed (one past the grid for "after"). */
  private addColumns(columnIndex: number, numColumns: number, last: number): Sheet {
    if (columnIndex < 1 || columnIndex > last) throw outOfBounds();
    this.ctx.workbook.insertColumns(this.state.name, columnIndex - 1, numColumns);
    this.ctx.notifyInserted(this.sheetId, 'COLUMNS', columnIndex, numColumns);
    return this;
  }

  insertColumnBefore(before: number): Sheet {
    return this.insertColumns(before, 1);
  }

  insertColumnAfter(after: number): Sheet {
    return this.insertColumnsAfter(after, 1);
  }

  insertColumnsBefore(before: number, howMany: number): Sheet {
    return this.insertColumns(before, howMany);
  }

  /** After the last column is allowed: that is how a grid gains columns at its right edge. */
  insertColumnsAfter(after: number, howMany: number): Sheet {
    this.ctx.assertWritable('insertColumnsAfter');
    return this.addColumns(after + 1, howMany, this.state.maxColumns + 1);
  }

  deleteColumns(columnPosition: number, howMany = 1): void {
    this.ctx.assertWritable('deleteColumns');
    const s = this.state;
    if (columnPosition < 1 || columnPosition + howMany - 1 > s.maxColumns) throw outOfBounds();
    this.ctx.workbook.deleteColumns(s.name, columnPosition - 1, howMany);
    this.ctx.notifyDeleted(this.sheetId, 'COLUMNS', columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  insertRows(rowIndex: number, numRows = 1): Sheet {
    this.ctx.assertWritable('insertRows');
    return this.addRows(rowIndex, numRows, this.state.maxRows);
  }

  private addRows(rowIndex: number, numRows: number, last: number): Sheet {
    if (rowIndex < 1 || rowIndex > last) throw outOfBounds();
    this.ctx.workbook.insertRows(this.state.name, rowIndex - 1, numRows);
    this.ctx.notifyInserted(this.sheetId, 'ROWS', rowIndex, numRows);
    return this;
  }

  insertRowBefore(before: number): Sheet {
    return this.insertRows(before, 1);
  }

  insertRowAfter(after: number): Sheet {
    return this.insertRowsAfter(after, 1);
  }

  insertRowsBefore(before: number, howMany: number): Sheet {
    return this.insertRows(before, howMany);
  }

  /** After the last row is allowed: that is how a grid gains rows at its bottom. */
  insertRowsAfter(after: number, howMany: number): Sheet {
    this.ctx.assertWritable('insertRowsAfter');
    return this.addRows(after + 1, howMany, this.state.maxRows + 1);
  }

  deleteRows(rowPosition: number, howMany = 1): void {
    this.ctx.assertWritable('deleteRows');
    const s = this.state;
    if (rowPosition < 1 || rowPosition + howMany - 1 > s.maxRows) throw outOfBounds();
    this.ctx.workbook.deleteRows(s.name, rowPosition - 1, howMany);
    this.ctx.notifyDeleted(this.sheetId, 'ROWS', rowPosition, howMany);
  }

  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  /**
   * Moves the columns the range spans to before the pre-move column `destinationIndex`.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#moveColumns(Range,Integer)
   */
  moveColumns(columnSpec: Range, destinationIndex: number): void {
    this.ctx.assertWritable('moveColumns');
    const g = columnSpec.grid();
    if (destinationIndex >= g.col && destinationIndex <= g.col + g.numCols) return;
    if (destinationIndex < 1 || destinationIndex > this.state.maxColumns + 1) throw outOfBounds();
    this.ctx.workbook.moveColumns(this.state.name, g.col - 1, g.numCols, destinationIndex - 1);
    this.ctx.notifyMoved(this.sheetId, 'COLUMNS', g.col, g.numCols, destinationIndex);
  }

  hideSheet(): Sheet {
    this.ctx.assertWritable('hideSheet');
    const visible = this.ctx.sheets.all().filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0].id === this.sheetId) {
      throw invalidArgument("You can't hide all the sheets in a document.");
    }
    this.state.hidden = true;
    return this;
  }

  showSheet(): Sheet {
    this.ctx.assertWritable('showSheet');
    this.state.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.state.hidden;
  }

  activate(): Sheet {
    this.ctx.sheets.setActive(this.sheetId);
    return this;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#setActiveRange(Range):
   * "Sets the specified range as the active range in the active sheet, with the top left cell
   * in the range as the current cell." A range of another sheet is refused (not documented).
   */
  setActiveRange(range: Range): Range {
    this.ctx.assertWritable('setActiveRange');
    if (!isRange(range) || range.sheetId !== this.sheetId) throw invalidArgument('range');
    return range.activate();
  }

  /** setActiveSelection(range) or (a1Notation): as setActiveRange. */
  setActiveSelection(range: Range | string): Range {
    return this.setActiveRange(typeof range === 'string' ? this.getRange(range) : range);
  }

  /**
   * "Returns the selected range in the active sheet, or null if there is no active range."
   * (Sheet#getActiveRange). Each sheet keeps its own selection; it starts at A1.
   */
  getActiveRange(): Range | null {
    return this.model.selectionOf(this.sheetId);
  }

  /** The current cell: the top-left cell of the selection. */
  getActiveCell(): Range {
    return this.model.currentCellOf(this.sheetId);
  }

  getCurrentCell(): Range | null {
    return this.model.currentCellOf(this.sheetId);
  }

  getFrozenRows(): number {
    return this.state.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.ctx.assertWritable('setFrozenRows');
    this.state.frozenRows = rows;
  }

  getFrozenColumns(): number {
    return this.state.frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    this.ctx.assertWritable('setFrozenColumns');
    this.state.frozenColumns = columns;
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.model.rules.get(this.sheetId);
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.ctx.assertWritable('setConditionalFormatRules');
    this.model.rules.set(this.sheetId, rules);
  }

  clearConditionalFormatRules(): void {
    this.ctx.assertWritable('clearConditionalFormatRules');
    this.model.rules.set(this.sheetId, []);
  }

  addDeveloperMetadata(key: string, value?: string | null, visibility?: string): Sheet {
    this.ctx.assertWritable('addDeveloperMetadata');
    this.model.metadata.add({ type: 'SHEET', sheetId: this.sheetId }, key, value, visibility);
    return this;
  }

  getDeveloperMetadata() {
    return this.model.metadata.atLocation({ type: 'SHEET', sheetId: this.sheetId });
  }

  createDeveloperMetadataFinder() {
    return this.model.metadata.finder({ kind: 'sheet', sheetId: this.sheetId });
  }

  clear(): Sheet {
    this.ctx.assertWritable('clear');
    this.getDataRange().clear();
    return this;
  }

  clearContents(): Sheet {
    this.ctx.assertWritable('clearContents');
    this.getDataRange().clearContent();
    return this;
  }

  toString(): string {
    return 'Sheet';
  }
}
