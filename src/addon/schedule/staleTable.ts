// The STALE marks as a small table the dashboard's formulas look up (VLOOKUP by column key),
// kept by the scheduled run on the hidden settings sheet beside the as-of date, in columns
// D:E. The counts behind the marks live in document properties (staleState.ts); this is only
// what the sheet shows, rewritten in one call per run.
import type { Translator } from '../../i18n/translate';
import { sheetPrefix, textCell } from '../a1';
import { SETTINGS_SHEET_NAME, settingsSheet } from '../asOf';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const FIRST_COLUMN = 4; // D

/** What a dashboard formula looks up: 'KPI Guard settings'!$D:$E. */
export const STALE_TABLE = `${sheetPrefix(SETTINGS_SHEET_NAME)}$D:$E`;

/**
 * Rewrites the table: a label row, then one row per stale column key with the STALE word the
 * dashboard shows, both in `words`' language. One write.
 */
export function writeStaleTable(
  spreadsheet: Spreadsheet,
  staleKeys: readonly string[],
  { t }: Translator,
): void {
  const sheet = settingsSheet(spreadsheet);
  const word = t('status.stale');
  const rows: string[][] = [
    [t('schedule.staleTableLabel'), ''],
    ...staleKeys.map((key) => [textCell(key), textCell(word)]),
  ];
  // Rows of an earlier, longer table are blanked in the same write.
  const height = Math.max(rows.length, sheet.getLastRow());
  while (rows.length < height) rows.push(['', '']);
  const maxRows = sheet.getMaxRows();
  if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
  sheet.getRange(1, FIRST_COLUMN, height, 2).setValues(rows);
}
