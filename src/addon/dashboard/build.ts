// Menu item "Build dashboard": the sheet 'KPI Guard dashboard' with one row per marked column
// of every sheet, all live formulas (layout.ts), written in one call. Building again replaces
// the contents of the same sheet; the user asked to see it, so it becomes the active tab.
import { type Translator, translator } from '../../i18n/translate';
import { DASHBOARD_SHEET_NAME } from '../artifacts';
import { ensureAsOfRange } from '../asOf';
import { helperColumnsOf } from '../colours';
import { STALE_TABLE } from '../schedule/staleTable';
import { spreadsheetLocale } from '../uiLocale';
import { DASHBOARD_COLUMNS, dashboardGrid, dashboardPosition, type LinkColumn } from './layout';
import { markedSheets } from './markedSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a build waits for another KPI Guard write (a save, a scheduled run) to end. */
const LOCK_WAIT_MS = 10_000;

/**
 * Writes the dashboard grid into its sheet (made at the end when missing) under the caller's
 * lock: one setValues over the new grid and whatever an earlier, larger build left. Returns
 * the sheet and the number of column rows, or null when nothing is marked.
 */
export function writeDashboard(
  spreadsheet: Spreadsheet,
  words: Translator,
): { sheet: Sheet; rows: number } | null {
  const sources = markedSheets(spreadsheet, words.locale);
  if (sources.length === 0) return null;
  // Where the colours keep each link's KPI_ISOLATION flags: one read of the helper per sheet.
  const links = new Map(
    sources.map(({ sheet, settings }) => [settings.sheetId, helperColumnsOf(sheet, settings)]),
  );
  const grid = dashboardGrid({
    sheets: sources.map((s) => s.settings),
    links: (settings, kpi) =>
      (links.get(settings.sheetId)?.get(kpi.position) ?? []).map(
        (link): LinkColumn => ({ counterpartPosition: link.counterpartPosition, range: link.a1 }),
      ),
    staleTable: STALE_TABLE,
    words,
  });
  const sheet =
    spreadsheet.getSheetByName(DASHBOARD_SHEET_NAME) ??
    spreadsheet.insertSheet(DASHBOARD_SHEET_NAME, spreadsheet.getNumSheets());
  const height = Math.max(grid.length, sheet.getLastRow());
  const width = Math.max(DASHBOARD_COLUMNS.length, sheet.getLastColumn());
  const maxRows = sheet.getMaxRows();
  if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
  const cells = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? ''),
  );
  sheet.getRange(1, 1, height, width).setValues(cells);
  if (grid.length > 1) {
    sheet.getRange(2, dashboardPosition('progress'), grid.length - 1, 1).setNumberFormat('0%');
  }
  sheet.setFrozenRows(1);
  return { sheet, rows: grid.length - 1 };
}

export function buildDashboard(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // Headings, names and toasts in the spreadsheet's language: one read for the whole build.
  const words = translator(spreadsheetLocale(spreadsheet));
  const { t } = words;
  // TARGET_PACE formulas pass KPIGUARD_AS_OF: it must exist before they are written.
  ensureAsOfRange();
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) {
    spreadsheet.toast(t('toast.busy'), t('toast.dashboardTitle'));
    return;
  }
  let built: { sheet: Sheet; rows: number } | null;
  try {
    built = writeDashboard(spreadsheet, words);
    // https://developers.google.com/apps-script/reference/lock/lock#releaseLock(): flush
    // before releasing, so the writes land while this run still holds the lock.
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
  if (!built) {
    spreadsheet.toast(t('toast.dashboardNothing'), t('toast.dashboardTitle'));
    return;
  }
  built.sheet.activate();
  spreadsheet.toast(t('toast.dashboardBuilt', { count: built.rows }), t('toast.dashboardTitle'));
}
