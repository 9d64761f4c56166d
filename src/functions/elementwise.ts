// Element-wise evaluation shared by TARGET_PROGRESS and TARGET_PACE: every argument is a
// single value or a range, broadcast to one shape; the result has that shape.
import { broadcastShape, type CellResult, type Grid, isGrid } from './args';

type Cell = number | string | boolean | Date;

export interface ElementwiseArg<T> {
  name: string;
  raw: unknown;
  /** Validates the whole grid once, so errors name the argument and the cell. */
  read: (grid: Grid) => T[][];
}

export function elementwise<T>(
  args: readonly ElementwiseArg<T>[],
  compute: (values: T[]) => Cell,
): CellResult {
  const grids = args.map((arg) => (isGrid(arg.raw) ? arg.raw : [[arg.raw]]));
  const [rows, cols] = broadcastShape(args.map((arg, i) => ({ name: arg.name, grid: grids[i] })));
  const read = args.map((arg, i) => arg.read(grids[i]));
  const values = new Array<T>(args.length);
  const out: Cell[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = new Array<Cell>(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < read.length; i++) {
        const grid = read[i];
        const gridRow = grid.length === 1 ? grid[0] : grid[r];
        values[i] = gridRow.length === 1 ? gridRow[0] : gridRow[c];
      }
      row[c] = compute(values);
    }
    out[r] = row;
  }
  // A call on single cells answers with a single value, as a formula on one cell expects.
  const anyRange = args.some((arg) => isGrid(arg.raw));
  return anyRange ? out : out[0][0];
}
