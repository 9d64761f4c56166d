// Element-wise evaluation shared by TARGET_PROGRESS and TARGET_PACE: every argument is a
// single value or a range, broadcast to one shape; the result has that shape.
import { broadcastShape, type CellResult, type Grid, isGrid, position, type Where } from './args';

type Cell = number | string | boolean | Date;

export interface ElementwiseArg<T> {
  name: string;
  raw: unknown;
  /** Checks one cell; `where` words its position for an error message. */
  read: (value: unknown, where: Where) => T;
}

export function elementwise<T>(
  args: readonly ElementwiseArg<T>[],
  compute: (values: T[]) => Cell,
): CellResult {
  const grids: Grid[] = args.map((arg) => (isGrid(arg.raw) ? arg.raw : [[arg.raw]]));
  const [rows, cols] = broadcastShape(args.map((arg, i) => ({ name: arg.name, grid: grids[i] })));
  let r = 0;
  let c = 0;
  // Positions within each argument's own range, worded only when a cell is wrong.
  const wheres: Where[] = grids.map(
    (grid) => () => position(grid, grid.length === 1 ? 0 : r, grid[0].length === 1 ? 0 : c),
  );
  const values = new Array<T>(args.length);
  const out: Cell[][] = new Array(rows);
  for (r = 0; r < rows; r++) {
    const row = new Array<Cell>(cols);
    for (c = 0; c < cols; c++) {
      for (let i = 0; i < args.length; i++) {
        const grid = grids[i];
        const gridRow = grid.length === 1 ? grid[0] : grid[r];
        values[i] = args[i].read(gridRow.length === 1 ? gridRow[0] : gridRow[c], wheres[i]);
      }
      row[c] = compute(values);
    }
    out[r] = row;
  }
  // A call on single cells answers with a single value, as a formula on one cell expects.
  return args.some((arg) => isGrid(arg.raw)) ? out : out[0][0];
}
