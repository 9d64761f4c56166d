// The add-on on this machine: the built dist/ loaded into one vm scope over emulated Apps
// Script services and a HyperFormula workbook whose custom functions call the add-on's stubs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUSTOM_FUNCTION_NAMES } from '../../addon/registry';
import { checkAccess, checkScopes } from '../services/authorization';
import { Clock } from '../services/clock';
import { ServiceContext } from '../services/context';
import { CallCounter } from '../services/counter';
import { MailBox } from '../services/mail';
import type { TriggerData } from '../services/triggers';
import { Workbook } from '../workbook/workbook';
import { documentStateOf, loadDocumentState } from './documentState';
import { effectiveBackgrounds } from './effectiveBackgrounds';
import { APPS_SCRIPT_LIMITS, limitOf, makeInvoke } from './executions';
import { loadDistContext } from './loadDist';
import type { LocalRuntime, RuntimeOptions, TriggerInfo } from './runtimeTypes';
import { installScheduler, type TriggerRun } from './scheduler';
import { prepareArgs, prepareResult } from './scriptRun';
import { createServices, serviceGlobals } from './services';
import { type AddonState, openMode, runSimpleTrigger } from './simpleTriggers';

// The names Sheets may call from a cell come from the add-on's one registry of public
// functions, as the build's stubs do.
export { CUSTOM_FUNCTION_NAMES } from '../../addon/registry';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export type { AskUser, UserAnswer, UserDialog } from '../services/ui';
export type {
  LocalRuntime,
  PropertyStores,
  RuntimeOptions,
  SelectionInfo,
  TriggerInfo,
} from './runtimeTypes';

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
  ctx.askUser = opts.askUser ?? null;
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
    setAskUser(askUser) {
      const previous = ctx.askUser;
      ctx.askUser = askUser;
      return previous;
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
