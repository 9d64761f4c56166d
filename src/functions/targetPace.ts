import { dateTime, InputError, targetPace, targetProgress } from '../core';
import {
  type CellResult,
  dateTextSuggestion,
  describeValue,
  isBlank,
  requireNumber,
  requireTime,
} from './args';
import { type ElementwiseArg, elementwise } from './elementwise';
import { actualArg, numberArg } from './targetProgress';

const ORDER =
  'The order is TARGET_PACE(actual, target, baseline, start_date, end_date, [as_of], [tolerance]); ' +
  'give 0 as baseline when you start from nothing';

/** A date where the baseline belongs: the call left baseline out and every date moved left. */
function baselineArg(raw: unknown): ElementwiseArg<number | null> {
  return {
    name: 'baseline',
    raw,
    read: (value, where) => {
      const isDate = dateTime(value) !== null;
      if (isDate || (typeof value === 'string' && dateTextSuggestion(value) !== null)) {
        throw new InputError(
          `baseline${where()} is a date (${describeValue(value)}) where the starting value belongs; was baseline left out? ${ORDER}`,
        );
      }
      return requireNumber('baseline', value, where);
    },
  };
}

// Sheets serials of 2000-01-01 and 2100-01-01: a baseline between them may be a date.
const SERIAL_2000 = 36_526;
const SERIAL_2100 = 73_051;

/**
 * A baseline given as a date serial (a date cell formatted as a number) is only questioned
 * when the call fails on its dates anyway: a baseline of 45,000 is as likely revenue as a day.
 */
function shiftedSerialHint(baseline: unknown, error: unknown): string | null {
  const failedOnDates =
    error instanceof InputError &&
    /^(start_date|end_date|as_of|end date must be after start date)/.test(error.message);
  if (!failedOnDates || typeof baseline !== 'number' || !Number.isInteger(baseline)) return null;
  if (baseline < SERIAL_2000 || baseline >= SERIAL_2100) return null;
  const day = describeValue(new Date(Date.UTC(1899, 11, 30 + baseline)));
  return `${error.message}. baseline (${baseline}) reads like the date ${day}: was baseline left out? ${ORDER}`;
}

function timeArg(name: string, raw: unknown): ElementwiseArg<number | null> {
  return {
    name,
    raw,
    read: (value, where) => requireTime(name, value, where),
  };
}

function toleranceArg(raw: unknown): ElementwiseArg<number | null> {
  return {
    name: 'tolerance',
    raw: isBlank(raw) ? 0.1 : raw,
    read: (value, where) => {
      const tolerance = requireNumber('tolerance', value, where);
      if (tolerance < 0) {
        throw new InputError(
          `tolerance${where()} (${tolerance}) must be 0 or more, e.g. 0.1 for 10 %`,
        );
      }
      return tolerance;
    },
  };
}

export function TARGET_PACE(
  actual: unknown,
  target: unknown,
  baseline: unknown,
  start_date: unknown,
  end_date: unknown,
  as_of?: unknown,
  tolerance?: unknown,
): CellResult {
  try {
    return pace(actual, target, baseline, start_date, end_date, as_of, tolerance);
  } catch (error) {
    const hint = shiftedSerialHint(baseline, error);
    throw hint === null ? error : new InputError(hint);
  }
}

function pace(
  actual: unknown,
  target: unknown,
  baseline: unknown,
  start_date: unknown,
  end_date: unknown,
  as_of: unknown,
  tolerance: unknown,
): CellResult {
  return elementwise(
    [
      actualArg(actual),
      numberArg('target', target),
      baselineArg(baseline),
      timeArg('start_date', start_date),
      timeArg('end_date', end_date),
      timeArg('as_of', isBlank(as_of) ? new Date() : as_of),
      toleranceArg(tolerance),
    ],
    ([a, t, b, start, end, asOf, tol]) => {
      if (a === null) return '';
      const progress = targetProgress(a, t as number, b as number);
      return targetPace({
        progress,
        start: start as number,
        end: end as number,
        asOf: asOf as number,
        tolerance: tol as number,
      });
    },
  );
}
