// Live colours: what other features use. repaintSheet rewrites one sheet's helper columns and
// colour rules (the sidebar's save and the scheduled run call it); helperColumnsOf tells which
// helper column holds which link's KPI_ISOLATION flags (the dashboard names the counterparts
// left behind from them).
export { HELPER_METADATA_KEY } from './helperColumns';
export { isColourRuleFormula, RULE_MARKER } from './links';
export { type HelperLinkColumn, helperColumnsFor, helperColumnsOf } from './lookup';
export {
  HELPER_HEADROOM_ROWS,
  type PaintedLink,
  type RepaintResult,
  repaintAllSheets,
  repaintSheet,
} from './repaint';
export { isKpiGuardRule, WARNING_BACKGROUND, writeColourRules } from './rules';
