// The bundle's entry: esbuild exposes this module as the one global `KpiGuard`, and each
// generated stub in dist/Stubs.js forwards to KpiGuard.api.NAME. The names come from the
// registry (src/addon/registry.ts), so nothing is listed twice.
import { publicImplementations } from './addon/registry';

export const api = publicImplementations();
// Not a public function (no stub, no menu item): the as-of cell for code that writes
// formulas passing it as as_of, reachable as KpiGuard.ensureAsOfRange.
export { ensureAsOfRange } from './addon/asOf';
// Likewise the repaint of every sheet's colours (the scheduled run's step), reachable as
// KpiGuard.repaintAllSheets for code that runs it outside the sidebar.
export { repaintAllSheets } from './addon/colours';
