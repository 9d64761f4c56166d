// The one registry of public functions: every name Apps Script and Sheets must see at top
// level (custom functions, simple triggers, menu handlers, sidebar endpoints). The build
// writes a stub for each, the bundle exports each implementation under its name, and the
// local runtime registers the custom functions from it.
import { CUSTOM_FUNCTIONS, type CustomFunctionSpec, customFunctions } from '../functions/table';
import { SIDEBAR_ENDPOINTS } from './endpoints';
import { MENU_ITEMS, onInstall, onOpen } from './menu';
import { runScheduledRecalculation } from './schedule/run';
import { RUN_HANDLER } from './schedule/trigger';

export type PublicKind = 'customFunction' | 'trigger' | 'menu' | 'endpoint';

export interface PublicFunction {
  name: string;
  kind: PublicKind;
  params: readonly string[];
  description: string;
  implementation: (...args: never[]) => unknown;
  /** Custom functions: the documentation Sheets shows in autocomplete. */
  spec?: CustomFunctionSpec;
}

const TRIGGERS: readonly PublicFunction[] = [
  {
    name: 'onOpen',
    kind: 'trigger',
    params: ['e'],
    description: 'Simple trigger: builds the add-on menu.',
    implementation: onOpen,
  },
  {
    name: 'onInstall',
    kind: 'trigger',
    params: ['e'],
    description: 'Runs when the add-on is installed: builds the menu.',
    implementation: onInstall,
  },
  {
    name: RUN_HANDLER,
    kind: 'trigger',
    params: ['e'],
    description:
      'Time-driven trigger (the schedule): refreshes the as-of date, appends a snapshot to the history, marks stale KPIs.',
    implementation: runScheduledRecalculation,
  },
];

export const PUBLIC_FUNCTIONS: readonly PublicFunction[] = [
  ...CUSTOM_FUNCTIONS.map(
    (spec): PublicFunction => ({
      name: spec.name,
      kind: 'customFunction',
      params: spec.params.map((p) => p.name),
      description: spec.summary,
      implementation: customFunctions[spec.name],
      spec,
    }),
  ),
  ...TRIGGERS,
  ...MENU_ITEMS.map(
    (item): PublicFunction => ({
      name: item.handler,
      kind: 'menu',
      params: [],
      description: item.description,
      implementation: item.run,
    }),
  ),
  ...Object.entries(SIDEBAR_ENDPOINTS).map(
    ([name, endpoint]): PublicFunction => ({
      name,
      kind: 'endpoint',
      params: endpoint.params,
      description: endpoint.description,
      implementation: endpoint.implementation as (...args: never[]) => unknown,
    }),
  ),
];

/** The names Sheets may call from a cell. */
export const CUSTOM_FUNCTION_NAMES: readonly string[] = PUBLIC_FUNCTIONS.filter(
  (f) => f.kind === 'customFunction',
).map((f) => f.name);

/** name → implementation, for the bundle's one global. */
export function publicImplementations(): Record<string, (...args: never[]) => unknown> {
  const byName: Record<string, (...args: never[]) => unknown> = {};
  for (const f of PUBLIC_FUNCTIONS) {
    if (f.name in byName) throw new Error(`Two public functions named ${f.name}`);
    byName[f.name] = f.implementation;
  }
  return byName;
}
