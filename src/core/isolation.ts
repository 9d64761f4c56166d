import type { CounterpartRule } from './counterpartRule';
import type { Direction } from './direction';
import { InputError } from './errors';
import { persistenceBeforeWindow } from './persistence';
import { toSeriesArray } from './seriesArray';
import { type ShiftScanSettings, upwardShiftEvidence, windowRowsAt } from './shiftEvidence';
import { addYoungSheetTrend } from './trendEvidence';
import type { TrendMethod } from './trendMethod';

/** The isolation detector's settings; ISOLATION_DEFAULTS are chosen by `npm run calibrate`. */
export interface IsolationSettings extends ShiftScanSettings {
  /** Evidence at or beyond this z is significant (the KPI's rise and a counterpart's harm alike). */
  threshold: number;
  /** A row is flagged only when the condition holds on this many consecutive rows up to it. */
  persistence: number;
  /** While the sheet is young, also count a Mann–Kendall trend over all its rows (false: shifts only). */
  trend: boolean;
}

/**
 * Chosen with `npm run calibrate -- --sweep` (README, "How often KPI Guard cries wolf"): on
 * 52-row sheets, at most ~9 % of sheets without gaming turn red in any family measured, and
 * gaming at 0.25σ a row is caught in 99–100 % of sheets, a median of 10–14 rows late.
 */
export const ISOLATION_DEFAULTS: Readonly<IsolationSettings> = Object.freeze({
  window: 12,
  history: 52,
  minHistory: 6,
  minRun: 4,
  clip: 6,
  method: 'auto',
  autocorrelationRows: 104,
  threshold: 3,
  persistence: 1,
  trend: true,
});

export interface IsolationOptions {
  window?: number;
  method?: TrendMethod;
}

/** Per row: null where it cannot be judged, else whether it is flagged and who pays for it. */
export type IsolationDetail = { flagged: boolean; leftBehind: number[] } | null;

/** The smallest window: fewer rows cannot hold a run of evidence. */
export const MIN_ISOLATION_WINDOW = 4;

/**
 * Per row, whether the KPI is optimized in isolation: it rises significantly above its own
 * history (in its good direction) while at least one counterpart shows significant evidence
 * of harm by its rule — a guardrail sinks below its history in its bad direction, a "pace"
 * counterpart's value per unit of KPI sinks below its history. A counterpart without enough
 * data is not judged. null where the KPI cell is missing or its own rise cannot be judged.
 */
export function kpiIsolationDetail(
  kpi: readonly (number | null)[],
  counterparts: readonly (readonly (number | null)[])[],
  kpiDirection: Direction,
  rules: readonly CounterpartRule[],
  options: IsolationOptions = {},
): IsolationDetail[] {
  return isolationDetailWith(kpi, counterparts, kpiDirection, rules, {
    ...ISOLATION_DEFAULTS,
    ...definedOptions(options),
  });
}

/** kpiIsolationDetail reduced to TRUE / FALSE / null per row. */
export function kpiIsolation(
  kpi: readonly (number | null)[],
  counterparts: readonly (readonly (number | null)[])[],
  kpiDirection: Direction,
  rules: readonly CounterpartRule[],
  options: IsolationOptions = {},
): (boolean | null)[] {
  return kpiIsolationDetail(kpi, counterparts, kpiDirection, rules, options).map((row) =>
    row === null ? null : row.flagged,
  );
}

/** The detector with every setting given: what the calibration harness sweeps. */
export function isolationDetailWith(
  kpi: readonly (number | null)[],
  counterparts: readonly (readonly (number | null)[])[],
  kpiDirection: Direction,
  rules: readonly CounterpartRule[],
  settings: IsolationSettings,
): IsolationDetail[] {
  validate(kpi, counterparts, kpiDirection, rules, settings);
  // A window taller than the sheet looks at the whole sheet: no buffer beyond its rows.
  settings = { ...settings, window: Math.min(settings.window, Math.max(kpi.length, 1)) };
  const rise = upwardEvidence(
    kpi.map((v) => (v === null ? null : kpiDirection * v)),
    settings,
    null,
  );
  // A counterpart's harm matters only on rows where the KPI rises: judged there alone.
  const rising = new Uint8Array(kpi.length);
  for (let row = 0; row < kpi.length; row++) {
    rising[row] = kpi[row] !== null && rise[row] >= settings.threshold ? 1 : 0;
  }
  const harms = counterparts.map((column, c) =>
    upwardEvidence(harmSeries(column, kpi, rules[c]), settings, rising),
  );
  const details: IsolationDetail[] = new Array(kpi.length);
  let streak = 0;
  for (let row = 0; row < kpi.length; row++) {
    if (kpi[row] === null || Number.isNaN(rise[row])) {
      details[row] = null;
      streak = 0;
      continue;
    }
    const leftBehind: number[] = [];
    if (rise[row] >= settings.threshold) {
      harms.forEach((harm, c) => {
        // NaN (not judged) fails the comparison: missing data is not harm.
        if (harm[row] >= settings.threshold) leftBehind.push(c);
      });
    }
    streak = leftBehind.length > 0 ? streak + 1 : 0;
    details[row] = { flagged: streak >= settings.persistence, leftBehind };
  }
  return details;
}

/** The stronger of the shift over history and (when enabled) the trend across both; NaN: not judged. */
function upwardEvidence(
  values: readonly (number | null)[],
  settings: IsolationSettings,
  judged: Uint8Array | null,
): Float64Array {
  const series = toSeriesArray(values);
  const persistence = persistenceBeforeWindow(series, settings, (row) =>
    windowRowsAt(row, settings),
  );
  const shift = upwardShiftEvidence(series, settings, persistence, judged);
  if (settings.trend) addYoungSheetTrend(series, shift, persistence, settings);
  return shift;
}

/** The counterpart turned so that harm is upward: a guardrail's bad way, or a falling per-KPI ratio. */
function harmSeries(
  column: readonly (number | null)[],
  kpi: readonly (number | null)[],
  rule: CounterpartRule,
): (number | null)[] {
  if (rule === 'up') return column.map((v) => (v === null ? null : -v));
  if (rule === 'down') return column.slice();
  return column.map((v, row) => {
    const k = kpi[row];
    // Per unit of KPI only means something for a positive KPI.
    if (v === null || k === null || !(k > 0)) return null;
    const ratio = v / k;
    return Number.isFinite(ratio) ? -ratio : null;
  });
}

function definedOptions(options: IsolationOptions): Partial<IsolationSettings> {
  const defined: Partial<IsolationSettings> = {};
  if (options.window !== undefined) defined.window = options.window;
  if (options.method !== undefined) defined.method = options.method;
  return defined;
}

function validate(
  kpi: readonly (number | null)[],
  counterparts: readonly (readonly (number | null)[])[],
  kpiDirection: Direction,
  rules: readonly CounterpartRule[],
  settings: IsolationSettings,
): void {
  const { window } = settings;
  if (!Number.isInteger(window) || window < MIN_ISOLATION_WINDOW) {
    throw new InputError(
      `window (${window}) must be a whole number of rows, ${MIN_ISOLATION_WINDOW} or more ` +
        '(fewer rows cannot hold a run of evidence)',
    );
  }
  if (counterparts.length === 0) throw new InputError('give at least one counterpart column');
  counterparts.forEach((column, c) => {
    if (column.length !== kpi.length) {
      throw new InputError(
        `counterpart column ${c + 1} has ${column.length} rows but the KPI has ${kpi.length}; ` +
          'give ranges of the same height',
      );
    }
  });
  if (rules.length !== counterparts.length) {
    throw new InputError(
      `${rules.length} counterpart rules for ${counterparts.length} counterpart columns; ` +
        'give one rule, or one per column',
    );
  }
  if (kpiDirection === -1 && rules.includes('pace')) {
    throw new InputError(
      '"pace" needs a KPI where higher is better (a volume such as leads); for a "down" KPI ' +
        'give the counterpart as a guardrail, "up" or "down"',
    );
  }
  assertFiniteOrMissing(kpi, 'KPI');
  for (const [c, column] of counterparts.entries()) {
    assertFiniteOrMissing(column, `counterpart column ${c + 1}`);
  }
}

function assertFiniteOrMissing(column: readonly (number | null)[], what: string): void {
  for (const [i, value] of column.entries()) {
    if (value !== null && !Number.isFinite(value)) {
      throw new InputError(`${what}, row ${i + 1} (${value}), is not a finite number or missing`);
    }
  }
}
