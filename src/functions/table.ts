// The one table of custom functions: names, parameters, docs and implementations. The build
// writes the Apps Script stubs (with JSDoc for autocomplete) from it, the README's formula
// reference is checked against it, and the bundle exposes exactly these names.
import { InputError } from '../core';
import type { CellResult } from './args';
import { KPI_HEALTH } from './kpiHealth';
import { KPI_ISOLATION } from './kpiIsolation';
import { KPI_TREND } from './kpiTrend';
import { TARGET_PACE } from './targetPace';
import { TARGET_PROGRESS } from './targetProgress';

export interface ParamDoc {
  name: string;
  /** JSDoc type, as Sheets' autocomplete shows it. */
  type: string;
  description: string;
  optional?: boolean;
}

export interface CustomFunctionSpec {
  name: string;
  summary: string;
  params: readonly ParamDoc[];
  returns: string;
  /** JSDoc type of the result. */
  returnType: string;
  example: string;
  // biome-ignore lint/suspicious/noExplicitAny: Sheets passes any cell value; each parameter is checked inside.
  implementation: (...args: any[]) => CellResult;
}

const RANGE = 'number|Array<Array<number>>';
const DIRECTION = 'string|number';
const SERIES_PARAM: ParamDoc = {
  name: 'values',
  type: RANGE,
  description: 'The KPI series, oldest first (blanks and text are skipped).',
};
const DIRECTION_PARAM: ParamDoc = {
  name: 'direction',
  type: DIRECTION,
  description: '"up" if higher is better, "down" if lower is better. Default "up".',
  optional: true,
};

export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [
  {
    name: 'KPI_HEALTH',
    summary:
      'Health of a KPI: its latest value against a healthy band and its recent trend (as KPI_TREND with method "auto"). Returns HEALTHY, WATCH, UNHEALTHY or NO DATA, one per column.',
    params: [
      SERIES_PARAM,
      DIRECTION_PARAM,
      {
        name: 'healthy_min',
        type: 'number',
        description: 'Lowest healthy value. Leave empty for no lower bound.',
        optional: true,
      },
      {
        name: 'healthy_max',
        type: 'number',
        description: 'Highest healthy value. Leave empty for no upper bound.',
        optional: true,
      },
      {
        name: 'window',
        type: 'number',
        description:
          'How many latest values the trend looks at (at least 4). Default 12. The trend is corrected for week-to-week persistence, measured over up to 52 latest values.',
        optional: true,
      },
    ],
    returns: 'HEALTHY, WATCH, UNHEALTHY or NO DATA.',
    returnType: 'string|Array<Array<string>>',
    example: '=KPI_HEALTH(B2:B53, "up", 90, 120)',
    implementation: KPI_HEALTH,
  },
  {
    name: 'TARGET_PROGRESS',
    summary:
      'Progress toward a target: (actual - baseline) / (target - baseline). 1 means the target is reached; over 1 beyond it; below 0 going backwards.',
    params: [
      { name: 'actual', type: RANGE, description: 'The value reached so far, or a range of them.' },
      { name: 'target', type: RANGE, description: 'The goal value, or one per actual.' },
      {
        name: 'baseline',
        type: RANGE,
        description: 'Where you started. Default 0.',
        optional: true,
      },
    ],
    returns: 'A fraction, in the shape of actual; blank where actual is blank.',
    returnType: 'number|Array<Array<number>>',
    example: '=TARGET_PROGRESS(C2:C13, 5)',
    implementation: TARGET_PROGRESS,
  },
  {
    name: 'TARGET_PACE',
    summary:
      'Whether a target will be reached in time: compares progress with the share of time elapsed. Returns NOT STARTED, ON TRACK, AT RISK, OFF TRACK, ACHIEVED or MISSED.',
    params: [
      { name: 'actual', type: RANGE, description: 'The value reached so far, or a range of them.' },
      { name: 'target', type: RANGE, description: 'The goal value.' },
      { name: 'baseline', type: RANGE, description: 'Where you started (0 if from nothing).' },
      { name: 'start_date', type: 'Date', description: 'When the target period starts.' },
      {
        name: 'end_date',
        type: 'Date',
        description:
          'The last day of the period: the whole day counts, so MISSED only from the next day.',
      },
      {
        name: 'as_of',
        type: 'Date',
        description:
          'The date to judge on: pass KPIGUARD_AS_OF, the date KPI Guard keeps current (Extensions > KPI Guard > Refresh as-of date, and the schedule). Left out, it is the day the formula was computed, and it freezes there: Sheets recalculates a custom function only when an argument changes.',
        optional: true,
      },
      {
        name: 'tolerance',
        type: 'number',
        description:
          'How far progress may lag the calendar and still be ON TRACK (0.1 = 10 points). Default 0.1.',
        optional: true,
      },
    ],
    returns: 'A pace status, in the shape of actual; blank where actual is blank.',
    returnType: 'string|Array<Array<string>>',
    example: '=TARGET_PACE(D14, 5, 0, DATE(2026,1,1), DATE(2026,12,31), KPIGUARD_AS_OF)',
    implementation: TARGET_PACE,
  },
  {
    name: 'KPI_TREND',
    summary:
      'Trend of a KPI by the Mann-Kendall test: IMPROVING or WORSENING when significant (|Z| >= 1.645), else STABLE; INSUFFICIENT DATA under 4 values. By default corrected for week-to-week persistence, so a wandering series without a trend is not called trending. One per column.',
    params: [
      SERIES_PARAM,
      DIRECTION_PARAM,
      {
        name: 'window',
        type: 'number',
        description: 'Only the latest this many values (at least 4). Default: all.',
        optional: true,
      },
      {
        name: 'method',
        type: 'string',
        description:
          '"auto" (default) widens the test for persistence measured over up to 52 latest values (Hamed & Rao); "classic" is the textbook test, as R\'s cor.test Kendall and SciPy.',
        optional: true,
      },
    ],
    returns: 'IMPROVING, WORSENING, STABLE or INSUFFICIENT DATA.',
    returnType: 'string|Array<Array<string>>',
    example: '=KPI_TREND(B2:B53, "down", 26)',
    implementation: KPI_TREND,
  },
  {
    name: 'KPI_ISOLATION',
    summary:
      'Flags rows where a KPI is optimized in isolation (Goodhart\'s law): TRUE when the KPI rises significantly above its own history while there is significant evidence that it costs a counterpart: a guardrail ("up"/"down") gets worse, or a "pace" counterpart falls behind per unit of KPI. Calibrated so that few sheets without gaming ever turn TRUE.',
    params: [
      { name: 'kpi', type: RANGE, description: 'The KPI column, oldest first.' },
      {
        name: 'counterparts',
        type: RANGE,
        description:
          'What the KPI should serve: target and paired-KPI columns, as many rows as kpi. Blank cells are skipped; a column with too little data is not judged.',
      },
      {
        name: 'kpi_direction',
        type: DIRECTION,
        description: '"up" or "down" for the KPI. Default "up".',
        optional: true,
      },
      {
        name: 'counterpart_direction',
        type: 'string|Array<Array<string>>',
        description:
          'The rule per counterpart: "up" or "down" for a guardrail that must not get worse (satisfaction "up", complaints "down"), or "pace" for a volume that should keep pace with an "up" KPI (customers with leads). One rule, or a row with one per column. Default "up".',
        optional: true,
      },
      {
        name: 'window',
        type: 'number',
        description:
          'The latest rows compared with the history before them (at least 4). Default 12, calibrated for weekly data.',
        optional: true,
      },
      {
        name: 'method',
        type: 'string',
        description:
          '"auto" (default) allows for week-to-week persistence; "classic" assumes independent rows.',
        optional: true,
      },
    ],
    returns:
      'A column as tall as kpi: TRUE, FALSE, or blank where the KPI is missing or has too little history yet.',
    returnType: 'boolean|Array<Array<boolean>>',
    example: '=KPI_ISOLATION(B2:B53, C2:D53, "up", {"pace","down"})',
    implementation: KPI_ISOLATION,
  },
];

/** Finds the first non-finite number in a result, so no cell ever shows NaN or Infinity. */
function hasNonFinite(result: CellResult): boolean {
  if (typeof result === 'number') return !Number.isFinite(result);
  if (!Array.isArray(result)) return false;
  for (const row of result) {
    for (const cell of row) if (typeof cell === 'number' && !Number.isFinite(cell)) return true;
  }
  return false;
}

/** The function as Sheets calls it: every error names the function, as users see it in the cell. */
export function asSheetsFunction(spec: CustomFunctionSpec): (...args: unknown[]) => CellResult {
  return (...args: unknown[]) => {
    let result: CellResult;
    try {
      result = spec.implementation(...args);
    } catch (error) {
      if (error instanceof InputError) throw new Error(`${spec.name}: ${error.message}`);
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${spec.name}: unexpected problem (${message}); please report it`);
    }
    if (hasNonFinite(result)) {
      throw new Error(`${spec.name}: the numbers are too large to compute; scale them down`);
    }
    return result;
  };
}

export const customFunctions: Record<string, (...args: unknown[]) => CellResult> =
  Object.fromEntries(CUSTOM_FUNCTIONS.map((spec) => [spec.name, asSheetsFunction(spec)]));
