// Everything KPI Guard adds to a spreadsheet, by name, in one place: the features that make
// these things (colours, dashboard, schedule, as-of date) and the removal that takes them away
// read the same names, so nothing KPI Guard made can be left behind.
import { AS_OF_RANGE_NAME, SETTINGS_SHEET_NAME } from './asOf';
import { COLUMN_METADATA_KEY } from './settings/keys';

export { AS_OF_RANGE_NAME, COLUMN_METADATA_KEY, SETTINGS_SHEET_NAME };

/** Hidden sheet holding the KPI_ISOLATION formulas that the colour rules read via INDIRECT. */
export const HELPER_SHEET_NAME = 'KPI Guard helper';

/** The live dashboard built by the menu's Build dashboard. */
export const DASHBOARD_SHEET_NAME = 'KPI Guard dashboard';

/** Dated snapshots appended by the scheduled run; removal asks before deleting it. */
export const HISTORY_SHEET_NAME = 'KPI Guard history';

/** Every document property KPI Guard writes starts with this. */
export const PROPERTY_PREFIX = 'kpiguard.';

/** Sheets KPI Guard creates and may delete without asking (history is asked about apart). */
export const OWNED_SHEET_NAMES: readonly string[] = [
  HELPER_SHEET_NAME,
  DASHBOARD_SHEET_NAME,
  SETTINGS_SHEET_NAME,
];
