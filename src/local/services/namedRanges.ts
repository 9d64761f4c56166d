// Named ranges: a name for a block of cells that follows structural edits like the cells do,
// and that formulas can use (=SUM(Leads), =TARGET_PACE(..., KPIGUARD_AS_OF)): every change is
// handed to the workbook engine as a named expression.
import { SERVICE } from './bridge';
import type { Dimension, StructureListener } from './context';
import { invalidArgument } from './errors';
import { deleteFromGrid, type GridRange, insertIntoGrid, moveInGrid } from './gridRange';
import type { SpreadsheetModel } from './model';
import type { Range } from './range';

const NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** A name setNamedRange accepts: letters, digits, _ and ., and not a cell reference. */
export function isNamedRangeName(name: string): boolean {
  return NAME.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
}

export class NamedRange {
  readonly [SERVICE] = { className: 'NamedRange', counted: true };

  constructor(
    private readonly model: SpreadsheetModel,
    private name: string,
  ) {}

  getName(): string {
    return this.name;
  }

  getRange(): Range {
    const g = this.model.namedRanges.grid(this.name);
    if (!g) throw invalidArgument('The named range was removed.');
    return this.model.rangeOf(g);
  }

  setName(name: string): NamedRange {
    this.model.ctx.assertWritable('setName');
    this.model.namedRanges.rename(this.name, name);
    this.name = name;
    return this;
  }

  setRange(range: Range): NamedRange {
    this.model.ctx.assertWritable('setRange');
    this.model.namedRanges.set(this.name, range.grid());
    return this;
  }

  remove(): void {
    this.model.ctx.assertWritable('remove');
    this.model.namedRanges.remove(this.name);
  }
}

export class NamedRangeStore implements StructureListener {
  private readonly grids = new Map<string, GridRange>();

  constructor(private readonly model: SpreadsheetModel) {}

  /** The formula engine's copy of one name, from the store's grid (or its removal). */
  private sync(name: string): void {
    const wb = this.model.ctx.workbook;
    const g = this.grids.get(name);
    if (!g) {
      wb.removeNamedRange(name);
      return;
    }
    const sheet = this.model.ctx.sheets.get(g.sheetId).name;
    const rows = g.wholeColumns || g.toLastRow ? null : g.numRows;
    const cols = g.wholeRows || g.toLastColumn ? null : g.numCols;
    wb.setNamedRange(name, sheet, g.row - 1, g.col - 1, rows, cols);
  }

  names(): string[] {
    return [...this.grids.keys()];
  }

  grid(name: string): GridRange | undefined {
    return this.grids.get(name);
  }

  set(name: string, g: GridRange): void {
    if (!isNamedRangeName(name)) throw invalidArgument('name');
    this.grids.set(name, { ...g });
    this.sync(name);
  }

  rename(from: string, to: string): void {
    const g = this.grids.get(from);
    if (!g) return;
    this.remove(from);
    this.set(to, g);
  }

  remove(name: string): void {
    this.grids.delete(name);
    this.sync(name);
  }

  /** After a sheet is renamed, the engine's copies name it anew. */
  sheetRenamed(sheetId: number): void {
    for (const [name, g] of this.grids) if (g.sheetId === sheetId) this.sync(name);
  }

  inserted(sheetId: number, dim: Dimension, at: number, n: number): void {
    this.update(sheetId, (g) => insertIntoGrid(g, dim, at, n));
  }

  deleted(sheetId: number, dim: Dimension, at: number, n: number): void {
    this.update(sheetId, (g) => deleteFromGrid(g, dim, at, n));
  }

  moved(sheetId: number, dim: Dimension, from: number, n: number, dest: number): void {
    this.update(sheetId, (g) => moveInGrid(g, dim, from, n, dest)[0] ?? null);
  }

  sheetRemoved(sheetId: number): void {
    this.update(sheetId, () => null);
  }

  private update(sheetId: number, f: (g: GridRange) => GridRange | null): void {
    for (const [name, g] of [...this.grids]) {
      if (g.sheetId !== sheetId) continue;
      const next = f(g);
      if (next) this.grids.set(name, next);
      else this.grids.delete(name);
      this.sync(name);
    }
  }
}
