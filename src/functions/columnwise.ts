// KPI_TREND and KPI_HEALTH answer once per column of their range: one cell for one column,
// a row of answers for several.
import { toNumberOrNull } from '../core';
import { type CellResult, type Grid, shapeOf, toGrid } from './args';

/**
 * The last `keep` present values of column c, oldest first. Read from the bottom up, so a
 * health check on a 100,000-row column touches only the rows its window needs.
 */
function trailingPresent(grid: Grid, c: number, keep: number): number[] {
  const values: number[] = [];
  for (let r = grid.length - 1; r >= 0 && values.length < keep; r--) {
    const value = toNumberOrNull(grid[r][c]);
    if (value !== null) values.push(value);
  }
  return values.reverse();
}

export function perColumn(
  values: unknown,
  answer: (present: number[]) => string,
  keep = Number.POSITIVE_INFINITY,
): CellResult {
  const grid = toGrid(values);
  const [, cols] = shapeOf(grid);
  const answers: string[] = [];
  for (let c = 0; c < cols; c++) answers.push(answer(trailingPresent(grid, c, keep)));
  return answers.length === 1 ? answers[0] : [answers];
}
