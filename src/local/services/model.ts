// The object graph of one emulated spreadsheet: one Spreadsheet, one Sheet per sheet id
// (so the add-on sees stable objects), and the stores that follow structural edits.

import { RuleStore } from './conditionalFormat';
import type { ServiceContext } from './context';
import { MetadataService } from './developerMetadata';
import type { GridRange } from './gridRange';
import { NamedRangeStore } from './namedRanges';
import { Range, type RangeSpec } from './range';
import { Sheet } from './sheet';
import type { Selection } from './sheetRegistry';
import { Spreadsheet } from './spreadsheet';

export class SpreadsheetModel {
  readonly metadata: MetadataService;
  readonly rules: RuleStore;
  readonly namedRanges: NamedRangeStore;
  readonly spreadsheet: Spreadsheet;
  private readonly sheetObjects = new Map<number, Sheet>();

  constructor(readonly ctx: ServiceContext) {
    this.metadata = new MetadataService(this);
    this.rules = new RuleStore(this);
    this.namedRanges = new NamedRangeStore(this);
    this.spreadsheet = new Spreadsheet(this);
    ctx.listeners.push(this.metadata.store, this.rules, this.namedRanges, {
      inserted: () => {},
      deleted: () => {},
      moved: () => {},
      sheetRemoved: (id) => this.sheetObjects.delete(id),
    });
  }

  sheet(id: number): Sheet {
    let sheet = this.sheetObjects.get(id);
    if (!sheet) {
      this.ctx.sheets.get(id); // throws for a deleted sheet
      sheet = new Sheet(this, id);
      this.sheetObjects.set(id, sheet);
    }
    return sheet;
  }

  range(sheetId: number, spec: RangeSpec): Range {
    return new Range(this, sheetId, spec);
  }

  /** The user's selection moves to `selection` on that sheet, which becomes the active one. */
  select(sheetId: number, selection: Selection): void {
    this.ctx.sheets.setActive(sheetId);
    this.ctx.sheets.get(sheetId).selection = { ...selection };
  }

  /** What is selected on a sheet (A1 until something else is). */
  selectionOf(sheetId: number): Range {
    return this.range(sheetId, { ...this.ctx.sheets.get(sheetId).selection });
  }

  /** The top-left cell of a sheet's selection (the current cell). */
  currentCellOf(sheetId: number): Range {
    const { row, col } = this.ctx.sheets.get(sheetId).selection;
    return this.range(sheetId, { row, col, numRows: 1, numCols: 1 });
  }

  rangeOf(g: GridRange): Range {
    return new Range(this, g.sheetId, {
      row: g.row,
      col: g.col,
      numRows: g.wholeColumns || g.toLastRow ? null : g.numRows,
      numCols: g.wholeRows || g.toLastColumn ? null : g.numCols,
    });
  }
}
