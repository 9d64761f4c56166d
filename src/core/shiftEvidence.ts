import type { PersistenceSettings } from './persistence';
import { SlidingRows } from './slidingLineFit';

/** How the shift scan reads a series; the defaults come from `npm run calibrate`. */
export interface ShiftScanSettings extends PersistenceSettings {
  /** The latest rows scanned for a shift (rows, not present values). */
  window: number;
  /** At most this many rows before the window form the history it is compared with. */
  history: number;
  /** Fewer present values than this in the history: not judged. */
  minHistory: number;
  /** A shift must hold over at least this many latest present values: one odd row is no evidence. */
  minRun: number;
  /** Each value's standardized deviation counts at most this much, so one outlier cannot carry a run. */
  clip: number;
}

/** The rows of the window ending at row: fewer near the top, so minHistory rows stay before it. */
export function windowRowsAt(row: number, settings: ShiftScanSettings): number {
  return Math.min(settings.window, row + 1 - settings.minHistory);
}

/**
 * Per row, the evidence that the latest rows sit above the series' own history: the largest
 * z over runs of the last L present values (minRun ≤ L ≤ the window), of their mean against
 * the mean of the rows before the window, in units of the history's standard deviation,
 * widened for the row's AR(1) persistence φ and read as Student's t (the spread is itself
 * estimated). NaN where the row cannot be judged: too little history or too few recent
 * values, or a history without spread, or a row `judged` leaves out. `series` holds NaN for
 * missing values. O(rows · window): the history slides.
 */
export function upwardShiftEvidence(
  series: Float64Array,
  settings: ShiftScanSettings,
  persistence: Float64Array,
  judged: Uint8Array | null = null,
): Float64Array {
  const evidence = new Float64Array(series.length).fill(Number.NaN);
  const history = new SlidingRows(series, settings.history);
  for (let row = 0; row < series.length; row++) {
    const windowRows = windowRowsAt(row, settings);
    if (windowRows < settings.minRun) continue;
    const historyEnd = row + 1 - windowRows;
    const fit = history.moveTo(Math.max(0, historyEnd - settings.history), historyEnd);
    const n = fit.count;
    if (n < settings.minHistory || (judged !== null && judged[row] === 0)) continue;
    const spread = fit.standardDeviation();
    if (!(spread > 0)) continue;
    const best = bestRun(
      series,
      row,
      windowRows,
      fit.mean(),
      spread,
      n,
      persistence[row],
      settings,
    );
    // The spread is estimated from n values: read the ratio as Student's t on n − 1 degrees.
    if (best !== Number.NEGATIVE_INFINITY) evidence[row] = normalFromStudentT(best, n - 1);
  }
  return evidence;
}

/** The largest run t of the window ending at row against the history's mean and spread. */
function bestRun(
  series: Float64Array,
  row: number,
  windowRows: number,
  mean: number,
  spread: number,
  historyCount: number,
  phi: number,
  settings: ShiftScanSettings,
): number {
  const historyVariance = meanVarianceFactor(historyCount, phi) / historyCount;
  const { clip, minRun } = settings;
  const inverseSpread = 1 / spread;
  // run · meanVarianceFactor(run, φ) without a division per run (see meanVarianceFactor).
  const a = phi > 0 ? phi / (1 - phi) : 0;
  const b = phi > 0 ? phi / ((1 - phi) * (1 - phi)) : 0;
  // Compared as squares over runs that rise, so no square root per run; a falling run only
  // matters when nothing rises, and then its t (below 0) is the answer.
  let bestSquare = -1;
  let fallback = Number.NEGATIVE_INFINITY;
  let sum = 0;
  let run = 0;
  let last = phi > 0 ? 1 / phi : 0; // φ^(run − 1), kept by multiplication
  for (let r = row; r > row - windowRows; r--) {
    const value = series[r];
    if (Number.isNaN(value)) continue; // missing
    sum += Math.max(-clip, Math.min(clip, (value - mean) * inverseSpread));
    run++;
    last *= phi;
    if (run < minRun) continue;
    const scaledFactor =
      run + 2 * (run * a * (1 - last) - b * (1 - run * last + (run - 1) * last * phi));
    // Var(Σ of the run − run · history mean) in units of σ²: run·factor + run²·history's.
    const variance = scaledFactor + run * run * historyVariance;
    if (sum > 0) {
      const square = (sum * sum) / variance;
      if (square > bestSquare) bestSquare = square;
    } else if (bestSquare < 0) {
      const t = sum / Math.sqrt(variance);
      if (t > fallback) fallback = t;
    }
  }
  return bestSquare >= 0 ? Math.sqrt(bestSquare) : fallback;
}

/** The normal deviate with the tail probability of Student's t on df degrees (Wallace 1959). */
export function normalFromStudentT(t: number, df: number): number {
  const z = ((8 * df + 1) / (8 * df + 3)) * Math.sqrt(df * Math.log1p((t * t) / df));
  return t < 0 ? -z : z;
}

/**
 * Var(mean of m AR(1) values) · m / σ² = 1 + 2 Σ_{k<m} (1 − k/m) φ^k, in closed form:
 * Σ_{k=1}^{m−1} φ^k = φ(1 − φ^(m−1))/(1 − φ), Σ k φ^k = φ(1 − m φ^(m−1) + (m−1) φ^m)/(1 − φ)².
 */
export function meanVarianceFactor(m: number, phi: number): number {
  if (phi <= 0 || m < 2) return 1;
  const last = phi ** (m - 1);
  const powers = (phi * (1 - last)) / (1 - phi);
  const weighted = (phi * (1 - m * last + (m - 1) * last * phi)) / ((1 - phi) * (1 - phi));
  return 1 + 2 * (powers - weighted / m);
}
