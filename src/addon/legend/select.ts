// Sidebar endpoint: a legend link selects the coloured cells of a run in the sheet, so the
// user sees the rows the sentence is about (the sheet's tab is shown if it is not).
import * as v from 'valibot';
import { type Message, message } from '../../i18n/translate';
import type { SelectRowsRequest } from './contract';

/** Sheets' last column (ZZZ) and a bound far above its 10 million cells. */
const SelectRowsSchema = v.strictObject({
  sheetId: v.pipe(v.number(), v.safeInteger()),
  column: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(18_278)),
  firstRow: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(10_000_000)),
  lastRow: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(10_000_000)),
});

export type SelectRowsResult = { ok: true; a1: string } | { ok: false; message: Message };

export function selectRows(request: SelectRowsRequest): SelectRowsResult {
  const parsed = v.safeParse(SelectRowsSchema, request);
  if (!parsed.success || parsed.output.lastRow < parsed.output.firstRow) {
    const detail = parsed.success ? 'rows out of order' : v.summarize(parsed.issues).split('\n')[0];
    return { ok: false, message: message('invalid.payload', { detail }) };
  }
  const { sheetId, column, firstRow, lastRow } = parsed.output;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetById(sheetId);
  if (!sheet) return { ok: false, message: message('save.sheetGone') };
  if (lastRow > sheet.getMaxRows() || column > sheet.getMaxColumns()) {
    return { ok: false, message: message('legend.rowsGone') };
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#activate(): "Sets the
  // specified range as the active range, with the top left cell in the range as the current cell."
  const range = sheet.getRange(firstRow, column, lastRow - firstRow + 1, 1).activate();
  return { ok: true, a1: range.getA1Notation() };
}
