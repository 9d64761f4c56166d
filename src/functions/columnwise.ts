// KPI_TREND and KPI_HEALTH answer once per column of their range: one cell for one column,
// a row of answers for several.
import { presentValues } from '../core';
import { type CellResult, columnsOf, toGrid } from './args';

export function perColumn(values: unknown, answer: (present: number[]) => string): CellResult {
  const columns = columnsOf(toGrid(values));
  const answers = columns.map((column) => answer(presentValues(column)));
  return answers.length === 1 ? answers[0] : [answers];
}
