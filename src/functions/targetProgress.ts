import { targetProgress, toNumberOrNull } from '../core';
import { type CellResult, isBlank, requireNumber } from './args';
import { type ElementwiseArg, elementwise } from './elementwise';

type Numeric = ElementwiseArg<number | null>;

/** The series being measured: a missing cell (blank, text, error) stays blank in the result. */
export function actualArg(raw: unknown): Numeric {
  return { name: 'actual', raw, read: (value) => toNumberOrNull(value) };
}

export function numberArg(name: string, raw: unknown, fallback?: number): Numeric {
  const omitted = fallback !== undefined && isBlank(raw);
  return {
    name,
    raw: omitted ? fallback : raw,
    read: (value, where) => requireNumber(name, value, where),
  };
}

export function TARGET_PROGRESS(actual: unknown, target: unknown, baseline?: unknown): CellResult {
  return elementwise(
    [actualArg(actual), numberArg('target', target), numberArg('baseline', baseline, 0)],
    ([a, t, b]) => (a === null ? '' : targetProgress(a, t as number, b as number)),
  );
}
