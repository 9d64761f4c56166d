// What a block of cells looks like once conditional formatting is applied: for each cell the
// first rule (in the sheet's rule order) whose custom formula holds decides; its background,
// if it sets one, covers the cell's own. The formula is written for the top-left cell of the
// rule's range and shifts for the others, as in Sheets; ROW() answers the cell's own row.

import type { RuleStore } from '../services/conditionalFormat';
import type { ServiceContext } from '../services/context';
import { containsCell } from '../services/gridRange';
import type { CellValue } from '../types';

function truthy(value: CellValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return false;
}

/** 0-based row/col, like the workbook. */
export function effectiveBackgrounds(
  ctx: ServiceContext,
  rules: RuleStore,
  sheet: string,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): (string | null)[][] {
  const wb = ctx.workbook;
  const own = wb.getBackgrounds(sheet, row, col, numRows, numCols);
  const state = ctx.sheets.byName(sheet);
  if (!state) return own;
  // A rule Sheets would not apply (see RuleStore.problemOf) never matches.
  const sheetRules = rules
    .data(state.id)
    .filter((r) => r.criteria?.type === 'CUSTOM_FORMULA' && !r.problem);
  if (sheetRules.length === 0) return own;
  return own.map((line, i) =>
    line.map((background, j) => {
      const r1 = row + i + 1;
      const c1 = col + j + 1;
      for (const rule of sheetRules) {
        const range = rule.ranges.find((g) => g.sheetId === state.id && containsCell(g, r1, c1));
        if (!range) continue;
        const formula = String(rule.criteria?.values[0] ?? '');
        const top = range.wholeColumns ? 1 : range.row;
        const left = range.wholeRows ? 1 : range.col;
        const anchor = { row: top - 1, col: left - 1 };
        let value: CellValue;
        try {
          value = wb.evaluateShifted(sheet, formula, r1 - top, c1 - left, anchor);
        } catch {
          continue; // an invalid formula never matches
        }
        if (truthy(value)) return rule.format.background ?? background;
      }
      return background;
    }),
  );
}
