// Developer metadata as data. Row and column metadata stay with their rows and columns:
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
// (metadata moves with its row/column on inserts and moves, and is deleted with it; see also
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata).
import type { Dimension, StructureListener } from './context';
import { deleteFromSpan, insertInSpan, moveSpan } from './dimension';
import type { GridRange } from './gridRange';

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; count: number };

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

export type FinderScope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheetId: number }
  | { kind: 'range'; grid: GridRange };

export interface FinderQuery {
  scope: FinderScope;
  id?: number;
  key?: string;
  value?: string;
  locationType?: string;
  visibility?: string;
  /** Row/column metadata overlapping the range counts, not only metadata inside it. */
  intersecting?: boolean;
}

const DIM_TYPE: Record<Dimension, 'ROW' | 'COLUMN'> = { ROWS: 'ROW', COLUMNS: 'COLUMN' };

function dimensionSpan(g: GridRange, type: 'ROW' | 'COLUMN') {
  return type === 'COLUMN'
    ? { start: g.col, count: g.numCols }
    : { start: g.row, count: g.numRows };
}

export class MetadataStore implements StructureListener {
  private readonly entries = new Map<number, MetadataEntry>();
  // Sheets picks ids itself; any positive integer unique in the spreadsheet will do.
  private nextId = 1001;

  create(
    location: MetadataLocation,
    key: string,
    value: string | null,
    visibility: 'DOCUMENT' | 'PROJECT',
  ): MetadataEntry {
    const entry = { id: this.nextId++, key, value, visibility, location };
    this.entries.set(entry.id, entry);
    return entry;
  }

  /** An entry read back from a saved file, with its id unless another entry has it. */
  restore(entry: MetadataEntry): MetadataEntry {
    const id = this.entries.has(entry.id) ? this.nextId : entry.id;
    this.nextId = Math.max(this.nextId, id + 1);
    const restored = { ...entry, id };
    this.entries.set(id, restored);
    return restored;
  }

  get(id: number): MetadataEntry | undefined {
    return this.entries.get(id);
  }

  remove(id: number): void {
    this.entries.delete(id);
  }

  all(): MetadataEntry[] {
    return [...this.entries.values()];
  }

  /** Metadata attached exactly at a spreadsheet or sheet location. */
  at(location: MetadataLocation): MetadataEntry[] {
    return this.all().filter((e) => {
      if (e.location.type !== location.type) return false;
      if (location.type === 'SPREADSHEET') return true;
      return 'sheetId' in e.location && e.location.sheetId === location.sheetId;
    });
  }

  find(q: FinderQuery): MetadataEntry[] {
    return this.all().filter(
      (e) =>
        this.inScope(e, q.scope, q.intersecting === true) &&
        (q.id === undefined || e.id === q.id) &&
        (q.key === undefined || e.key === q.key) &&
        (q.value === undefined || e.value === q.value) &&
        (q.locationType === undefined || e.location.type === q.locationType) &&
        (q.visibility === undefined || e.visibility === q.visibility),
    );
  }

  private inScope(e: MetadataEntry, scope: FinderScope, intersecting: boolean): boolean {
    const loc = e.location;
    if (scope.kind === 'spreadsheet') return true;
    if (scope.kind === 'sheet') return loc.type !== 'SPREADSHEET' && loc.sheetId === scope.sheetId;
    if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return false;
    const g = scope.grid;
    if (loc.sheetId !== g.sheetId) return false;
    // A column is all rows tall: only a whole-column range can contain it (likewise rows).
    const spansOther = loc.type === 'COLUMN' ? g.wholeColumns : g.wholeRows;
    const span = dimensionSpan(g, loc.type);
    const end = loc.start + loc.count;
    if (intersecting) return loc.start < span.start + span.count && end > span.start;
    return spansOther && loc.start >= span.start && end <= span.start + span.count;
  }

  inserted(sheetId: number, dim: Dimension, at: number, n: number): void {
    for (const e of this.onDimension(sheetId, dim)) {
      const loc = e.location as Extract<MetadataLocation, { start: number }>;
      Object.assign(loc, insertInSpan(loc, at, n));
    }
  }

  deleted(sheetId: number, dim: Dimension, at: number, n: number): void {
    for (const e of this.onDimension(sheetId, dim)) {
      const loc = e.location as Extract<MetadataLocation, { start: number }>;
      const span = deleteFromSpan(loc, at, n);
      if (span) Object.assign(loc, span);
      else this.entries.delete(e.id);
    }
  }

  moved(sheetId: number, dim: Dimension, from: number, n: number, dest: number): void {
    for (const e of this.onDimension(sheetId, dim)) {
      const loc = e.location as Extract<MetadataLocation, { start: number }>;
      // A multi-column location torn apart by the move keeps its first piece.
      Object.assign(loc, moveSpan(loc, from, n, dest)[0]);
    }
  }

  sheetRemoved(sheetId: number): void {
    for (const e of this.all()) {
      if (e.location.type !== 'SPREADSHEET' && e.location.sheetId === sheetId) {
        this.entries.delete(e.id);
      }
    }
  }

  private onDimension(sheetId: number, dim: Dimension): MetadataEntry[] {
    const type = DIM_TYPE[dim];
    return this.all().filter((e) => e.location.type === type && e.location.sheetId === sheetId);
  }
}
