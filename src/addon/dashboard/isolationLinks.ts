// The one place the dashboard learns where the helper sheet keeps a KPI's isolation results.
// The colours feature owns the helper ('KPI Guard helper'): one column per (KPI, counterpart)
// link holding KPI_ISOLATION's TRUE / FALSE / blank, aligned with the data rows. Until its
// own `isolationLinkColumns(sheet, kpiColumn)` is on main, this reads the documented layout:
// row 1 of the helper names each link column `<sheet id>:<KPI id>:<counterpart id>`, and row
// r of that column judges row r of the data sheet. Swapping in the colours feature's function
// is a change to this file only.
import { openColumn } from '../a1';
import { HELPER_SHEET_NAME } from '../artifacts';
import type { MarkedColumn } from '../settings/sheetSettings';
import type { LinkColumn } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The helper's row-1 name of a link column. */
export const helperLinkKey = (sheetId: number, kpiId: string, counterpartId: string) =>
  `${sheetId}:${kpiId}:${counterpartId}`;

/**
 * Per counterpart of `kpi` (in the KPI's order): the helper column judging that link, from the
 * first data row down (open-ended), or null where the helper has none. Reads the helper's
 * first row once: a few calls per KPI, whatever the number of rows.
 */
export function isolationLinkColumns(
  sheet: Sheet,
  kpi: MarkedColumn,
  firstDataRow: number,
): LinkColumn[] {
  const helper = sheet.getParent().getSheetByName(HELPER_SHEET_NAME);
  const width = helper ? helper.getLastColumn() : 0;
  const keys = helper && width > 0 ? helper.getRange(1, 1, 1, width).getDisplayValues()[0] : [];
  return kpi.counterparts.map((link) => {
    const at = keys.indexOf(helperLinkKey(sheet.getSheetId(), kpi.settings.id, link.id));
    return {
      counterpartPosition: link.position,
      range: at < 0 ? null : openColumn(HELPER_SHEET_NAME, at + 1, firstDataRow),
    };
  });
}
