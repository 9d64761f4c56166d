// State shared by all emulated services of one runtime: the workbook, the clock, what the UI
// recorded, the call counter, and which kind of execution is running (custom functions and
// time-driven triggers may not do everything a menu or sidebar call may).
import type { UiRecord } from '../types';
import type { AuthMode } from './authorization';
import type { Clock } from './clock';
import type { CallCounter } from './counter';
import { noPermission, serviceError } from './errors';
import { SheetRegistry } from './sheetRegistry';
import type { AskUser } from './ui';
import type { WorkbookPort } from './workbookPort';

/** user: a menu item or sidebar call; simpleTrigger: onOpen/onInstall. */
export type ExecutionKind = 'user' | 'customFunction' | 'timeTrigger' | 'simpleTrigger';

const DEFAULT_AUTH: Record<ExecutionKind, AuthMode> = {
  user: 'FULL',
  customFunction: 'CUSTOM_FUNCTION',
  timeTrigger: 'FULL',
  simpleTrigger: 'LIMITED',
};
export type Dimension = 'ROWS' | 'COLUMNS';

/** Told about structural edits, so what is attached to rows/columns moves with them. */
export interface StructureListener {
  inserted(sheetId: number, dim: Dimension, at: number, n: number): void;
  deleted(sheetId: number, dim: Dimension, at: number, n: number): void;
  moved(sheetId: number, dim: Dimension, from: number, n: number, dest: number): void;
  sheetRemoved(sheetId: number): void;
}

/** https://developers.google.com/apps-script/guides/services/quotas: "Script runtime 6 min / execution". */
export const TIMEOUT_MESSAGE = 'Exceeded maximum execution time';

export interface ServiceCallModel {
  /** Script time one call takes, in ms. */
  latencyMs(call: string): number;
  /** The message a call fails with, or null. */
  failure(call: string): string | null;
}

export interface ContextOptions {
  clock: Clock;
  counter: CallCounter;
  user: string;
  /** The user's Google language setting, as Session.getActiveUserLocale answers it ("en"). */
  userLocale: string;
  timeZone: string;
  distDir: string;
  addonName: string;
  spreadsheetName: string;
  /** An editor add-on (else a script bound to the spreadsheet). */
  addon: boolean;
  /** Running inside a document (else a standalone script). */
  document: boolean;
}

export function emptyUiRecord(): UiRecord {
  return { menus: [], sidebar: null, dialogs: [], alerts: [], toasts: [] };
}

export class ServiceContext {
  readonly clock: Clock;
  readonly counter: CallCounter;
  readonly user: string;
  readonly userLocale: string;
  readonly timeZone: string;
  readonly distDir: string;
  readonly addonName: string;
  spreadsheetName: string;
  readonly addon: boolean;
  readonly document: boolean;
  readonly spreadsheetId = '1KpiGuardLocalSpreadsheet0000000000000000000';
  readonly ui: UiRecord = emptyUiRecord();
  readonly logs: string[] = [];
  /**
   * What the add-on did that works here but not in Sheets (a conditional-format rule Sheets
   * would not apply, a simple trigger that failed): the test suites fail on any of these.
   */
  readonly warnings: string[] = [];
  readonly listeners: StructureListener[] = [];
  /** Buttons the next alerts and prompts answer with (runtime.answerAlerts), first first. */
  readonly alertAnswers: string[] = [];
  /** Asks the user when no answer is scripted (the preview's page); null: the first button. */
  askUser: AskUser | null = null;
  readonly sheets: SheetRegistry;
  /** Runs code in the add-on's vm (HtmlService templates); set once dist is loaded. */
  evalInVm: (code: string) => unknown = () => {
    throw new Error('The add-on code is not loaded yet');
  };
  /** Copies a host value into the vm realm (templates); set with the bridge. */
  toVm: (value: unknown) => unknown = (value) => value;
  private workbookRef: WorkbookPort | null = null;
  private readonly modes: { kind: ExecutionKind; token: object; auth: AuthMode }[] = [];
  private readonly idle = { execution: 'outside any run' };
  /** Called when an execution ends (its locks are released). */
  readonly endHooks: ((token: object) => void)[] = [];
  /**
   * What a service call costs in script time, and whether it fails, by "Class.method" (the
   * runtime's serviceCalls option). Google's services take time and now and then fail, so a
   * script must watch its clock and survive a failed call; tests make both happen on purpose.
   */
  serviceCalls: ServiceCallModel = { latencyMs: () => 0, failure: () => null };
  /** The time limit of an execution of this kind (set by the runtime). */
  limitOf: (kind: ExecutionKind) => number = () => Number.POSITIVE_INFINITY;
  /** Script time the running execution has spent in service calls (0 outside any run). */
  private spentMs = 0;
  /** The running execution went past its time limit: it is over, whatever it catches. */
  private overrun = false;

  constructor(opts: ContextOptions) {
    this.clock = opts.clock;
    this.counter = opts.counter;
    this.user = opts.user;
    this.userLocale = opts.userLocale;
    this.timeZone = opts.timeZone;
    this.distDir = opts.distDir;
    this.addonName = opts.addonName;
    this.spreadsheetName = opts.spreadsheetName;
    this.addon = opts.addon;
    this.document = opts.document;
    this.sheets = new SheetRegistry(() => this.workbook);
  }

  get workbook(): WorkbookPort {
    if (!this.workbookRef) throw new Error('The workbook is not created yet');
    return this.workbookRef;
  }

  attachWorkbook(workbook: WorkbookPort): void {
    this.workbookRef = workbook;
  }

  get mode(): ExecutionKind {
    return this.modes[this.modes.length - 1]?.kind ?? 'user';
  }

  /** The running execution's authorization mode (FULL outside any run: the host itself). */
  get authMode(): AuthMode {
    return this.modes[this.modes.length - 1]?.auth ?? 'FULL';
  }

  /** Identifies the running execution: Apps Script locks belong to an execution. */
  get execution(): object {
    return this.modes[this.modes.length - 1]?.token ?? this.idle;
  }

  /** Runs `fn` as an execution of the given kind (nested: a write may recalculate formulas). */
  run<T>(kind: ExecutionKind, fn: () => T, auth: AuthMode = DEFAULT_AUTH[kind]): T {
    const token = { kind };
    if (this.modes.length === 0) {
      this.spentMs = 0;
      this.overrun = false;
    }
    this.modes.push({ kind, token, auth });
    try {
      return fn();
    } finally {
      this.modes.pop();
      for (const hook of this.endHooks) hook(token);
    }
  }

  /**
   * Script time passed since the outermost running execution started: what `new Date()` in
   * the add-on adds to the runtime clock. Only simulated service time counts, so runs are
   * deterministic; outside any run it is 0.
   */
  get elapsedMs(): number {
    return this.modes.length > 0 ? this.spentMs : 0;
  }

  /** True when the outermost execution, now ending, went past its time limit. */
  get overranAtTop(): boolean {
    return this.modes.length === 1 && this.overrun;
  }

  /**
   * Before every service call: a call after the time limit throws again (Apps Script has
   * stopped the script; catching the error does not bring it back), an injected failure
   * throws, and the call's latency is spent, stopping the execution if it passes the limit.
   */
  beforeServiceCall(className: string, method: string): void {
    if (this.modes.length === 0) return;
    const call = `${className}.${method}`;
    if (this.overrun) throw serviceError(TIMEOUT_MESSAGE);
    const failure = this.serviceCalls.failure(call);
    if (failure !== null) throw serviceError(failure);
    this.spend(this.serviceCalls.latencyMs(call));
  }

  /**
   * Script time that passed outside the script: a service call's latency, or a user reading a
   * dialog (Ui.alert blocks the script, and the wait counts toward its time limit). Stops the
   * execution once it passes the limit.
   */
  spend(ms: number): void {
    if (this.modes.length === 0 || ms <= 0) return;
    this.spentMs += ms;
    if (this.spentMs > this.limitOf(this.modes[0].kind)) {
      this.overrun = true;
      throw serviceError(TIMEOUT_MESSAGE);
    }
  }

  /** Custom functions may only read the spreadsheet. */
  assertWritable(method: string): void {
    if (this.mode === 'customFunction') throw noPermission(method);
  }

  /** A Ui exists only when a user has the document open in front of them. */
  assertUi(): void {
    if (this.mode !== 'user' && this.mode !== 'simpleTrigger') {
      throw serviceError('Cannot call SpreadsheetApp.getUi() from this context.');
    }
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  notifyInserted(sheetId: number, dim: Dimension, at: number, n: number): void {
    for (const l of this.listeners) l.inserted(sheetId, dim, at, n);
  }

  notifyDeleted(sheetId: number, dim: Dimension, at: number, n: number): void {
    for (const l of this.listeners) l.deleted(sheetId, dim, at, n);
  }

  notifyMoved(sheetId: number, dim: Dimension, from: number, n: number, dest: number): void {
    for (const l of this.listeners) l.moved(sheetId, dim, from, n, dest);
  }

  notifySheetRemoved(sheetId: number): void {
    for (const l of this.listeners) l.sheetRemoved(sheetId);
  }
}
