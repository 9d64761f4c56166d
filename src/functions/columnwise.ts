// KPI_TREND and KPI_HEALTH answer once per column of their range: one cell for one column,
// a row of answers for several.
import { InputError, toNumberOrNull } from '../core';
import { type CellResult, describeValue, type Grid, isNumberText, shapeOf, toGrid } from './args';

interface Trailing {
  /** The present values read, oldest first. */
  values: number[];
  /** Cells read that hold a number as text ("$42,820", "30"), and the lowest such row. */
  numberTexts: number;
  numberTextRow: number;
}

/**
 * The last `read` present values of column c, oldest first. Read from the bottom up, so a
 * health check on a 100,000-row column touches only the rows its window needs. Numbers kept
 * as text are counted among the rows of the last `keep` values (the window); the rows above
 * it are read only for the trend's persistence.
 */
function trailingPresent(grid: Grid, c: number, keep: number, read: number): Trailing {
  const values: number[] = [];
  let numberTexts = 0;
  let numberTextRow = -1;
  for (let r = grid.length - 1; r >= 0 && values.length < read; r--) {
    const cell = grid[r][c];
    const value = toNumberOrNull(cell);
    if (value !== null) values.push(value);
    else if (values.length < keep && typeof cell === 'string' && isNumberText(cell)) {
      numberTexts++;
      numberTextRow = r;
    }
  }
  return { values: values.reverse(), numberTexts, numberTextRow };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * A series Sheets kept as text (currency in a format it did not recognise, numbers pasted
 * with an apostrophe) would otherwise answer a bare INSUFFICIENT DATA or NO DATA, or judge
 * the few cells that did parse. The rule: among the rows the answer reads, cells holding a
 * number as text outnumber cells holding a number. A text header, notes such as "n/a", or
 * one stray "30" among real numbers do not trip it.
 */
function refuseNumbersAsText(grid: Grid, c: number, cols: number, read: Trailing): void {
  if (read.numberTexts === 0 || read.numberTexts <= read.values.length) return;
  const column = cols === 1 ? 'values' : `values (column ${c + 1})`;
  const example = describeValue(grid[read.numberTextRow][c]);
  throw new InputError(
    `${column} holds numbers as text, e.g. ${example} in row ${read.numberTextRow + 1}: ` +
      `${count(read.numberTexts, 'text cell')} and ${count(read.values.length, 'number')}. ` +
      'Sheets did not read them ' +
      'as numbers; re-enter them as plain numbers, or convert them with VALUE() in a helper column',
  );
}

export function perColumn(
  values: unknown,
  answer: (present: number[]) => string,
  keep = Number.POSITIVE_INFINITY,
  read = keep,
): CellResult {
  const grid = toGrid(values);
  const [, cols] = shapeOf(grid);
  const answers: string[] = [];
  for (let c = 0; c < cols; c++) {
    const column = trailingPresent(grid, c, keep, Math.max(keep, read));
    refuseNumbersAsText(grid, c, cols, column);
    answers.push(answer(column.values));
  }
  return answers.length === 1 ? answers[0] : [answers];
}
