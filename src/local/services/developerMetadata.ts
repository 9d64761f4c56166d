// DeveloperMetadata, DeveloperMetadataLocation and DeveloperMetadataFinder over the
// MetadataStore, plus the helpers Range, Sheet and Spreadsheet use to attach metadata.
import { SERVICE } from './bridge';
import { invalidArgument, serviceError } from './errors';
import type { GridRange } from './gridRange';
import type { FinderQuery, FinderScope, MetadataEntry, MetadataLocation } from './metadataStore';
import { MetadataStore } from './metadataStore';
import type { SpreadsheetModel } from './model';
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

function visibilityOf(visibility: unknown): 'DOCUMENT' | 'PROJECT' {
  if (visibility === undefined || visibility === null) return 'DOCUMENT';
  const text = String(visibility);
  if (text === 'DOCUMENT' || text === 'PROJECT') return text;
  throw invalidArgument('visibility');
}

export class DeveloperMetadataLocation {
  readonly [SERVICE] = { className: 'DeveloperMetadataLocation', counted: true };

  constructor(
    private readonly model: SpreadsheetModel,
    private readonly location: MetadataLocation,
  ) {}

  getLocationType(): string {
    return this.location.type;
  }

  getSpreadsheet(): Spreadsheet | null {
    return this.location.type === 'SPREADSHEET' ? this.model.spreadsheet : null;
  }

  getSheet(): Sheet | null {
    return this.location.type === 'SHEET' ? this.model.sheet(this.location.sheetId) : null;
  }

  getColumn(): Range | null {
    const loc = this.location;
    if (loc.type !== 'COLUMN') return null;
    return this.model.range(loc.sheetId, {
      row: 1,
      col: loc.start,
      numRows: null,
      numCols: loc.count,
    });
  }

  getRow(): Range | null {
    const loc = this.location;
    if (loc.type !== 'ROW') return null;
    return this.model.range(loc.sheetId, {
      row: loc.start,
      col: 1,
      numRows: loc.count,
      numCols: null,
    });
  }
}

export class DeveloperMetadata {
  readonly [SERVICE] = { className: 'DeveloperMetadata', counted: true };

  constructor(
    private readonly model: SpreadsheetModel,
    private readonly id: number,
  ) {}

  private get entry(): MetadataEntry {
    const entry = this.model.metadata.store.get(this.id);
    if (!entry) throw serviceError(`No developer metadata with id ${this.id} exists.`);
    return entry;
  }

  private write(method: string): MetadataEntry {
    this.model.ctx.assertWritable(method);
    return this.entry;
  }

  getId(): number {
    return this.id;
  }

  getKey(): string {
    return this.entry.key;
  }

  getValue(): string | null {
    return this.entry.value;
  }

  getVisibility(): string {
    return this.entry.visibility;
  }

  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.model, { ...this.entry.location });
  }

  setKey(key: string): DeveloperMetadata {
    this.write('setKey').key = String(key);
    return this;
  }

  setValue(value: string | null): DeveloperMetadata {
    this.write('setValue').value = value === null ? null : String(value);
    return this;
  }

  setVisibility(visibility: unknown): DeveloperMetadata {
    this.write('setVisibility').visibility = visibilityOf(visibility);
    return this;
  }

  remove(): void {
    this.model.ctx.assertWritable('remove');
    this.model.metadata.store.remove(this.id);
  }

  moveToColumn(column: Range): DeveloperMetadata {
    const g = column.grid();
    this.write('moveToColumn').location = {
      type: 'COLUMN',
      sheetId: g.sheetId,
      start: g.col,
      count: g.numCols,
    };
    return this;
  }

  moveToRow(row: Range): DeveloperMetadata {
    const g = row.grid();
    this.write('moveToRow').location = {
      type: 'ROW',
      sheetId: g.sheetId,
      start: g.row,
      count: g.numRows,
    };
    return this;
  }

  moveToSheet(sheet: Sheet): DeveloperMetadata {
    this.write('moveToSheet').location = { type: 'SHEET', sheetId: sheet.getSheetId() };
    return this;
  }

  moveToSpreadsheet(): DeveloperMetadata {
    this.write('moveToSpreadsheet').location = { type: 'SPREADSHEET' };
    return this;
  }

  toString(): string {
    return 'DeveloperMetadata';
  }
}

export class DeveloperMetadataFinder {
  readonly [SERVICE] = { className: 'DeveloperMetadataFinder', counted: true };
  private readonly query: FinderQuery;

  constructor(
    private readonly model: SpreadsheetModel,
    scope: FinderScope,
  ) {
    this.query = { scope };
  }

  withId(id: number): DeveloperMetadataFinder {
    this.query.id = id;
    return this;
  }

  withKey(key: string): DeveloperMetadataFinder {
    this.query.key = key;
    return this;
  }

  withValue(value: string): DeveloperMetadataFinder {
    this.query.value = value;
    return this;
  }

  withLocationType(locationType: unknown): DeveloperMetadataFinder {
    this.query.locationType = String(locationType);
    return this;
  }

  withVisibility(visibility: unknown): DeveloperMetadataFinder {
    this.query.visibility = visibilityOf(visibility);
    return this;
  }

  onIntersectingLocations(): DeveloperMetadataFinder {
    this.query.intersecting = true;
    return this;
  }

  find(): DeveloperMetadata[] {
    return this.model.metadata.store
      .find(this.query)
      .map((e) => new DeveloperMetadata(this.model, e.id));
  }
}

/** The metadata operations Spreadsheet, Sheet and Range share. */
export class MetadataService {
  readonly store = new MetadataStore();

  constructor(private readonly model: SpreadsheetModel) {}

  add(location: MetadataLocation, key: string, value?: string | null, visibility?: unknown): void {
    if (typeof key !== 'string' || key === '') throw invalidArgument('key');
    const text = value === undefined || value === null ? null : String(value);
    this.store.create(location, key, text, visibilityOf(visibility));
  }

  /** Only whole rows or whole columns carry metadata in Sheets. */
  addToRange(g: GridRange, key: string, value?: string | null, visibility?: unknown): void {
    const state = this.model.ctx.sheets.get(g.sheetId);
    const allRows = g.wholeColumns || (g.row === 1 && g.numRows === state.maxRows);
    const allCols = g.wholeRows || (g.col === 1 && g.numCols === state.maxColumns);
    if (allRows && !allCols) {
      this.add(
        { type: 'COLUMN', sheetId: g.sheetId, start: g.col, count: g.numCols },
        key,
        value,
        visibility,
      );
    } else if (allCols && !allRows) {
      this.add(
        { type: 'ROW', sheetId: g.sheetId, start: g.row, count: g.numRows },
        key,
        value,
        visibility,
      );
    } else {
      throw serviceError(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
  }

  atLocation(location: MetadataLocation): DeveloperMetadata[] {
    return this.store.at(location).map((e) => new DeveloperMetadata(this.model, e.id));
  }

  forRange(g: GridRange, intersecting: boolean): DeveloperMetadata[] {
    const scope: FinderScope = { kind: 'range', grid: g };
    return this.store
      .find({ scope, intersecting })
      .map((e) => new DeveloperMetadata(this.model, e.id));
  }

  finder(scope: FinderScope): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.model, scope);
  }
}
