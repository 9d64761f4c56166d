// One execution of a top-level function of the add-on, as Apps Script runs it: with the
// authorization mode of what started it, stopped at the time limit of its kind.
//
// https://developers.google.com/apps-script/guides/services/quotas: "Script runtime
//   6 min / execution"; "Custom function runtime 30 sec / execution".
// https://developers.google.com/apps-script/guides/sheets/functions#return_values: "A custom
//   function call must return within 30 seconds. If it doesn't, the cell displays #ERROR! and
//   the cell note is Exceeded maximum execution time (line 0)."
// https://developers.google.com/apps-script/guides/triggers#restrictions (simple triggers):
//   "They can't run for longer than 30 seconds."

import type { AuthMode } from '../services/authorization';
import { type ExecutionKind, type ServiceContext, TIMEOUT_MESSAGE } from '../services/context';
import { serviceError } from '../services/errors';
import { type DistContext, ExecutionTimeout, hostError } from './loadDist';

export interface ExecutionLimits {
  customFunctionMs: number;
  simpleTriggerMs: number;
  /** Menu items, sidebar calls and installable triggers. */
  executionMs: number;
}

export const APPS_SCRIPT_LIMITS: ExecutionLimits = {
  customFunctionMs: 30_000,
  simpleTriggerMs: 30_000,
  executionMs: 6 * 60_000,
};

function limitOf(kind: ExecutionKind, limits: ExecutionLimits): number {
  if (kind === 'customFunction') return limits.customFunctionMs;
  if (kind === 'simpleTrigger') return limits.simpleTriggerMs;
  return limits.executionMs;
}

/** What Sheets shows for a stopped execution: the cell note of a custom function, else the
 * quotas page's "Exceeded maximum execution time". */
export function timeoutMessage(kind: ExecutionKind): string {
  return kind === 'customFunction' ? 'Exceeded maximum execution time (line 0).' : TIMEOUT_MESSAGE;
}

export { limitOf };

export type Invoke = (
  kind: ExecutionKind,
  name: string,
  args: unknown[],
  auth?: AuthMode,
) => unknown;

/** Runs top-level functions of the loaded add-on; arguments and results are host values. */
export function makeInvoke(
  ctx: ServiceContext,
  dist: DistContext,
  limits: ExecutionLimits,
): Invoke {
  const { bridge } = dist;
  return (kind, name, args, auth) =>
    ctx.run(
      kind,
      () => {
        const fn = dist.global(name);
        if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
        try {
          const vmArgs = args.map((a) => bridge.toVm(a));
          const call = fn as (...a: unknown[]) => unknown;
          const result = dist.callWithTimeout(call, vmArgs, limitOf(kind, limits));
          // Simulated service time passed the limit: the script was stopped there, even if it
          // caught the error and carried on.
          if (ctx.overranAtTop) throw new ExecutionTimeout(limitOf(kind, limits));
          return bridge.toHost(result);
        } catch (error) {
          if (error instanceof ExecutionTimeout || ctx.overranAtTop) {
            throw serviceError(timeoutMessage(kind));
          }
          throw hostError(error);
        }
      },
      auth,
    );
}
