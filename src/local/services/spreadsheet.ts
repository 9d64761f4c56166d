// Spreadsheet: the open document. Sheets are addressed by stable id (see SheetRegistry).
import { parseA1 } from './a1';
import { SERVICE } from './bridge';
import { invalidArgument, serviceError } from './errors';
import type { SpreadsheetModel } from './model';
import { NamedRange } from './namedRanges';
import type { Range } from './range';
import type { Sheet } from './sheet';

export class Spreadsheet {
  readonly [SERVICE] = { className: 'Spreadsheet', counted: true };
  private timeZone: string;

  constructor(private readonly model: SpreadsheetModel) {
    this.timeZone = model.ctx.timeZone;
  }

  private get ctx() {
    return this.model.ctx;
  }

  getId(): string {
    return this.ctx.spreadsheetId;
  }

  getName(): string {
    return this.ctx.spreadsheetName;
  }

  rename(name: string): void {
    this.ctx.assertWritable('rename');
    this.ctx.spreadsheetName = name;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.ctx.spreadsheetId}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: string): void {
    this.ctx.assertWritable('setSpreadsheetTimeZone');
    this.timeZone = timeZone;
  }

  /** The locale the workbook reads typed text and shows numbers in ("en_US", "nl_NL"). */
  getSpreadsheetLocale(): string {
    return this.ctx.workbook.locale;
  }

  getSheets(): Sheet[] {
    return this.ctx.sheets.all().map((s) => this.model.sheet(s.id));
  }

  getNumSheets(): number {
    return this.ctx.sheets.all().length;
  }

  getSheetByName(name: string): Sheet | null {
    const state = this.ctx.sheets.byName(name);
    return state ? this.model.sheet(state.id) : null;
  }

  getSheetById(id: number): Sheet | null {
    return this.ctx.sheets.exists(id) ? this.model.sheet(id) : null;
  }

  /** insertSheet(), (index), (name), (name, index): index is 0-based; the new sheet is activated. */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    this.ctx.assertWritable('insertSheet');
    const existing = this.ctx.sheets.all();
    const name =
      typeof nameOrIndex === 'string' ? nameOrIndex : this.freeName(existing.map((s) => s.name));
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? existing.length);
    if (existing.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw serviceError(
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    }
    if (at < 0 || at > existing.length) throw invalidArgument('sheetIndex');
    this.ctx.workbook.addSheet(name, at);
    const state = this.ctx.sheets.byName(name);
    if (!state) throw serviceError(`Could not add sheet ${name}`);
    this.ctx.sheets.setActive(state.id);
    return this.model.sheet(state.id);
  }

  private freeName(taken: string[]): string {
    for (let n = taken.length + 1; ; n++) if (!taken.includes(`Sheet${n}`)) return `Sheet${n}`;
  }

  deleteSheet(sheet: Sheet): void {
    this.ctx.assertWritable('deleteSheet');
    if (this.ctx.sheets.all().length === 1) {
      throw serviceError("You can't remove all the sheets in a document.");
    }
    const id = sheet.getSheetId();
    this.ctx.workbook.removeSheet(sheet.getName());
    this.ctx.notifySheetRemoved(id);
  }

  getActiveSheet(): Sheet {
    return this.model.sheet(this.ctx.sheets.active().id);
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.ctx.sheets.setActive(sheet.getSheetId());
    return sheet;
  }

  /** The selection on the active sheet (Spreadsheet#getActiveRange). */
  getActiveRange(): Range | null {
    return this.getActiveSheet().getActiveRange();
  }

  getActiveCell(): Range {
    return this.getActiveSheet().getActiveCell();
  }

  getCurrentCell(): Range | null {
    return this.getActiveSheet().getCurrentCell();
  }

  /**
   * "Sets the specified range as the active range in the active sheet, with the top left cell in
   * the range as the current cell." (Spreadsheet#setActiveRange); its sheet becomes active.
   */
  setActiveRange(range: Range): Range {
    return range.activate();
  }

  /** setActiveSelection(range) or (a1Notation on the active sheet). */
  setActiveSelection(range: Range | string): Range {
    return typeof range === 'string'
      ? this.getActiveSheet().getRange(range).activate()
      : range.activate();
  }

  renameActiveSheet(newName: string): void {
    this.ctx.assertWritable('renameActiveSheet');
    const id = this.ctx.sheets.active().id;
    this.ctx.sheets.rename(id, newName);
    this.model.namedRanges.sheetRenamed(id);
  }

  /** A1 with an optional sheet name; without one, the active sheet. */
  getRange(a1: string): Range {
    const ref = parseA1(a1);
    const sheet = ref.sheet === null ? this.getActiveSheet() : this.getSheetByName(ref.sheet);
    if (!sheet) throw invalidArgument(`Range not found: ${a1}`);
    return this.model.range(sheet.getSheetId(), ref);
  }

  getRangeByName(name: string): Range | null {
    const g = this.model.namedRanges.grid(name);
    return g ? this.model.rangeOf(g) : null;
  }

  setNamedRange(name: string, range: Range): void {
    this.ctx.assertWritable('setNamedRange');
    this.model.namedRanges.set(name, range.grid());
  }

  removeNamedRange(name: string): void {
    this.ctx.assertWritable('removeNamedRange');
    this.model.namedRanges.remove(name);
  }

  getNamedRanges(): NamedRange[] {
    return this.model.namedRanges.names().map((n) => new NamedRange(this.model, n));
  }

  addDeveloperMetadata(key: string, value?: string | null, visibility?: string): Spreadsheet {
    this.ctx.assertWritable('addDeveloperMetadata');
    this.model.metadata.add({ type: 'SPREADSHEET' }, key, value, visibility);
    return this;
  }

  getDeveloperMetadata() {
    return this.model.metadata.atLocation({ type: 'SPREADSHEET' });
  }

  createDeveloperMetadataFinder() {
    return this.model.metadata.finder({ kind: 'spreadsheet' });
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.ctx.ui.toasts.push({
      title: title ?? '',
      message: String(msg),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  toString(): string {
    return 'Spreadsheet';
  }
}
