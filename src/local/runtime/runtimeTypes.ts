// What a local runtime is: the options it is created with and the handle tests and the preview
// hold (createRuntime.ts builds it).
import type { ServiceCallModel } from '../services/context';
import type { CallCounter } from '../services/counter';
import type { LockKind } from '../services/lock';
import type { MailBox, MailOptions } from '../services/mail';
import type { AskUser } from '../services/ui';
import type { DocumentState, UiRecord, WorkbookData } from '../types';
import type { Workbook } from '../workbook/workbook';
import type { ExecutionLimits } from './executions';
import type { TriggerRun } from './scheduler';
import type { Services } from './services';

export interface RuntimeOptions {
  /** The cells, and in data.document what the spreadsheet keeps outside them (a saved file's). */
  data: WorkbookData;
  /** Default: <repo>/dist. */
  distDir?: string;
  /** Start of the runtime clock. Default: the real time now. */
  now?: Date;
  /** The active user's email. */
  user?: string;
  /**
   * The active user's Google language, as Session.getActiveUserLocale answers it. Default
   * "en", the value Google's documentation gives as its example; a Dutch user's is "nl".
   */
  userLocale?: string;
  /** Default: the manifest's timeZone (dist/appsscript.json), else Etc/UTC. */
  timeZone?: string;
  /** Run the add-on's onOpen simple trigger, as opening the document does. Default true. */
  open?: boolean;
  /** Title of the add-on menu (Extensions ▸ name). Default "KPI Guard". */
  addonName?: string;
  customFunctions?: readonly string[];
  /**
   * Run as an editor add-on (default) or as a script bound to the spreadsheet: add-ons have
   * the authorization lifecycle below and the add-on trigger rules.
   */
  addon?: boolean;
  /**
   * The add-on was already used in this document. Default false: a user who installed it
   * opens a document where it was never used, and onOpen runs in AuthMode.NONE.
   */
  enabled?: boolean;
  /** Execution time limits; tests shorten them instead of waiting 30 s. */
  limits?: Partial<ExecutionLimits>;
  /**
   * The user opened the document read-only (view or comment access): "Simple triggers don't
   * run if a file is opened in read-only (view or comment) mode. This behavior prevents your
   * add-on menus from being populated." (editor-triggers#restrictions). Default false.
   */
  readOnly?: boolean;
  /**
   * What service calls cost and whether they fail, by "Class.method" (e.g. "Range.getValues").
   * In Sheets every call takes time and now and then one fails ("Service Spreadsheets failed
   * while accessing document with id ..."); by default here they take no script time and
   * never fail. Script time spent this way moves the add-on's clock (`new Date()`) during the
   * execution and counts toward its time limit, so a test can show what a run does near the
   * 6-minute limit, or when a call fails part-way.
   */
  serviceCalls?: Partial<ServiceCallModel>;
  /**
   * False: the script runs outside any document (a standalone script or web app), where
   * getDocumentLock, getDocumentCache and getDocumentProperties answer null. Default true.
   */
  document?: boolean;
  /**
   * The user's mail account for MailApp: consumer (100 recipients a day) or Google
   * Workspace (1,500), and recipients already used today. Default: consumer, none used.
   */
  mail?: MailOptions;
  /**
   * Asks the user an alert or prompt no test scripted (answerAlerts), synchronously, as Ui
   * blocks the script until the user answers. Default none: the dialog's first button answers,
   * as if the user clicked it. The preview sets its own (setAskUser): the page asks.
   */
  askUser?: AskUser;
}

export interface PropertyStores {
  script: Map<string, string>;
  document: Map<string, string>;
  user(email?: string): Map<string, string>;
}

export interface TriggerInfo {
  id: string;
  handler: string;
  eventType: string;
  user: string;
  nextRun: Date | null;
}

export interface SelectionInfo {
  sheet: string;
  a1: string;
  /** 1-based first row and column, and the size (to the grid's edge for whole columns). */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface LocalRuntime {
  workbook: Workbook;
  /** Hidden sheets, named ranges, colour rules, developer metadata, document properties. */
  documentState(): DocumentState;
  /** The whole document as plain data, for Save: the cells and the state outside them. */
  toData(): WorkbookData;
  call(functionName: string, args?: unknown[]): unknown;
  ui: UiRecord;
  clock: { now(): Date; advance(ms: number): void };
  counter: CallCounter;
  /**
   * Custom-function calls by function name: in Sheets each is a round trip to Google's
   * servers, so a feature proves it calls once per range, never once per row.
   */
  customFunctionCalls: CallCounter;
  effectiveBackgrounds(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): (string | null)[][];
  properties: PropertyStores;
  readonly triggers: TriggerInfo[];
  triggerRuns: TriggerRun[];
  logs: string[];
  /** What worked here but would not in Sheets; the test suites fail on any left over. */
  readonly warnings: readonly string[];
  /** The warnings so far, cleared: a test that expects one takes it. */
  takeWarnings(): string[];
  /** Opens the document again: onOpen runs, in AuthMode.NONE until the add-on is used here. */
  open(): void;
  /** Installs the add-on from the store while this document is open: onInstall, FULL. */
  install(): void;
  /** The add-on has been used in this document (so onOpen runs in LIMITED). */
  readonly enabled: boolean;
  /**
   * How the next alerts and prompts are answered, in order (Ui.Button names: "YES", "NO",
   * "OK", "CANCEL", "CLOSE"); once these are used up, the askUser hook answers, and without
   * one the first button of each dialog.
   */
  answerAlerts(...buttons: string[]): void;
  /** Sets (or with null removes) the askUser hook; returns the one it replaces. */
  setAskUser(askUser: AskUser | null): AskUser | null;
  /** The user's selection on the active sheet (what getActiveRange answers). */
  selection(): SelectionInfo;
  /** The user selects a block on a sheet (1-based, as A1 notation counts), as a click does. */
  select(sheet: string, a1: string): void;
  /** Simulates another execution holding a lock; returns the release function. */
  holdLock(kind: LockKind): () => void;
  /** The emulated services as host objects (not counted). */
  services: Services;
  /** What MailApp sent (nothing leaves the machine) and the user's daily recipient quota. */
  mail: MailBox;
  /** The vm's top-level binding of that name (function, var, let or const). */
  global(name: string): unknown;
  /** The sheet the add-on sees as active, as a user clicking a tab makes it. */
  activeSheet(): string;
  /** Sheets hidden with hideSheet (Sheets shows no tab for them). */
  hiddenSheets(): string[];
  setActiveSheet(name: string): void;
}
