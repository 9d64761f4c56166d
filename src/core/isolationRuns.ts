// What the legend says about a KPI optimized in isolation: the runs of rows the detector
// flags, and how the KPI and the counterparts it left behind moved over a run, as Theil–Sen
// rates (robust to the odd outlier week). The same detector as KPI_ISOLATION, so the words
// and the colours agree.
import type { IsolationDetail } from './isolation';
import { MIN_ISOLATION_WINDOW } from './isolation';
import { theilSenFit } from './theilSen';

/** Consecutive flagged rows [start, end] (0-based, inclusive) and who paid on any of them. */
export interface FlaggedRun {
  start: number;
  end: number;
  /** Counterpart indices, ascending. */
  leftBehind: number[];
}

/** The flagged rows as runs, in row order; a row not flagged (or not judged) ends a run. */
export function flaggedRuns(detail: readonly IsolationDetail[]): FlaggedRun[] {
  const runs: FlaggedRun[] = [];
  let open: { start: number; end: number; left: Set<number> } | null = null;
  detail.forEach((row, i) => {
    if (row?.flagged) {
      if (!open) open = { start: i, end: i, left: new Set() };
      open.end = i;
      for (const c of row.leftBehind) open.left.add(c);
    } else if (open) {
      runs.push(closeRun(open));
      open = null;
    }
  });
  if (open) runs.push(closeRun(open));
  return runs;
}

function closeRun(open: { start: number; end: number; left: Set<number> }): FlaggedRun {
  return { start: open.start, end: open.end, leftBehind: [...open.left].sort((a, b) => a - b) };
}

/**
 * The rows a run's rates are measured over: the run itself, reaching back to at least
 * MIN_ISOLATION_WINDOW rows (the shortest run of evidence the detector reads), so a one-row
 * run still has a slope.
 */
export function measuredSpan(run: FlaggedRun): { start: number; end: number } {
  return {
    start: Math.max(0, Math.min(run.start, run.end - MIN_ISOLATION_WINDOW + 1)),
    end: run.end,
  };
}

/**
 * How a series moved over rows [start, end], on its Theil–Sen line: `percent`, the change of
 * the fitted line relative to where it started, when every value there is positive; else
 * `perRow`, the fitted change per row. `perRow` is always given. Null with fewer than two
 * values present.
 */
export type SeriesChange = { perRow: number; percent: number | null };

/**
 * Theil–Sen compares every pair of points: a run longer than this is measured on this many
 * rows spread evenly over it (first and last included), so a long run of a 50,000-row sheet
 * costs half a million slopes, not a billion.
 */
export const MAX_FIT_POINTS = 1000;

export function seriesChange(
  values: readonly (number | null)[],
  start: number,
  end: number,
): SeriesChange | null {
  let xs: number[] = [];
  let ys: number[] = [];
  for (let row = Math.max(0, start); row <= Math.min(end, values.length - 1); row++) {
    const y = values[row];
    if (y !== null && Number.isFinite(y)) {
      xs.push(row);
      ys.push(y);
    }
  }
  if (xs.length > MAX_FIT_POINTS) {
    const step = (xs.length - 1) / (MAX_FIT_POINTS - 1);
    const picked = Array.from({ length: MAX_FIT_POINTS }, (_, i) => Math.round(i * step));
    xs = picked.map((i) => xs[i]);
    ys = picked.map((i) => ys[i]);
  }
  const fit = theilSenFit(xs, ys);
  if (fit === null) return null;
  const from = fit.intercept + fit.slope * start;
  const to = fit.intercept + fit.slope * end;
  const positive = ys.every((y) => y > 0) && from > 0;
  return { perRow: fit.slope, percent: positive ? ((to - from) / from) * 100 : null };
}

/**
 * A "pace" counterpart per unit of KPI, row by row, as the detector reads it: null where
 * either is missing or the KPI is not positive.
 */
export function perUnitOf(
  counterpart: readonly (number | null)[],
  kpi: readonly (number | null)[],
): (number | null)[] {
  return counterpart.map((v, row) => {
    const k = kpi[row];
    if (v === null || k === null || k === undefined || !(k > 0)) return null;
    const ratio = v / k;
    return Number.isFinite(ratio) ? ratio : null;
  });
}
