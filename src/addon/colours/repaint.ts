// Repainting one sheet: its links' helper columns rewritten, then its colour rules. Called
// after every save in the sidebar and by each scheduled run (which so extends the rules to
// rows added since); the caller holds the document lock. The number of Spreadsheet calls
// grows with the sheet's links, never with its rows.

import type { UiLocale } from '../../i18n/locale';
import { HISTORY_SHEET_NAME, OWNED_SHEET_NAMES } from '../artifacts';
import type { SheetSettings } from '../settings/sheetSettings';
import { readSheetSettings } from '../settings/store';
import { spreadsheetLocale } from '../uiLocale';
import {
  clearHelperColumn,
  ensureHelperSheet,
  findHelperSheet,
  type HelperColumn,
  type HelperEntry,
  readHelperColumns,
  writeHelperColumn,
} from './helperColumns';
import { type ColourLink, colourLinks, isolationFormula, linkHeader } from './links';
import { type KpiColouring, writeColourRules } from './rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Rows the helper keeps beyond the tallest sheet: its formulas spill as far down as their
 * open-ended ranges reach, and Sheets does not grow a sheet for a spill ("Result was not
 * automatically expanded"), so rows a user adds at the bottom have room until the next repaint.
 */
export const HELPER_HEADROOM_ROWS = 1000;

export interface PaintedLink {
  link: ColourLink;
  /** The helper column (1-based) holding its KPI_ISOLATION formula. */
  column: number;
}

export interface RepaintResult {
  sheetId: number;
  /** The sheet's first data row: helper row r answers for data row r from here down. */
  firstRow: number;
  links: PaintedLink[];
}

const linkKey = (kpi: string, counterpart: string) => `${kpi}\u0000${counterpart}`;

/**
 * Rewrites the helper columns and the colour rules of one sheet from its settings: a column
 * per (KPI, counterpart) link, kept where it was; columns of links that are gone emptied; one
 * rule per KPI with counterparts, over its data cells to the sheet's last row.
 */
export function repaintSheet(
  sheet: Sheet,
  settings: SheetSettings = readSheetSettings(sheet, spreadsheetLocale(sheet.getParent())),
): RepaintResult {
  const spreadsheet = sheet.getParent();
  const links = colourLinks(settings);
  const firstRow = settings.headerRow + 1;
  const result: RepaintResult = { sheetId: settings.sheetId, firstRow, links: [] };
  const existing = findHelperSheet(spreadsheet);
  if (!existing && links.length === 0) {
    writeColourRules(sheet, []);
    return result;
  }
  const helper = existing ?? ensureHelperSheet(spreadsheet);
  const found = readHelperColumns(helper);
  const liveSheets = new Set(spreadsheet.getSheets().map((s) => s.getSheetId()));
  const wanted = new Map(links.map((link) => [linkKey(link.kpiId, link.counterpartId), link]));

  // Keep other sheets' columns and this sheet's still-wanted ones; empty the rest.
  const kept = new Map<string, HelperColumn>();
  const taken = new Set<number>();
  for (const column of found) {
    const entry = column.entry;
    const mine = entry?.sheet === settings.sheetId;
    const key = entry ? linkKey(entry.kpi, entry.counterpart) : '';
    if (entry && !mine && liveSheets.has(entry.sheet)) {
      taken.add(column.column);
    } else if (mine && wanted.has(key) && !kept.has(key)) {
      kept.set(key, column);
      taken.add(column.column);
    } else {
      clearHelperColumn(helper, column);
    }
  }

  let next = 1;
  const freeColumn = () => {
    while (taken.has(next)) next++;
    taken.add(next);
    return next;
  };
  const placed = links.map((link) => {
    const previous = kept.get(linkKey(link.kpiId, link.counterpartId)) ?? null;
    return { link, previous, column: previous?.column ?? freeColumn() };
  });
  const sheetRows = sheet.getMaxRows();
  fitHelperGrid(helper, Math.max(0, ...placed.map((p) => p.column)), sheetRows);

  for (const { link, previous, column } of placed) {
    const entry: HelperEntry = {
      v: 1,
      sheet: settings.sheetId,
      kpi: link.kpiId,
      counterpart: link.counterpartId,
      row: firstRow,
      formula: isolationFormula(settings.sheetName, link, firstRow),
      header: linkHeader(settings.sheetName, link, settings.locale),
    };
    if (JSON.stringify(previous?.entry) !== JSON.stringify(entry)) {
      writeHelperColumn(helper, column, entry, previous);
    }
    result.links.push({ link, column });
  }
  writeColourRules(sheet, colourings(result, sheetRows));
  return result;
}

/** One rule per KPI: its data cells, and its links' helper columns in link order. */
function colourings(result: RepaintResult, lastRow: number): KpiColouring[] {
  const byKpi = new Map<number, KpiColouring>();
  for (const { link, column } of result.links) {
    let kpi = byKpi.get(link.kpiPosition);
    if (!kpi) {
      kpi = { position: link.kpiPosition, firstRow: result.firstRow, lastRow, helperColumns: [] };
      byKpi.set(link.kpiPosition, kpi);
    }
    kpi.helperColumns.push(column);
  }
  return [...byKpi.values()];
}

/** The helper is as wide as its columns and as tall as the tallest sheet plus headroom. */
function fitHelperGrid(helper: Sheet, columns: number, sheetRows: number): void {
  const rows = helper.getMaxRows();
  const wanted = sheetRows + HELPER_HEADROOM_ROWS;
  if (rows < wanted) helper.insertRowsAfter(rows, wanted - rows);
  const width = helper.getMaxColumns();
  if (width < columns) helper.insertColumnsAfter(width, columns - width);
}

/**
 * Repaints every user sheet (not KPI Guard's own sheets, not the history): what a scheduled
 * run calls to extend the colour rules to rows added since, and to drop the helper columns of
 * sheets deleted meanwhile. The caller holds the document lock. Spreadsheet calls grow with
 * the sheets and their links, never with their rows.
 */
export function repaintAllSheets(
  spreadsheet: Spreadsheet,
  // The helper's headers in the spreadsheet's language, read once for every sheet.
  locale: UiLocale = spreadsheetLocale(spreadsheet),
): RepaintResult[] {
  const skip = new Set([...OWNED_SHEET_NAMES, HISTORY_SHEET_NAME]);
  return spreadsheet
    .getSheets()
    .filter((sheet) => !skip.has(sheet.getName()))
    .map((sheet) => repaintSheet(sheet, readSheetSettings(sheet, locale)));
}
