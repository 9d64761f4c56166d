// Loads the built dist/ the way Apps Script runs a project: every script file in clasp's
// push order (filePushOrder first, the rest alphabetically) in ONE global scope, so
// top-level `function` and `var` declarations of one file are globals for the others.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import vm from 'node:vm';
import { Bridge, type Realm } from '../services/bridge';
import { CallCounter } from '../services/counter';

export interface DistContext {
  context: vm.Context;
  realm: Realm;
  bridge: Bridge;
  /** Script files in load order (absolute paths). */
  files: string[];
  /** A top-level binding of the add-on (function, var, let or const), or undefined. */
  global(name: string): unknown;
  /** Runs source text in the add-on's scope (templates). */
  evaluate(code: string): unknown;
  /**
   * Calls a function of the add-on, stopping it after `timeoutMs` (Apps Script stops an
   * execution at its time limit); a stopped call throws an ExecutionTimeout.
   */
  callWithTimeout(fn: (...args: unknown[]) => unknown, args: unknown[], timeoutMs: number): unknown;
}

/** A call stopped at its time limit. */
export class ExecutionTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Stopped after ${timeoutMs} ms`);
    this.name = 'ExecutionTimeout';
  }
}

/** The global through which a timed call enters the vm (a vm.Script needs a name to call). */
const CALL_SLOT = '__kpiGuardLocalCall';

export interface LoadOptions {
  distDir: string;
  /** Globals to install before the scripts run, or a factory given the realm bridge. */
  globals: Record<string, unknown> | ((bridge: Bridge) => Record<string, unknown>);
  /** Path of .clasp.json; by default looked up in distDir and its parent. */
  claspJson?: string;
  counter?: CallCounter;
  /** Checked before every service call (authorization modes, the custom-function sandbox). */
  guard?: (className: string, method: string) => void;
  /** The add-on's clock: `new Date()` and `Date.now()` read it. Default: the real time. */
  now?: () => number;
}

interface ClaspConfig {
  rootDir?: string;
  filePushOrder?: string[];
}

function findClaspJson(distDir: string): string | null {
  for (const dir of [distDir, dirname(distDir)]) {
    const path = join(dir, '.clasp.json');
    if (existsSync(path)) return path;
  }
  return null;
}

/** The script files clasp pushes from distDir, in push order. */
export function pushOrder(distDir: string, claspJson?: string): string[] {
  const root = resolve(distDir);
  const scripts = readdirSync(root)
    .filter((name) => name.endsWith('.js') || name.endsWith('.gs'))
    .map((name) => join(root, name))
    .sort();
  const configPath = claspJson ?? findClaspJson(root);
  if (!configPath) return scripts;
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as ClaspConfig;
  // filePushOrder entries are relative to the project (the .clasp.json's folder).
  const first = (config.filePushOrder ?? [])
    .map((entry) => resolve(dirname(configPath), entry))
    .filter((path) => scripts.includes(path));
  return [...first, ...scripts.filter((path) => !first.includes(path))];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function loadDistContext(opts: LoadOptions): DistContext {
  // An ordinary global object, as Apps Script's V8 has: a contextified one answers every
  // global lookup (Math, Number, …) through an interceptor, 60× slower in the maths' loops.
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY);
  const realm = vm.runInContext('({ Array, Date, Object, Error })', context) as Realm;
  if (opts.now) installClock(context, opts.now);
  const bridge = new Bridge(realm, opts.counter ?? new CallCounter(), opts.guard);
  const globals = typeof opts.globals === 'function' ? opts.globals(bridge) : opts.globals;
  for (const [name, value] of Object.entries(globals)) {
    (context as Record<string, unknown>)[name] = value;
  }
  const files = pushOrder(opts.distDir, opts.claspJson);
  for (const file of files) {
    vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  }
  return {
    context,
    realm,
    bridge,
    files,
    global(name) {
      if (!IDENTIFIER.test(name)) return undefined;
      // typeof guards a missing name; let/const live outside the global object, so ask the scope.
      return vm.runInContext(`typeof ${name} === 'undefined' ? undefined : ${name}`, context);
    },
    evaluate(code) {
      return vm.runInContext(code, context);
    },
    callWithTimeout(fn, args, timeoutMs) {
      const slots = context as Record<string, unknown>;
      const previous = slots[CALL_SLOT];
      slots[CALL_SLOT] = () => fn(...args);
      try {
        return callScript.runInContext(context, { timeout: timeoutMs });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
          throw new ExecutionTimeout(timeoutMs);
        }
        throw error;
      } finally {
        slots[CALL_SLOT] = previous;
      }
    },
  };
}

const callScript = new vm.Script(`${CALL_SLOT}()`, { filename: 'apps-script-execution' });

/**
 * Makes `new Date()`, `Date()` and `Date.now()` in the vm read the runtime's clock, so the
 * add-on's "today" moves when a test or the preview advances it. Dates built from arguments
 * are untouched, and `instanceof Date` still holds (the proxy keeps Date's prototype).
 */
function installClock(context: vm.Context, now: () => number): void {
  const install = vm.runInContext(
    `(function (nowMs) {
      var RealDate = Date;
      globalThis.Date = new Proxy(RealDate, {
        construct: function (target, args, newTarget) {
          return Reflect.construct(target, args.length ? args : [nowMs()], newTarget);
        },
        apply: function () { return new RealDate(nowMs()).toString(); },
        get: function (target, prop, receiver) {
          return prop === 'now' ? function now() { return nowMs(); } : Reflect.get(target, prop, receiver);
        },
      });
    })`,
    context,
  ) as (nowMs: () => number) => void;
  install(now);
}

/**
 * The add-on's top-level scope as a host object: functions take and return host values
 * (arrays, Dates) and are copied across the realm boundary, as Apps Script passes them.
 */
export function loadDist(opts: LoadOptions): Record<string, unknown> {
  const dist = loadDistContext(opts);
  return new Proxy<Record<string, unknown>>(
    {},
    {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        const value = dist.global(name);
        if (typeof value !== 'function') return dist.bridge.toHost(value);
        return (...args: unknown[]) => {
          try {
            return dist.bridge.toHost(value(...args.map((a) => dist.bridge.toVm(a))));
          } catch (error) {
            throw hostError(error);
          }
        };
      },
      has: (_target, name) => typeof name === 'string' && dist.global(name) !== undefined,
    },
  );
}

/** An error from the vm as a host Error (vm errors fail `instanceof Error` here). */
export function hostError(error: unknown): Error {
  if (error instanceof Error) return error;
  const message =
    typeof error === 'object' && error !== null && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return new Error(message);
}
