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
}

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
  alerts: { title: string; prompt: string }[];
  toasts: { title: string; message: string; timeoutSeconds: number }[];
}
