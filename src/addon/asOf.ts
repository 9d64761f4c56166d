// The as-of date: the day date-dependent formulas (TARGET_PACE) judge on, kept in the named
// range KPIGUARD_AS_OF on a small hidden settings sheet. Sheets recalculates a custom function
// only when an argument changes and refuses NOW() or RAND() as one
// (https://developers.google.com/apps-script/guides/sheets/functions#arguments), so a cell
// that should move with the calendar reads this range, and KPI Guard rewrites it: the menu's
// "Refresh as-of date" and the scheduled run. The sidebar judges on the same day
// (currentAsOf), so this is the one module that knows where the as-of date lives.
import { dateTime } from '../core/series';
import { day, translator } from '../i18n/translate';
import { spreadsheetLocale } from './uiLocale';

export const AS_OF_RANGE_NAME = 'KPIGUARD_AS_OF';
export const SETTINGS_SHEET_NAME = 'KPI Guard settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Today in the spreadsheet's time zone, as a formula every locale reads the same way. */
function todayFormula(spreadsheet: Spreadsheet): { formula: string; iso: string } {
  const iso = Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  const [year, month, day] = iso.split('-').map(Number);
  return { formula: `=DATE(${year},${month},${day})`, iso };
}

/** Serializes writes to the settings sheet: two runs (the menu, the schedule) may overlap. */
function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) return fn();
  lock.waitLock(10_000);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/** The settings sheet, created hidden at the end when missing; the user's active tab stays. */
export function settingsSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = spreadsheet.getSheetByName(SETTINGS_SHEET_NAME);
  if (existing) return existing;
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(SETTINGS_SHEET_NAME, spreadsheet.getNumSheets());
  spreadsheet.setActiveSheet(active);
  sheet.hideSheet();
  return sheet;
}

function createAsOfRange(spreadsheet: Spreadsheet): Range {
  const sheet = settingsSheet(spreadsheet);
  // The label beside the date says what it is to anyone who unhides the sheet, in the
  // spreadsheet's language (read here, once: the sheet is created once).
  const label = translator(spreadsheetLocale(spreadsheet)).t('asOf.label');
  sheet.getRange('A1:B1').setValues([[label, todayFormula(spreadsheet).formula]]);
  const cell = sheet.getRange('B1');
  spreadsheet.setNamedRange(AS_OF_RANGE_NAME, cell);
  return cell;
}

/** The KPIGUARD_AS_OF cell, with its settings sheet and today's date if it did not exist. */
export function ensureAsOfRange(): Range {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const found = spreadsheet.getRangeByName(AS_OF_RANGE_NAME);
  if (found) return found;
  return withDocumentLock(
    () => spreadsheet.getRangeByName(AS_OF_RANGE_NAME) ?? createAsOfRange(spreadsheet),
  );
}

/**
 * KPIGUARD_AS_OF becomes today, for a caller that already holds the document lock (the
 * scheduled run). Returns the date written, YYYY-MM-DD.
 */
export function writeAsOfDate(spreadsheet: Spreadsheet): string {
  const { formula, iso } = todayFormula(spreadsheet);
  const cell = spreadsheet.getRangeByName(AS_OF_RANGE_NAME) ?? createAsOfRange(spreadsheet);
  cell.setFormula(formula);
  return iso;
}

/** Menu item "Refresh as-of date": KPIGUARD_AS_OF becomes today. Returns the date written. */
export function refreshAsOfDate(): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const iso = withDocumentLock(() => writeAsOfDate(spreadsheet));
  const { t } = translator(spreadsheetLocale(spreadsheet));
  spreadsheet.toast(
    t('toast.asOfRefreshed', { name: AS_OF_RANGE_NAME, date: day(iso) }),
    t('toast.asOfTitle'),
  );
  return iso;
}

/**
 * The day statuses are computed on, YYYY-MM-DD in the spreadsheet's time zone: the
 * KPIGUARD_AS_OF cell when the workbook has one and it holds a date, else today. Reads only:
 * the sidebar calls it on every load and must not create the settings sheet.
 */
export function currentAsOf(spreadsheet: Spreadsheet): string {
  const ms = dateTime(spreadsheet.getRangeByName(AS_OF_RANGE_NAME)?.getValue());
  const date = ms !== null && Number.isFinite(ms) ? new Date(ms) : new Date();
  return Utilities.formatDate(date, spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}
