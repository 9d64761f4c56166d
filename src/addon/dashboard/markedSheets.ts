// Every user sheet with marked columns, with its settings: what the dashboard shows and the
// scheduled run snapshots. KPI Guard's own sheets are skipped (they carry no settings).
import type { UiLocale } from '../../i18n/locale';
import { HISTORY_SHEET_NAME, OWNED_SHEET_NAMES } from '../artifacts';
import type { SheetSettings } from '../settings/sheetSettings';
import { readSheetSettings } from '../settings/store';
import { dashboardColumns } from './layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface MarkedSheet {
  sheet: Sheet;
  settings: SheetSettings;
}

const OWN_SHEETS = new Set([...OWNED_SHEET_NAMES, HISTORY_SHEET_NAME]);

/**
 * The sheets, in tab order, that have at least one KPI, target or Time column; their column
 * names ("Column C" for a blank header) in `locale`'s language.
 */
export function markedSheets(spreadsheet: Spreadsheet, locale: UiLocale): MarkedSheet[] {
  const found: MarkedSheet[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    if (OWN_SHEETS.has(sheet.getName())) continue;
    const settings = readSheetSettings(sheet, locale);
    if (dashboardColumns(settings).length > 0) found.push({ sheet, settings });
  }
  return found;
}
