// Where KPI Guard keeps its settings, and the limits it keeps them within. The names are a
// contract: every later feature (painting, dashboard, schedule, removal) reads them.

/**
 * The developer-metadata key on each marked column (JSON value). Metadata on a column stays
 * with it: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 * "if developer metadata is associated with row 5 and another row is then subsequently
 * inserted above row 5, that original metadata will still be associated with the row it was
 * first associated with ... If the associated object is deleted its metadata is deleted too."
 * Written with PROJECT visibility: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility
 * "Project-visible metadata is only visible to and accessible by the developer project that
 * created the metadata" (not a secret: users with view access can see it).
 */
export const COLUMN_METADATA_KEY = 'kpiguard.column';

/** Document property holding one sheet's settings (header row), by the sheet's stable id. */
export function sheetPropertyKey(sheetId: number): string {
  return `kpiguard.sheet.${sheetId}`;
}

/** The schema version this code writes and reads; a higher one comes from a newer KPI Guard. */
export const SETTINGS_VERSION = 1;

/**
 * The longest column-settings JSON KPI Guard writes or accepts. Far above what real settings
 * need (a KPI with 50 counterparts is about 4,000 characters) and well inside the
 * spreadsheet's developer-metadata quota; anything longer was not written by KPI Guard.
 */
export const MAX_SETTINGS_CHARS = 8000;

/** At most this many counterparts per KPI. */
export const MAX_COUNTERPARTS = 50;

/** A counterpart's header is kept (shortened) so a dropped link can still be named. */
export const MAX_LABEL_CHARS = 100;

/** The header row may be anywhere in the first rows of the sheet. */
export const DEFAULT_HEADER_ROW = 1;
