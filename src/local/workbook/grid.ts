// Per-cell data kept beside HyperFormula (backgrounds, number formats). It must follow the cells
// through the same structural edits HyperFormula applies to formulas.

/**
 * Moves `n` items starting at `from` so they sit before the item that was at `to`
 * (pre-move index, as Apps Script's moveColumns/moveRows and HyperFormula count it).
 */
export function moveSlice<T>(arr: T[], from: number, n: number, to: number): void {
  if (to >= from && to <= from + n) return;
  while (arr.length < Math.max(from + n, to)) arr.push(undefined as T);
  const moved = arr.splice(from, n);
  arr.splice(to > from ? to - n : to, 0, ...moved);
}

/** A sparse 2-D store of strings, row-major; holes and null mean "nothing set". */
export class SparseGrid {
  private rows: (string | null)[][] = [];

  get(row: number, col: number): string | null {
    return this.rows[row]?.[col] ?? null;
  }

  /** The numRows × numCols block from (row, col), null where nothing is set. */
  block(row: number, col: number, numRows: number, numCols: number): (string | null)[][] {
    return Array.from({ length: numRows }, (_, i) =>
      Array.from({ length: numCols }, (_, j) => this.get(row + i, col + j)),
    );
  }

  set(row: number, col: number, value: string | null): void {
    if (value === null && this.rows[row] === undefined) return;
    if (this.rows[row] === undefined) this.rows[row] = [];
    this.rows[row][col] = value;
  }

  insertRows(row: number, n: number): void {
    if (row < this.rows.length) this.rows.splice(row, 0, ...new Array<(string | null)[]>(n));
  }

  deleteRows(row: number, n: number): void {
    if (row < this.rows.length) this.rows.splice(row, n);
  }

  insertColumns(col: number, n: number): void {
    for (const r of this.rows) {
      if (r && col < r.length) r.splice(col, 0, ...new Array<string | null>(n));
    }
  }

  deleteColumns(col: number, n: number): void {
    for (const r of this.rows) if (r && col < r.length) r.splice(col, n);
  }

  moveColumns(from: number, n: number, to: number): void {
    for (const r of this.rows) if (r) moveSlice(r, from, n, to);
  }

  moveRows(from: number, n: number, to: number): void {
    moveSlice(this.rows, from, n, to);
  }

  /** Dense copy, trimmed to the last row/column holding a value; [] when empty. */
  toArray(): (string | null)[][] {
    let height = 0;
    let width = 0;
    this.rows.forEach((r, i) => {
      if (!r) return;
      r.forEach((v, j) => {
        if (v !== null && v !== undefined) {
          height = Math.max(height, i + 1);
          width = Math.max(width, j + 1);
        }
      });
    });
    const out: (string | null)[][] = [];
    for (let i = 0; i < height; i++) {
      const row: (string | null)[] = [];
      for (let j = 0; j < width; j++) row.push(this.get(i, j));
      out.push(row);
    }
    return out;
  }

  /** A grid holding `rows` (same shape rules as SheetData.backgrounds); empty if none. */
  static from(rows: readonly (readonly (string | null)[])[] | undefined): SparseGrid {
    const grid = new SparseGrid();
    rows?.forEach((row, i) => {
      row.forEach((value, j) => {
        grid.set(i, j, value);
      });
    });
    return grid;
  }

  clone(): SparseGrid {
    const copy = new SparseGrid();
    copy.rows = this.rows.map((r) => (r ? [...r] : r));
    return copy;
  }
}
