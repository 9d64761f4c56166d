import { estimateAr1, estimateAr1Pieces, MIN_AUTOCORRELATION_VALUES } from './autocorrelation';
import type { TrendMethod } from './trendMethod';

/** How the shift scan reads a series; the defaults come from `npm run calibrate`. */
export interface ShiftScanSettings {
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
  /** "auto" widens the variance of the means for the AR(1) persistence of the series... */
  method: TrendMethod;
  /** ...measured on the rows before the window among the last this many rows. */
  autocorrelationRows: number;
}

/** φ assumed where the history is too short to measure it (weekly KPIs persist about this much). */
export const ASSUMED_AR1 = 0.3;

/** Persistence beyond this is more likely the curve of a change under way than noise. */
export const MAX_PERSISTENCE = 0.6;

/**
 * Per row, the evidence that the latest rows sit above the series' own history: the largest
 * z over runs of the last L present values (minRun ≤ L ≤ the window), of their mean against
 * the mean of the rows before the window, in units of the history's standard deviation,
 * widened for AR(1) persistence and read as Student's t (the spread is itself estimated).
 * NaN where the row cannot be judged: too little history or too few recent values, or a
 * history without spread. Early in a sheet the window shrinks so that minHistory rows stay
 * before it. O(rows · (window + history + autocorrelationRows)).
 */
export function upwardShiftEvidence(
  values: readonly (number | null)[],
  settings: ShiftScanSettings,
  persistence: Float64Array,
): Float64Array {
  const { history, minHistory } = settings;
  const evidence = new Float64Array(values.length).fill(Number.NaN);
  const baseline = new Float64Array(history);
  for (let row = 0; row < values.length; row++) {
    const windowRows = windowRowsAt(row, settings);
    if (windowRows < settings.minRun) continue;
    const historyEnd = row + 1 - windowRows;
    const past = present(values, Math.max(0, historyEnd - history), historyEnd, baseline);
    if (past.length < minHistory) continue;
    evidence[row] = scan(values, row, windowRows, past, persistence[row], settings);
  }
  return evidence;
}

/** The rows of the window ending at row: fewer near the top, so minHistory rows stay before it. */
export function windowRowsAt(row: number, settings: ShiftScanSettings): number {
  return Math.min(settings.window, row + 1 - settings.minHistory);
}

/**
 * Per row, φ of the series' AR(1) persistence, measured on the rows before the window (up to
 * autocorrelationRows rows back), so that a change under way in the window is not read as
 * persistence; ASSUMED_AR1 where fewer than 12 values precede it; 0 for "classic".
 */
export function persistenceBeforeWindow(
  values: readonly (number | null)[],
  settings: ShiftScanSettings,
): Float64Array {
  const phi = new Float64Array(values.length);
  if (settings.method === 'classic') return phi;
  const buffer = new Float64Array(settings.autocorrelationRows);
  const recent = new Float64Array(Math.min(settings.window, values.length));
  for (let row = 0; row < values.length; row++) {
    const historyEnd = row + 1 - Math.max(0, windowRowsAt(row, settings));
    const past = present(
      values,
      Math.max(0, row + 1 - settings.autocorrelationRows),
      historyEnd,
      buffer,
    );
    if (past.length >= MIN_AUTOCORRELATION_VALUES) {
      phi[row] = Math.min(MAX_PERSISTENCE, estimateAr1(past));
    } else {
      // Too little history alone: read the window too (detrended apart), but trust it no
      // further than the persistence typical of weekly KPIs.
      const window = present(values, historyEnd, row + 1, recent);
      phi[row] = Math.min(ASSUMED_AR1, estimateAr1Pieces([past, window]));
    }
  }
  return phi;
}

/** The largest run z of the window ending at row against the history values. */
function scan(
  values: readonly (number | null)[],
  row: number,
  windowRows: number,
  history: Float64Array,
  phi: number,
  settings: ShiftScanSettings,
): number {
  const n = history.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += history[i];
  mean /= n;
  const spread = standardDeviation(history, mean);
  if (!(spread > 0)) return Number.NaN;
  const historyVariance = meanVarianceFactor(n, phi) / n;
  let best = Number.NEGATIVE_INFINITY;
  let sum = 0;
  let run = 0;
  for (let r = row; r > row - windowRows; r--) {
    const value = values[r];
    if (value === null) continue;
    const u = (value - mean) / spread;
    sum += Math.max(-settings.clip, Math.min(settings.clip, u));
    run++;
    if (run < settings.minRun) continue;
    const t = sum / run / Math.sqrt(meanVarianceFactor(run, phi) / run + historyVariance);
    if (t > best) best = t;
  }
  if (best === Number.NEGATIVE_INFINITY) return Number.NaN;
  // The spread is itself estimated from n − 2 residuals: read the ratio as Student's t.
  return normalFromStudentT(best, n - 1);
}

/** The normal deviate with the tail probability of Student's t on df degrees (Wallace 1959). */
export function normalFromStudentT(t: number, df: number): number {
  const z = ((8 * df + 1) / (8 * df + 3)) * Math.sqrt(df * Math.log1p((t * t) / df));
  return t < 0 ? -z : z;
}

/** The present values of rows [from, to) copied into buffer; the filled part. */
function present(
  values: readonly (number | null)[],
  from: number,
  to: number,
  buffer: Float64Array,
): Float64Array {
  let count = 0;
  for (let r = Math.max(from, to - buffer.length); r < to; r++) {
    const value = values[r];
    if (value !== null) buffer[count++] = value;
  }
  return buffer.subarray(0, count);
}

/** The sample standard deviation of the values around their mean. */
function standardDeviation(values: Float64Array, mean: number): number {
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
}

/** Var(mean of m AR(1) values) · m / σ² = 1 + 2 Σ_{k<m} (1 − k/m) φ^k. */
function meanVarianceFactor(m: number, phi: number): number {
  if (phi <= 0) return 1;
  let sum = 0;
  let power = phi;
  for (let k = 1; k < m && power > 1e-12; k++, power *= phi) sum += (1 - k / m) * power;
  return 1 + 2 * sum;
}
