// The helper sheet's columns: one per watched (KPI, counterpart) link of any sheet, each
// holding a header in words on row 1 and a KPI_ISOLATION formula on its sheet's first data
// row. Which link a column serves is kept in developer metadata on the column (key
// HELPER_METADATA_KEY), so a repaint of one sheet finds its own columns, keeps each link in
// the column it had (the colour rules name columns by letter), and never touches another
// sheet's. Every read and write here is a fixed number of calls per link, never per row.
import * as v from 'valibot';
import { HELPER_SHEET_NAME } from '../artifacts';
import { columnLetter } from '../columnLetter';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** Developer-metadata key on each helper column (JSON value, HelperEntrySchema). */
export const HELPER_METADATA_KEY = 'kpiguard.helper';

const HelperEntrySchema = v.strictObject({
  v: v.literal(1),
  /** The user sheet the link belongs to, by its stable id. */
  sheet: v.pipe(v.number(), v.safeInteger()),
  kpi: v.string(),
  counterpart: v.string(),
  /** The row the formula sits on: the sheet's first data row when it was written. */
  row: v.pipe(v.number(), v.safeInteger(), v.minValue(2)),
  formula: v.string(),
  header: v.string(),
});
export type HelperEntry = v.InferOutput<typeof HelperEntrySchema>;

/** A helper column as found: its position and what it serves (null when unreadable). */
export interface HelperColumn {
  column: number;
  entry: HelperEntry | null;
  handle: DeveloperMetadata;
}

function parseEntry(text: string | null): HelperEntry | null {
  try {
    const parsed = v.safeParse(HelperEntrySchema, JSON.parse(text ?? ''));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** The helper sheet, or null when KPI Guard has not made one. */
export function findHelperSheet(spreadsheet: Spreadsheet): Sheet | null {
  return spreadsheet.getSheetByName(HELPER_SHEET_NAME);
}

/** The helper sheet, made hidden at the end when missing; the user's active tab stays. */
export function ensureHelperSheet(spreadsheet: Spreadsheet): Sheet {
  const found = findHelperSheet(spreadsheet);
  if (found) return found;
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(HELPER_SHEET_NAME, spreadsheet.getNumSheets());
  spreadsheet.setActiveSheet(active);
  sheet.hideSheet();
  return sheet;
}

/** Every column of the helper that carries KPI Guard's metadata: one search. */
export function readHelperColumns(helper: Sheet): HelperColumn[] {
  return helper
    .createDeveloperMetadataFinder()
    .withKey(HELPER_METADATA_KEY)
    .find()
    .map((handle) => ({
      column: handle.getLocation().getColumn()?.getColumn() ?? 0,
      entry: parseEntry(handle.getValue()),
      handle,
    }))
    .filter((c) => c.column > 0);
}

/** Writes a link's header and formula into a column (rows 1..row; rows between blank). */
export function writeHelperColumn(
  helper: Sheet,
  column: number,
  entry: HelperEntry,
  previous: HelperColumn | null,
): void {
  const cells: string[][] = [[entry.header]];
  for (let row = 2; row < entry.row; row++) cells.push(['']);
  cells.push([entry.formula]);
  // A formula left below the new one would sit inside its spill and block it.
  const oldRow = previous?.entry?.row ?? 0;
  if (oldRow > entry.row) helper.getRange(oldRow, column).clearContent();
  helper.getRange(1, column, entry.row, 1).setValues(cells);
  const text = JSON.stringify(entry);
  if (previous) {
    previous.handle.setValue(text);
  } else {
    const letter = columnLetter(column);
    helper
      .getRange(`${letter}:${letter}`)
      .addDeveloperMetadata(
        HELPER_METADATA_KEY,
        text,
        SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
      );
  }
}

/** Empties a column a link no longer uses, and forgets it. */
export function clearHelperColumn(helper: Sheet, found: HelperColumn): void {
  if (found.entry) {
    helper
      .getRange(1, found.column, Math.min(found.entry.row, helper.getMaxRows()), 1)
      .clearContent();
  } else {
    // Where an unreadable entry put its formula is unknown: the whole column goes.
    const letter = columnLetter(found.column);
    helper.getRange(`${letter}:${letter}`).clearContent();
  }
  found.handle.remove();
}
