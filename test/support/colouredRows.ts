// What a user sees of the add-on's live colours: which rows of a column show the warning.
import { WARNING_BACKGROUND } from '../../src/addon/colours/rules';
import type { LocalRuntime } from '../../src/local/runtime/createRuntime';

/** Sheet rows (1-based) of a column (1-based) that show the warning colour. */
export function colouredRows(runtime: LocalRuntime, sheet: string, column: number): number[] {
  const rows = runtime.workbook.lastRow(sheet);
  return runtime
    .effectiveBackgrounds(sheet, 0, column - 1, rows, 1)
    .flatMap((line, i) => (line[0] === WARNING_BACKGROUND ? [i + 1] : []));
}
