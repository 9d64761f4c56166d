// The date statuses are computed on: the named range KPIGUARD_AS_OF when the workbook has
// one (the date every formula KPI Guard writes passes as as_of), else today. One function,
// so it can point at asOf.ts once that is in.
import { dateTime } from '../core/series';

const AS_OF_NAME = 'KPIGUARD_AS_OF';

/** The as-of day, YYYY-MM-DD in the spreadsheet's time zone. */
export function currentAsOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const value = spreadsheet.getRangeByName(AS_OF_NAME)?.getValue();
  const ms = dateTime(value);
  const date = ms !== null && Number.isFinite(ms) ? new Date(ms) : new Date();
  return Utilities.formatDate(date, spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}
