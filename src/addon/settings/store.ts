// The column store over Apps Script: reads a sheet's KPI Guard settings in a number of
// Spreadsheet calls that does not grow with its rows (one metadata search, one header
// read), and carries out a save plan's writes. Everything read is validated in
// sheetSettings.ts; nothing unreadable is ever written over.
import type { UiLocale } from '../../i18n/locale';
import { message } from '../../i18n/translate';
import { columnLetter } from '../columnLetter';
import type { ColumnWrite } from '../marking/plan';
import {
  COLUMN_METADATA_KEY,
  DEFAULT_HEADER_ROW,
  SETTINGS_VERSION,
  sheetPropertyKey,
} from './keys';
import { parseSheetSettings } from './schema';
import { buildSheetSettings, type SheetSettings } from './sheetSettings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export interface StoreRead {
  settings: SheetSettings;
  /** The metadata objects behind settings' entry indices, for writing. */
  handles: DeveloperMetadata[];
  maxRows: number;
}

function readHeaderSetting(sheetId: number) {
  const text = PropertiesService.getDocumentProperties().getProperty(sheetPropertyKey(sheetId));
  if (text === null)
    return { headerRow: DEFAULT_HEADER_ROW, headerRevision: 0, headerProblem: null };
  const parsed = parseSheetSettings(text);
  if (parsed.ok) {
    return {
      headerRow: parsed.value.headerRow,
      headerRevision: parsed.value.rev,
      headerProblem: null,
    };
  }
  const detail = parsed.why.kind === 'malformed' ? parsed.why.detail : parsed.why.kind;
  // Unreadable: row 1 is used and the problem shown; only an explicit header-row save
  // replaces the property.
  return {
    headerRow: DEFAULT_HEADER_ROW,
    headerRevision: 0,
    headerProblem: message('problem.sheetSettings', { detail }),
  };
}

/** `locale`: the language of the display names ("Column C"); the caller's reader's. */
export function readStore(sheet: Sheet, locale: UiLocale): StoreRead {
  const sheetId = sheet.getSheetId();
  const header = readHeaderSetting(sheetId);
  // One search finds every KPI Guard entry on the sheet; reading an entry is local.
  const handles = sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find();
  const entries = handles.map((metadata) => ({
    position: metadata.getLocation().getColumn()?.getColumn() ?? null,
    value: metadata.getValue(),
  }));
  const maxRows = sheet.getMaxRows();
  const lastColumn = sheet.getLastColumn();
  const width = Math.max(lastColumn, ...entries.map((e) => e.position ?? 0));
  const headerRow = Math.min(header.headerRow, maxRows);
  const headers = width > 0 ? sheet.getRange(headerRow, 1, 1, width).getDisplayValues()[0] : [];
  const settings = buildSheetSettings({
    sheetId,
    sheetName: sheet.getName(),
    ...header,
    headerRow,
    lastColumn,
    headers,
    entries,
    locale,
  });
  return { settings, handles, maxRows };
}

/**
 * The KPI Guard settings of a sheet: marked columns at their current positions with their
 * headers, validated settings and resolved counterpart links, plus unreadable entries and
 * every problem found. Never throws on bad stored data. Column names ("Column C" for a blank
 * header) are made in `locale`'s language.
 */
export function readSheetSettings(sheet: Sheet, locale: UiLocale): SheetSettings {
  return readStore(sheet, locale).settings;
}

/** Carries out a save plan's metadata writes (under the caller's document lock). */
export function applyWrites(
  sheet: Sheet,
  handles: DeveloperMetadata[],
  writes: ColumnWrite[],
): void {
  for (const write of writes) {
    if (write.kind === 'create') {
      const letter = columnLetter(write.position);
      sheet
        .getRange(`${letter}:${letter}`)
        .addDeveloperMetadata(
          COLUMN_METADATA_KEY,
          write.text,
          SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
        );
    } else if (write.kind === 'update') {
      handles[write.entry].setValue(write.text);
    } else {
      handles[write.entry].remove();
    }
  }
}

export function writeHeaderRow(sheetId: number, headerRow: number, previousRevision: number): void {
  const rev = Math.max(previousRevision, 0) + 1;
  PropertiesService.getDocumentProperties().setProperty(
    sheetPropertyKey(sheetId),
    JSON.stringify({ v: SETTINGS_VERSION, headerRow, rev }),
  );
}
