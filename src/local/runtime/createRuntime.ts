// The add-on on this machine: the built dist/ loaded into one vm scope over emulated Apps
// Script services and a HyperFormula workbook whose custom functions call the add-on's stubs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUSTOM_FUNCTION_NAMES } from '../../addon/registry';
import { Clock } from '../services/clock';
import { ServiceContext } from '../services/context';
import { CallCounter } from '../services/counter';
import type { LockKind } from '../services/lock';
import type { TriggerData } from '../services/triggers';
import type { UiRecord, WorkbookData } from '../types';
import { Workbook } from '../workbook/workbook';
import { effectiveBackgrounds } from './effectiveBackgrounds';
import { hostError, loadDistContext } from './loadDist';
import { installScheduler, type TriggerRun } from './scheduler';
import { prepareArgs, prepareResult } from './scriptRun';
import { createServices, type Services, serviceGlobals } from './services';

// The names Sheets may call from a cell come from the add-on's one registry of public
// functions, as the build's stubs do.
export { CUSTOM_FUNCTION_NAMES } from '../../addon/registry';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface RuntimeOptions {
  data: WorkbookData;
  /** Default: <repo>/dist. */
  distDir?: string;
  /** Start of the runtime clock. Default: the real time now. */
  now?: Date;
  /** The active user's email. */
  user?: string;
  /** Default: the manifest's timeZone (dist/appsscript.json), else Etc/UTC. */
  timeZone?: string;
  /** Run the add-on's onOpen simple trigger, as opening the document does. Default true. */
  open?: boolean;
  /** Title of the add-on menu (Extensions ▸ name). Default "KPI Guard". */
  addonName?: string;
  customFunctions?: readonly string[];
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

export interface LocalRuntime {
  workbook: Workbook;
  call(functionName: string, args?: unknown[]): unknown;
  ui: UiRecord;
  clock: { now(): Date; advance(ms: number): void };
  counter: CallCounter;
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
  /** Simulates another execution holding a lock; returns the release function. */
  holdLock(kind: LockKind): () => void;
  /** The emulated services as host objects (not counted). */
  services: Services;
  /** The vm's top-level binding of that name (function, var, let or const). */
  global(name: string): unknown;
  /** The sheet the add-on sees as active, as a user clicking a tab makes it. */
  activeSheet(): string;
  setActiveSheet(name: string): void;
}

function manifestTimeZone(distDir: string): string | null {
  const path = join(distDir, 'appsscript.json');
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { timeZone?: unknown };
  return typeof manifest.timeZone === 'string' ? manifest.timeZone : null;
}

export function createRuntime(opts: RuntimeOptions): LocalRuntime {
  const distDir = opts.distDir ?? join(REPO, 'dist');
  const clock = new Clock(opts.now ?? new Date());
  const counter = new CallCounter();
  const timeZone = opts.timeZone ?? manifestTimeZone(distDir) ?? 'Etc/UTC';
  const ctx = new ServiceContext({
    clock,
    counter,
    user: opts.user ?? 'user@example.com',
    timeZone,
    distDir,
    addonName: opts.addonName ?? 'KPI Guard',
    spreadsheetName: 'Untitled spreadsheet',
  });
  const services = createServices(ctx);
  const dist = loadDistContext({
    distDir,
    counter,
    globals: (bridge) => serviceGlobals(services, ctx, bridge),
  });
  const { bridge } = dist;
  ctx.evalInVm = (code) => dist.evaluate(code);
  ctx.toVm = (value) => bridge.toVm(value);

  const vmFunction = (name: string): ((...args: unknown[]) => unknown) => {
    const fn = dist.global(name);
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return fn as (...args: unknown[]) => unknown;
  };
  /** Runs a top-level function as an execution of the given kind, in host values. */
  const invoke = (kind: 'user' | 'customFunction' | 'timeTrigger', name: string, args: unknown[]) =>
    ctx.run(kind, () => {
      const fn = vmFunction(name);
      try {
        return bridge.toHost(fn(...args.map((a) => bridge.toVm(a))));
      } catch (error) {
        throw hostError(error);
      }
    });

  const names = opts.customFunctions ?? CUSTOM_FUNCTION_NAMES;
  const workbook = Workbook.fromData(opts.data, {
    customFunctions: { names, host: (name, args) => invoke('customFunction', name, args) },
  });
  ctx.attachWorkbook(workbook);

  const triggerRuns: TriggerRun[] = [];
  installScheduler(
    clock,
    services.triggers,
    timeZone,
    (t, event) => invoke('timeTrigger', t.handler, [event]),
    triggerRuns,
  );

  const spreadsheetEvent = () => ({
    authMode: 'LIMITED',
    source: bridge.toVm(services.model.spreadsheet),
    user: bridge.toVm(services.Session.getActiveUser()),
  });

  if ((opts.open ?? true) && typeof dist.global('onOpen') === 'function') {
    // Simple triggers fail quietly in Sheets (the error goes to the execution log).
    try {
      ctx.run('user', () => vmFunction('onOpen')(spreadsheetEvent()));
    } catch (error) {
      ctx.logs.push(`onOpen failed: ${hostError(error).message}`);
    }
  }

  const toInfo = (t: TriggerData): TriggerInfo => ({
    id: t.id,
    handler: t.handler,
    eventType: t.eventType,
    user: t.user,
    nextRun: t.nextRun === null ? null : new Date(t.nextRun),
  });

  return {
    workbook,
    call(functionName, args = []) {
      // Private functions (trailing underscore) cannot be called from the client.
      if (functionName.endsWith('_')) throw new Error(`Script function not found: ${functionName}`);
      const prepared = prepareArgs(args);
      return prepareResult(invoke('user', functionName, prepared));
    },
    ui: ctx.ui,
    clock: {
      now: () => clock.now(),
      advance: (ms) => clock.advance(ms),
    },
    counter,
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
    holdLock: (kind) => services.locks.holdExternally(kind, ctx.user),
    services,
    global: (name) => bridge.toHost(dist.global(name)),
    activeSheet: () => services.model.spreadsheet.getActiveSheet().getName(),
    setActiveSheet(name) {
      const sheet = services.model.spreadsheet.getSheetByName(name);
      if (!sheet) throw new Error(`No sheet named "${name}"`);
      services.model.spreadsheet.setActiveSheet(sheet);
    },
  };
}
