// Contracts shared by the local runtime, the workbook engine, file I/O and the preview.
// Kept in one small file so each part can be built and tested on its own.

/** A cell value as Apps Script hands it over: blanks are "", dates are Date. */
export type CellValue = number | string | boolean | Date;

/** One sheet as plain data: what CSV/XLSX readers produce and writers consume. */
export interface SheetData {
  name: string;
  /** Row-major. A string starting with "=" is a formula; "" or null is blank. */
  cells: (CellValue | null)[][];
  /** Optional cell backgrounds ("#rrggbb" or null for none), same shape as cells or smaller. */
  backgrounds?: (string | null)[][];
  /** Optional number formats (Sheets patterns, e.g. "\"$\"#,##0"; null = automatic). */
  numberFormats?: (string | null)[][];
}

export interface WorkbookData {
  sheets: SheetData[];
  /** The spreadsheet's locale, as Sheets names it ("en_US", "nl_NL"); default en_US. */
  locale?: string;
  /** What the spreadsheet keeps outside its cells; absent: nothing (a CSV, a new workbook). */
  document?: DocumentState;
}

/**
 * What a spreadsheet keeps outside its cells, as plain data: the runtime hands it out
 * (runtime.documentState()) and loads it back (createRuntime's data.document); Save writes it
 * into an XLSX. Sheets are named; ranges are A1 text on their sheet, 1-based as Apps Script
 * counts: "B1", "B2:C20", open to the last row "B2:B", whole columns "C:D", whole rows "3:4".
 * Script and user properties are not here: they belong to the script and the user, not to
 * the document.
 */
export interface DocumentState {
  /** Sheets by name; a sheet not listed is visible, has no rules and an id of its own. */
  sheets: DocumentSheet[];
  namedRanges: NamedRangeData[];
  developerMetadata: DeveloperMetadataData[];
  /** PropertiesService.getDocumentProperties(), key to value. */
  documentProperties: Record<string, string>;
  /** Spreadsheet.getSpreadsheetTimeZone(), e.g. "Europe/Amsterdam"; absent: the runtime's. */
  timeZone?: string;
}

export interface DocumentSheet {
  name: string;
  /**
   * Sheet.getSheetId(): kept across renames and reopening, as in Sheets, because stored
   * settings name sheets by id (document properties such as kpiguard.sheet.<id>). Absent:
   * the runtime gives the sheet an id no other sheet has.
   */
  sheetId?: number;
  hidden: boolean;
  /** Custom-formula rules in priority order (the first that matches wins). */
  conditionalFormats: ConditionalFormatData[];
  /** Rows and columns frozen at the top and left (setFrozenRows); absent: none. */
  frozenRows?: number;
  frozenColumns?: number;
}

export interface NamedRangeData {
  name: string;
  sheet: string;
  /** A1 on `sheet`, e.g. "B1" or "B2:B". */
  range: string;
}

/** A conditional-format rule of the custom-formula kind (whenFormulaSatisfied). */
export interface ConditionalFormatData {
  /** "=..." as typed in Sheets, relative to the top-left cell of the first range. */
  formula: string;
  /** A1 ranges on the rule's sheet. */
  ranges: string[];
  /** "#rrggbb" or null (no fill). */
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface DeveloperMetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocationData;
}

/** Row and column metadata are kept by position ("C:C", "5:6"), as they stood when saved. */
export type MetadataLocationData =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: string }
  | { type: 'ROW' | 'COLUMN'; sheet: string; range: string };

/**
 * How a cell formula reaches a custom function: the workbook engine calls this with the
 * function name and the arguments already converted to Apps Script conventions (scalars,
 * 2-D arrays, Date, "" for blanks). It returns a scalar or a 2-D array, or throws.
 */
export type CustomFunctionHost = (name: string, args: unknown[]) => unknown;

/** What the runtime recorded of the add-on's UI calls, for tests and the preview page. */
export interface UiRecord {
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  sidebar: { title: string; width: number; html: string } | null;
  dialogs: { title: string; html: string; width: number; height: number }[];
  /** buttons: the ButtonSet shown; answer: the button that answered (Ui.Button). */
  alerts: { title: string; prompt: string; buttons: string; answer: string }[];
  toasts: { title: string; message: string; timeoutSeconds: number }[];
}
