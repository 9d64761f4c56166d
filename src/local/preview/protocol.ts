// The JSON shapes the preview server sends and the page (and the browser suite) reads.
// Type-only: imported by the node server and by the browser client alike.

import type { SentMail } from '../services/mail';
import type { UserDialog } from '../services/ui';
import type { UiRecord } from '../types';

/** A cell value in JSON: what getValues gives, with dates as ISO 8601 text. */
export type CellJson = number | string | boolean;

/** A window of rows of one sheet. All 2-D arrays are rows × lastColumn, starting at `row`. */
export interface SheetWindow {
  name: string;
  /** 1-based like Apps Script: the number of rows/columns holding data. */
  lastRow: number;
  lastColumn: number;
  /** 0-based first row of the window. */
  row: number;
  /**
   * Values as Range.getValues() gives them: numbers as numbers, booleans, text, "" for a
   * blank, an error cell as its code ("#DIV/0!"), and a date as ISO 8601 text.
   */
  values: CellJson[][];
  /** The text each cell shows (Range.getDisplayValues()), as the grid draws it. */
  displayValues: string[][];
  /** Formulas ("=...") or "" for plain values. */
  formulas: string[][];
  /** Effective backgrounds ("#rrggbb"), conditional formats applied; null = none. */
  backgrounds: (string | null)[][];
  /** The error message of a formula error cell, else null. */
  errors: (string | null)[][];
  /** The data points of a SPARKLINE cell, else null. */
  sparklines: (number[] | null)[][];
}

/** A block of cells, 0-based like the rest of the preview API. */
export interface CellBlock {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface SheetList {
  sheets: string[];
  /** The sheet the add-on sees as active. */
  active: string;
  /** Sheets the add-on hid (KPI Guard's helper and settings): Sheets shows no tab for them. */
  hidden: string[];
  /** The selection on the active sheet: what getActiveRange answers, and Range.activate moves. */
  selection: CellBlock;
}

/** POST /api/active: a tab chosen, and optionally the block selected on it. */
export interface ActiveChoice {
  sheet: string;
  selection?: CellBlock;
}

export interface UiState extends UiRecord {
  /** Bumped whenever the add-on shows a (new) sidebar, so the page reloads its iframe. */
  sidebarVersion: number;
  /** The runtime clock, ISO 8601. */
  now: string;
  /**
   * Where the page asks which alert or prompt the add-on waits on, and answers it: a second
   * server, in a worker thread, since the script blocks this one while it waits.
   */
  dialogEndpoint: string;
}

export interface CellEdit {
  row: number;
  col: number;
  /** Text as typed (typed like Sheets: numbers, TRUE/FALSE, dates, "=..." formulas). */
  value: string | number | boolean | null;
}

export interface RunResult {
  result: unknown;
}

export interface ClockResult {
  now: string;
}

/** GET /api/file: where Save writes, whether there are unsaved edits, and reading notes. */
export interface FileState {
  /** The file name Save writes to; null for the sample opened without --save. */
  target: string | null;
  /** The workbook was edited since it was opened or last saved. */
  dirty: boolean;
  /** One line each, e.g. how an ambiguous CSV was read. */
  notes: string[];
}

/** POST /api/save. */
export interface SaveResult {
  saved: string;
  message: string;
}

export interface ApiError {
  error: string;
}

/** One email the add-on sent (MailApp), as the outbox lists it: nothing leaves the machine. */
export type OutboxMail = Omit<SentMail, 'replyTo' | 'noReply'>;

/** GET /api/outbox: every email sent since the preview started, newest first. */
export interface Outbox {
  mail: OutboxMail[];
}

/**
 * An alert or prompt the add-on waits on (Ui.alert / Ui.prompt), as the dialog endpoint
 * (UiState.dialogEndpoint) shows it: `buttons` are the set's, first first; CLOSE, the title
 * bar's close box, is always a possible answer too.
 */
export interface OpenDialog extends UserDialog {
  id: number;
}

/** GET {dialogEndpoint}dialog?showing=ID: the open dialog, once it differs from ID (0: none). */
export interface DialogPoll {
  dialog: OpenDialog | null;
}

/** POST {dialogEndpoint}answer: the user's button (a Button name) and, for a prompt, the text. */
export interface DialogAnswer {
  id: number;
  button: string;
  text?: string;
}
