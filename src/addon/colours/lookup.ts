// Which helper column holds the KPI_ISOLATION flags of which (KPI, counterpart) link of a
// sheet, for features that read the flags (the dashboard names the counterparts left behind).
// Reads the helper's metadata once; nothing is written.
import { HELPER_SHEET_NAME } from '../artifacts';
import { columnLetter } from '../columnLetter';
import type { Rule } from '../settings/schema';
import type { SheetSettings } from '../settings/sheetSettings';
import { readSheetSettings } from '../settings/store';
import { spreadsheetLocale } from '../uiLocale';
import { findHelperSheet, readHelperColumns } from './helperColumns';
import { colourLinks, quotedSheetName } from './links';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface HelperLinkColumn {
  kpiPosition: number;
  counterpartId: string;
  counterpartPosition: number;
  counterpartName: string;
  rule: Rule;
  /** The helper column, 1-based, and its letter. */
  column: number;
  letter: string;
  /** The first data row of the sheet: helper row r holds the flag of data row r. */
  firstRow: number;
  /** The spilled flags as a formula reads them: 'KPI Guard helper'!D2:D (TRUE, FALSE or blank). */
  a1: string;
}

/**
 * The helper columns of every watched link of a sheet, by KPI column position, as the last
 * repaint wrote them (a link saved but not yet painted has none). Reads the settings unless
 * given, and the helper's metadata once.
 */
export function helperColumnsOf(
  sheet: Sheet,
  settings: SheetSettings = readSheetSettings(sheet, spreadsheetLocale(sheet.getParent())),
): Map<number, HelperLinkColumn[]> {
  const byKpi = new Map<number, HelperLinkColumn[]>();
  const helper = findHelperSheet(sheet.getParent());
  if (!helper) return byKpi;
  const columns = new Map<string, { column: number; row: number }>();
  for (const found of readHelperColumns(helper)) {
    const entry = found.entry;
    if (entry?.sheet === settings.sheetId && entry.row === settings.headerRow + 1) {
      columns.set(`${entry.kpi}\u0000${entry.counterpart}`, {
        column: found.column,
        row: entry.row,
      });
    }
  }
  for (const link of colourLinks(settings)) {
    const at = columns.get(`${link.kpiId}\u0000${link.counterpartId}`);
    if (!at) continue;
    const letter = columnLetter(at.column);
    const list = byKpi.get(link.kpiPosition) ?? [];
    list.push({
      kpiPosition: link.kpiPosition,
      counterpartId: link.counterpartId,
      counterpartPosition: link.counterpartPosition,
      counterpartName: link.counterpartName,
      rule: link.rule,
      column: at.column,
      letter,
      firstRow: at.row,
      a1: `${quotedSheetName(HELPER_SHEET_NAME)}!${letter}${at.row}:${letter}`,
    });
    byKpi.set(link.kpiPosition, list);
  }
  return byKpi;
}

/** The helper columns of one KPI's links (by the KPI's column position), in link order. */
export function helperColumnsFor(
  sheet: Sheet,
  kpiPosition: number,
  settings?: SheetSettings,
): HelperLinkColumn[] {
  return helperColumnsOf(sheet, settings).get(kpiPosition) ?? [];
}
