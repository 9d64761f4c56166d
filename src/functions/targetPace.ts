import { InputError, targetPace, targetProgress } from '../core';
import { type CellResult, isBlank, requireNumber, requireTime } from './args';
import { type ElementwiseArg, elementwise } from './elementwise';
import { actualArg, numberArg } from './targetProgress';

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
  return elementwise(
    [
      actualArg(actual),
      numberArg('target', target),
      numberArg('baseline', baseline),
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
