import { InputError, parseTrendMethod, type TrendMethod } from '../core';
import { describeValue, isBlank } from './args';

/** The optional `method` argument: "auto" (the default) or "classic". */
export function requireTrendMethod(value: unknown): TrendMethod {
  if (isBlank(value)) return 'auto';
  const method = parseTrendMethod(value);
  if (method === null) {
    throw new InputError(
      `method must be "auto" (corrects for week-to-week persistence) or "classic" (the textbook test), got ${describeValue(value)}`,
    );
  }
  return method;
}
