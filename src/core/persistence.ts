import { correctedAr1, estimateAr1Pieces, MIN_AUTOCORRELATION_VALUES } from './autocorrelation';
import { presentInto } from './seriesArray';
import { SlidingRows } from './slidingLineFit';
import type { TrendMethod } from './trendMethod';

/** φ assumed at most where the history is too short to measure it (weekly KPIs persist about this much). */
export const ASSUMED_AR1 = 0.3;

/** Persistence beyond this is more likely the curve of a change under way than noise. */
export const MAX_PERSISTENCE = 0.6;

export interface PersistenceSettings {
  method: TrendMethod;
  /** Measured on up to this many rows just before the window. */
  autocorrelationRows: number;
}

/**
 * Per row, φ of the series' AR(1) persistence, measured on up to autocorrelationRows rows just
 * before that row's window, so that a change under way in the window is not read
 * as persistence; capped at MAX_PERSISTENCE. Where fewer than 12 values precede the window,
 * the window is read too (detrended apart) but trusted no further than ASSUMED_AR1. 0 for
 * "classic". `windowRowsAt(row)` gives each row's window. O(rows): the fit slides.
 */
export function persistenceBeforeWindow(
  series: Float64Array,
  settings: PersistenceSettings,
  windowRowsAt: (row: number) => number,
): Float64Array {
  const phi = new Float64Array(series.length);
  if (settings.method === 'classic') return phi;
  const past = new SlidingRows(series, settings.autocorrelationRows);
  const before = new Float64Array(settings.autocorrelationRows);
  const recent = new Float64Array(settings.autocorrelationRows);
  for (let row = 0; row < series.length; row++) {
    const historyEnd = row + 1 - Math.max(0, windowRowsAt(row));
    const fit = past.moveTo(Math.max(0, historyEnd - settings.autocorrelationRows), historyEnd);
    if (fit.count >= MIN_AUTOCORRELATION_VALUES) {
      phi[row] = Math.min(MAX_PERSISTENCE, correctedAr1(fit.detrendedLag1(), fit.count));
    } else {
      const history = presentInto(
        series,
        historyEnd - settings.autocorrelationRows,
        historyEnd,
        before,
      );
      const window = presentInto(series, historyEnd, row + 1, recent);
      phi[row] = Math.min(ASSUMED_AR1, estimateAr1Pieces([history, window]));
    }
  }
  return phi;
}
