/**
 * Lag-1 autocorrelation of a KPI's noise, for the trend tests' serial-correlation correction.
 * Values are detrended by a least-squares line first, so a trend is not read as persistence.
 */

/** Fewer values than this give no estimate: the correction is then left out. */
export const MIN_AUTOCORRELATION_VALUES = 12;

/** Estimates are capped here: beyond it a series is more trend than noise. */
export const MAX_AUTOCORRELATION = 0.9;

/**
 * r1 of the residuals of values[from..to) about their least-squares line, against position;
 * 0 when they have no spread. O(n), no allocation.
 */
export function detrendedLag1(values: ArrayLike<number>, from = 0, to = values.length): number {
  const sums = detrendedLagSums(values, from, to);
  return sums !== null && sums.squares > 0 ? sums.lagged / sums.squares : 0;
}

/** Σ e_i e_(i−1) and Σ e_i² of the residuals about the least-squares line; null under 3 values. */
function detrendedLagSums(
  values: ArrayLike<number>,
  from: number,
  to: number,
): { lagged: number; squares: number } | null {
  const n = to - from;
  if (n < 3) return null;
  const meanX = (n - 1) / 2;
  let meanY = 0;
  for (let i = from; i < to; i++) meanY += values[i];
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = from; i < to; i++) {
    const x = i - from - meanX;
    sxy += x * (values[i] - meanY);
    sxx += x * x;
  }
  const slope = sxy / sxx;
  let lagged = 0;
  let squares = 0;
  let previous = 0;
  for (let i = from; i < to; i++) {
    const residual = values[i] - meanY - slope * (i - from - meanX);
    squares += residual * residual;
    if (i > from) lagged += residual * previous;
    previous = residual;
  }
  return { lagged, squares };
}

/**
 * φ of the noise from pieces of one series, each detrended by its own line (so a change of
 * trend between them is not read as persistence), their lag-1 products pooled: r1 of the
 * pieces together, corrected for the bias each line adds, (N·r1 + 2k)/(N − 6k) for k pieces
 * of N values in all. Clamped as estimateAr1; 0 below MIN_AUTOCORRELATION_VALUES values.
 */
export function estimateAr1Pieces(pieces: readonly ArrayLike<number>[]): number {
  let lagged = 0;
  let squares = 0;
  let total = 0;
  let fitted = 0;
  for (const piece of pieces) {
    const sums = detrendedLagSums(piece, 0, piece.length);
    if (sums === null) continue;
    lagged += sums.lagged;
    squares += sums.squares;
    total += piece.length;
    fitted++;
  }
  if (total < MIN_AUTOCORRELATION_VALUES || !(squares > 0)) return 0;
  const corrected = (total * (lagged / squares) + 2 * fitted) / (total - 6 * fitted);
  return Math.min(MAX_AUTOCORRELATION, Math.max(0, corrected));
}

/**
 * The AR(1) coefficient φ of the noise, from r1 of the detrended values corrected for its
 * small-sample bias. Detrending by a line biases r1 down by about (2 + 6φ)/n (measured by
 * `npm run calibrate`), so φ ≈ (n·r1 + 2)/(n − 6). Clamped to [0, MAX_AUTOCORRELATION]: a
 * negative estimate never makes a test bolder. 0 below MIN_AUTOCORRELATION_VALUES values.
 */
export function estimateAr1(values: ArrayLike<number>, from = 0, to = values.length): number {
  const n = to - from;
  if (n < MIN_AUTOCORRELATION_VALUES) return 0;
  return correctedAr1(detrendedLag1(values, from, to), n);
}

/** φ from r1 of n detrended values: (n·r1 + 2)/(n − 6), clamped to [0, MAX_AUTOCORRELATION]. */
export function correctedAr1(r1: number, n: number): number {
  if (n < MIN_AUTOCORRELATION_VALUES) return 0;
  return Math.min(MAX_AUTOCORRELATION, Math.max(0, (n * r1 + 2) / (n - 6)));
}
