// Speed of the five custom functions on long columns, called through the built stubs as
// Sheets calls them, beside brute-force baselines (O(n²) Mann–Kendall, windows recomputed
// from scratch, a bare arithmetic loop).
import { mannKendallBruteForce, trailingMannKendall } from '../src/core';

type Callable = (...args: unknown[]) => unknown;
export type Scope = Record<string, unknown>;

export interface Row {
  name: string;
  rows: number;
  ms: number;
  baselineMs?: number;
  baseline?: string;
}

/** A deterministic noisy series with a trend, as a Sheets column (2-D array). */
function series(rows: number, slope: number, seed: number): number[][] {
  let state = seed;
  const out: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    state = (state * 1664525 + 1013904223) % 4294967296;
    out[i] = [100 + slope * i + (state / 4294967296) * 20];
  }
  return out;
}

/** Median wall time of a few runs, after one warm-up. */
export function time(run: () => unknown, repeats = 5): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function windowsFromScratch(columns: number[][][], window: number): void {
  for (const column of columns) {
    const values = column.map((row) => row[0]);
    for (let i = window - 1; i < values.length; i++)
      mannKendallBruteForce(values.slice(i - window + 1, i + 1));
  }
}

export function benchFunctions(scope: Scope, rows: number, withBaselines: boolean): Row[] {
  const call = (name: string) => scope[name] as Callable;
  const kpi = series(rows, 0.01, 1);
  const falling = series(rows, -0.01, 2);
  const flat = series(rows, 0, 3);
  const counterparts = falling.map((row, i) => [row[0], flat[i][0], kpi[i][0] / 2]);
  const counterpartColumns = [0, 1, 2].map((c) => counterparts.map((row) => [row[c]]));
  const isolationSeries = [kpi, ...counterpartColumns].map((column) => column.map((row) => row[0]));
  const result: Row[] = [];

  const progressMs = time(() => call('TARGET_PROGRESS')(kpi, 500, 100));
  result.push({
    name: 'TARGET_PROGRESS',
    rows,
    ms: progressMs,
    baseline: 'bare loop',
    baselineMs: withBaselines ? time(() => kpi.map((row) => [(row[0] - 100) / 400])) : undefined,
  });
  result.push({
    name: 'KPI_TREND (whole series)',
    rows,
    ms: time(() => call('KPI_TREND')(kpi, 'up')),
    baseline: 'O(n²) pairs',
    baselineMs: withBaselines
      ? time(() => mannKendallBruteForce(kpi.map((r) => r[0])), 1)
      : undefined,
  });
  result.push({
    name: 'KPI_HEALTH',
    rows,
    ms: time(() => call('KPI_HEALTH')(kpi, 'up', 90, 1200)),
  });
  result.push({
    name: 'KPI_ISOLATION (3 counterparts, window 52)',
    rows,
    ms: time(() => call('KPI_ISOLATION')(kpi, counterparts, 'up', 'up', 52), 3),
    baseline: 'windows from scratch',
    baselineMs: withBaselines
      ? time(() => windowsFromScratch([kpi, ...counterpartColumns], 52), 1)
      : undefined,
  });
  // The worst case: a KPI rising all along, so every counterpart is judged on every row.
  const climbing = series(rows, 1, 4);
  result.push({
    name: 'KPI_ISOLATION (same, KPI rising throughout)',
    rows,
    ms: time(() => call('KPI_ISOLATION')(climbing, counterparts, 'up', 'up', 52), 3),
  });
  // The n·w floor: one incremental trailing-window Mann–Kendall (n·w pair updates) on each of
  // the four columns, the least any windowed test of them does.
  result.push({
    name: 'n·w floor (trailing MK, window 52, 4 columns)',
    rows,
    ms: time(() => {
      for (const series of isolationSeries) trailingMannKendall(series, 52);
    }, 3),
  });
  return result;
}
