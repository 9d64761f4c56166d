// The bundle's entry: esbuild exposes these exports as the one global `KpiGuard`, and the
// generated stubs (dist/Stubs.js) forward each top-level Apps Script function to it. The
// bundle test checks that every name in the two tables is exported here.
import { customFunctions } from './functions/table';

export const {
  KPI_HEALTH,
  TARGET_PROGRESS,
  TARGET_PACE,
  KPI_TREND,
  KPI_ISOLATION,
}: Record<string, (...args: unknown[]) => unknown> = customFunctions;
export { ensureAsOfRange, refreshAsOfDate } from './addon/asOf';
export { getSheetColumns } from './addon/columns';
export { onInstall, onOpen, showSidebar } from './addon/menu';
