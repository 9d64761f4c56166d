// The add-on on this machine: the built dist/ loaded into one vm scope over emulated Apps
// Script services and a HyperFormula workbook whose custom functions call the add-on's stubs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUSTOM_FUNCTION_NAMES } from '../../addon/registry';
import { checkAccess, checkScopes } from '../services/authorization';
import { Clock } from '../services/clock';
import { type ServiceCallModel, ServiceContext } from '../services/context';
import { CallCounter } from '../services/counter';
import type { LockKind } from '../services/lock';
import { MailBox, type MailOptions } from '../services/mail';
import type { TriggerData } from '../services/triggers';
import type { DocumentState, UiRecord, WorkbookData } from '../types';
import { Workbook } from '../workbook/workbook';
import { documentStateOf, loadDocumentState } from './documentState';
import { effectiveBackgrounds } from './effectiveBackgrounds';
import { APPS_SCRIPT_LIMITS, type ExecutionLimits, limitOf, makeInvoke } from './executions';
import { loadDistContext } from './loadDist';
import { installScheduler, type TriggerRun } from './scheduler';
import { prepareArgs, prepareResult } from './scriptRun';
import { createServices, type Services, serviceGlobals } from './services';
import { type AddonState, openMode, runSimpleTrigger } from './simpleTriggers';

// The names Sheets may call from a cell come from the add-on's one registry of public
// functions, as the build's stubs do.
export { CUSTOM_FUNCTION_NAMES } from '../../addon/registry';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

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
   * "OK", "CANCEL", "CLOSE"); once these are used up, the first button of each dialog answers.
   */
  answerAlerts(...buttons: string[]): void;
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

const creationListeners = new Set<(runtime: LocalRuntime) => void>();

/**
 * Tells `listener` about every runtime created from now on (the test suites' check that no
 * runtime warned); returns the function that stops it.
 */
export function onRuntimeCreated(listener: (runtime: LocalRuntime) => void): () => void {
  creationListeners.add(listener);
  return () => creationListeners.delete(listener);
}

interface Manifest {
  timeZone: string | null;
  /** The manifest's oauthScopes; null when it lists none (Apps Script then detects them). */
  oauthScopes: string[] | null;
}

function readManifest(distDir: string): Manifest {
  const path = join(distDir, 'appsscript.json');
  if (!existsSync(path)) return { timeZone: null, oauthScopes: null };
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    timeZone?: unknown;
    oauthScopes?: unknown;
  };
  const scopes = manifest.oauthScopes;
  return {
    timeZone: typeof manifest.timeZone === 'string' ? manifest.timeZone : null,
    oauthScopes: Array.isArray(scopes) ? scopes.filter((s) => typeof s === 'string') : null,
  };
}

export function createRuntime(opts: RuntimeOptions): LocalRuntime {
  const distDir = opts.distDir ?? join(REPO, 'dist');
  const clock = new Clock(opts.now ?? new Date());
  const counter = new CallCounter();
  const manifest = readManifest(distDir);
  const timeZone = opts.timeZone ?? manifest.timeZone ?? 'Etc/UTC';
  const ctx = new ServiceContext({
    clock,
    counter,
    user: opts.user ?? 'user@example.com',
    userLocale: opts.userLocale ?? 'en',
    timeZone,
    distDir,
    addonName: opts.addonName ?? 'KPI Guard',
    spreadsheetName: 'Untitled spreadsheet',
    addon: opts.addon ?? true,
    document: opts.document ?? true,
  });
  const limits = { ...APPS_SCRIPT_LIMITS, ...opts.limits };
  ctx.serviceCalls = {
    latencyMs: opts.serviceCalls?.latencyMs ?? (() => 0),
    failure: opts.serviceCalls?.failure ?? (() => null),
  };
  ctx.limitOf = (kind) => limitOf(kind, limits);
  const mail = new MailBox(() => clock.nowMs() + ctx.elapsedMs, opts.mail);
  const services = createServices(ctx, mail);
  const dist = loadDistContext({
    distDir,
    counter,
    globals: (bridge) => serviceGlobals(services, ctx, bridge),
    guard: (className, method) => {
      checkAccess(ctx.authMode, className, method);
      checkScopes(manifest.oauthScopes, className, method);
      ctx.beforeServiceCall(className, method);
    },
    now: () => clock.nowMs() + ctx.elapsedMs,
  });
  const { bridge } = dist;
  ctx.evalInVm = (code) => dist.evaluate(code);
  ctx.toVm = (value) => bridge.toVm(value);
  const invoke = makeInvoke(ctx, dist, limits);
  const state: AddonState = { addon: opts.addon ?? true, enabled: opts.enabled ?? false };

  const names = opts.customFunctions ?? CUSTOM_FUNCTION_NAMES;
  const customFunctionCalls = new CallCounter();
  const workbook = Workbook.fromData(opts.data, {
    customFunctions: {
      names,
      host: (name, args) => {
        customFunctionCalls.increment(name);
        return invoke('customFunction', name, args);
      },
    },
    // NOW() and TODAY() in cells follow the runtime clock, in the spreadsheet's time zone.
    clock: {
      now: () => clock.nowMs(),
      get timeZone() {
        return services.model.spreadsheet.getSpreadsheetTimeZone();
      },
    },
  });
  ctx.attachWorkbook(workbook);
  if (opts.data.document) loadDocumentState(services, opts.data.document);
  clock.afterAdvance(() => workbook.recalculateVolatile());

  const triggerRuns: TriggerRun[] = [];
  installScheduler(
    clock,
    services.triggers,
    timeZone,
    (t, event) => invoke('timeTrigger', t.handler, [event]),
    triggerRuns,
  );

  const open = () => {
    if (opts.readOnly || !ctx.document) return;
    runSimpleTrigger('onOpen', openMode(state), ctx, dist, services, invoke);
  };
  if (opts.open ?? true) open();

  const toInfo = (t: TriggerData): TriggerInfo => ({
    id: t.id,
    handler: t.handler,
    eventType: t.eventType,
    user: t.user,
    nextRun: t.nextRun === null ? null : new Date(t.nextRun),
  });

  const runtime: LocalRuntime = {
    workbook,
    documentState: () => documentStateOf(services),
    toData: () => ({ ...workbook.toData(), document: documentStateOf(services) }),
    call(functionName, args = []) {
      // Private functions (trailing underscore) cannot be called from the client.
      if (functionName.endsWith('_')) throw new Error(`Script function not found: ${functionName}`);
      const prepared = prepareArgs(args);
      // Using the add-on from its menu or sidebar enables it in the document.
      state.enabled = true;
      return prepareResult(invoke('user', functionName, prepared));
    },
    ui: ctx.ui,
    clock: {
      now: () => clock.now(),
      advance: (ms) => clock.advance(ms),
    },
    counter,
    customFunctionCalls,
    effectiveBackgrounds: (sheet, row, col, numRows, numCols) =>
      effectiveBackgrounds(ctx, services.model.rules, sheet, row, col, numRows, numCols),
    properties: {
      script: services.PropertiesService.scriptStore,
      document: services.PropertiesService.documentStore,
      user: (email) => services.PropertiesService.userStore(email),
    },
    get triggers() {
      return services.triggers.triggers.map(toInfo);
    },
    triggerRuns,
    logs: ctx.logs,
    warnings: ctx.warnings,
    takeWarnings: () => ctx.warnings.splice(0),
    open,
    install() {
      state.enabled = true;
      runSimpleTrigger('onInstall', 'FULL', ctx, dist, services, invoke);
    },
    get enabled() {
      return state.enabled;
    },
    answerAlerts: (...buttons) => {
      ctx.alertAnswers.push(...buttons);
    },
    selection() {
      const sheet = services.model.spreadsheet.getActiveSheet();
      const range = services.model.selectionOf(sheet.getSheetId());
      return {
        sheet: sheet.getName(),
        a1: range.getA1Notation(),
        row: range.getRow(),
        col: range.getColumn(),
        numRows: range.getNumRows(),
        numCols: range.getNumColumns(),
      };
    },
    select(sheet, a1) {
      const target = services.model.spreadsheet.getSheetByName(sheet);
      if (!target) throw new Error(`No sheet named "${sheet}"`);
      const ref = target.getRange(a1);
      services.model.select(target.getSheetId(), {
        row: ref.getRow(),
        col: ref.getColumn(),
        numRows: ref.getNumRows(),
        numCols: ref.getNumColumns(),
      });
    },
    holdLock: (kind) => services.locks.holdExternally(kind, ctx.user),
    services,
    mail,
    global: (name) => bridge.toHost(dist.global(name)),
    activeSheet: () => services.model.spreadsheet.getActiveSheet().getName(),
    hiddenSheets: () =>
      services.model.spreadsheet
        .getSheets()
        .filter((sheet) => sheet.isSheetHidden())
        .map((sheet) => sheet.getName()),
    setActiveSheet(name) {
      const sheet = services.model.spreadsheet.getSheetByName(name);
      if (!sheet) throw new Error(`No sheet named "${name}"`);
      services.model.spreadsheet.setActiveSheet(sheet);
    },
  };
  for (const listener of creationListeners) listener(runtime);
  return runtime;
}
