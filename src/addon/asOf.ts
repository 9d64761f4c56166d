// The as-of date: the day date-dependent formulas (TARGET_PACE) judge on, kept in the named
// range KPIGUARD_AS_OF on a small hidden settings sheet. Sheets recalculates a custom function
// only when an argument changes and refuses NOW() or RAND() as one
// (https://developers.google.com/apps-script/guides/sheets/functions#arguments), so a cell
// that should move with the calendar reads this range, and KPI Guard rewrites it: the menu's
// "Refresh as-of date" and the scheduled run.

export const AS_OF_RANGE_NAME = 'KPIGUARD_AS_OF';
export const SETTINGS_SHEET_NAME = 'KPI Guard settings';
export const AS_OF_LABEL = 'As-of date (KPI Guard formulas judge on this day)';

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
function settingsSheet(spreadsheet: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
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
  // The label beside the date says what it is to anyone who unhides the sheet.
  sheet.getRange('A1:B1').setValues([[AS_OF_LABEL, todayFormula(spreadsheet).formula]]);
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

/** Menu item "Refresh as-of date": KPIGUARD_AS_OF becomes today. Returns the date written. */
export function refreshAsOfDate(): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { formula, iso } = todayFormula(spreadsheet);
  withDocumentLock(() => {
    const cell = spreadsheet.getRangeByName(AS_OF_RANGE_NAME) ?? createAsOfRange(spreadsheet);
    cell.setFormula(formula);
  });
  spreadsheet.toast(`Formulas that use ${AS_OF_RANGE_NAME} now judge on ${iso}.`, 'As-of date');
  return iso;
}
