// KPI Guard's conditional-format rules on one sheet: read the sheet's rules once, keep every
// rule that is not KPI Guard's in its order, put KPI Guard's where its first one was (first
// when there was none, so the warning shows over a user's rule on the same cells), and write
// them back in one setConditionalFormatRules call. Nothing is written when there is nothing
// of KPI Guard's to add or take away, so a user's rules are never even rewritten.
import { columnLetter } from '../columnLetter';
import { colourRuleFormula, isColourRuleFormula } from './links';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/**
 * The warning background: Sheets' own light red 2, which black text keeps a contrast of about
 * 14:1 on, and which no sample or default style uses for anything else.
 */
export const WARNING_BACKGROUND = '#f4cccc';

/** A KPI to colour: its data cells and the helper columns of its links. */
export interface KpiColouring {
  position: number;
  firstRow: number;
  lastRow: number;
  helperColumns: number[];
}

export function isKpiGuardRule(rule: ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const formula = condition.getCriteriaValues()[0];
  return typeof formula === 'string' && isColourRuleFormula(formula);
}

/** Replaces KPI Guard's rules on a sheet by `kpis`' (none: only removes them). */
export function writeColourRules(sheet: Sheet, kpis: readonly KpiColouring[]): void {
  const existing = sheet.getConditionalFormatRules();
  const others: ConditionalFormatRule[] = [];
  let at = -1;
  for (const rule of existing) {
    if (isKpiGuardRule(rule)) {
      if (at < 0) at = others.length;
    } else {
      others.push(rule);
    }
  }
  if (at < 0 && kpis.length === 0) return;
  const ours = kpis
    .filter((kpi) => kpi.helperColumns.length > 0 && kpi.lastRow >= kpi.firstRow)
    .map((kpi) => {
      const letter = columnLetter(kpi.position);
      return SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(colourRuleFormula(kpi.helperColumns))
        .setBackground(WARNING_BACKGROUND)
        .setRanges([sheet.getRange(`${letter}${kpi.firstRow}:${letter}${kpi.lastRow}`)])
        .build();
    });
  const index = Math.max(at, 0);
  sheet.setConditionalFormatRules([...others.slice(0, index), ...ours, ...others.slice(index)]);
}
