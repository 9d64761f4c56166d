// The history sheet, 'KPI Guard history': dated snapshot rows appended by the scheduled run,
// in one write per run. The header row goes in with the first rows; the grid grows first when
// the rows would pass its end (getRange outside the grid is refused). Visible, and left to the
// user: removal asks before deleting it.
import type { Translator } from '../../i18n/translate';
import { HISTORY_SHEET_NAME } from '../artifacts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type HistoryRow = unknown[];

export function historyHeader({ t }: Translator): string[] {
  return [
    t('history.takenAt'),
    t('history.asOf'),
    t('dashboard.sheet'),
    t('dashboard.column'),
    t('dashboard.role'),
    t('dashboard.latest'),
    t('dashboard.health'),
    t('dashboard.trend'),
    t('dashboard.progress'),
    t('dashboard.pace'),
    t('dashboard.isolation'),
    t('dashboard.stale'),
  ];
}

/** Progress is the 9th column: shown as a percentage. */
const PROGRESS_COLUMN = 9;

/** The history sheet, made at the end when missing, leaving the active tab as it was. */
function historySheet(spreadsheet: Spreadsheet): Sheet {
  const existing = spreadsheet.getSheetByName(HISTORY_SHEET_NAME);
  if (existing) return existing;
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(HISTORY_SHEET_NAME, spreadsheet.getNumSheets());
  spreadsheet.setActiveSheet(active);
  return sheet;
}

/**
 * Appends the rows after the last one with content: one write, whatever their number. The
 * header row, when it goes in, is in `words`' language.
 */
export function appendHistory(
  spreadsheet: Spreadsheet,
  rows: readonly HistoryRow[],
  words: Translator,
): void {
  if (rows.length === 0) return;
  const sheet = historySheet(spreadsheet);
  const lastRow = sheet.getLastRow();
  const block = lastRow === 0 ? [historyHeader(words), ...rows] : [...rows];
  const first = lastRow + 1;
  const needed = lastRow + block.length;
  const maxRows = sheet.getMaxRows();
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  sheet.getRange(first, 1, block.length, block[0].length).setValues(block as unknown[][]);
  sheet
    .getRange(first + (lastRow === 0 ? 1 : 0), PROGRESS_COLUMN, rows.length, 1)
    .setNumberFormat('0%');
  if (lastRow === 0) sheet.setFrozenRows(1);
}
