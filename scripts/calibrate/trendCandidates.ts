// The serial-correlation corrections KPI_TREND's "auto" was chosen from, side by side on the
// same series: false trends on persistent noise against power on real trends.
import {
  detrendedLag1,
  estimateAr1,
  hamedRaoFactor,
  type MannKendallResult,
  mannKendall,
  SIGNIFICANT_Z,
  trendTest,
} from '../../src/core';
import { continuityCorrectedZ } from '../../src/core/mannKendallResult';
import { shareCalled } from './trendRates';

type Candidate = (values: number[]) => number;

/** Yue & Wang (2004): n/n* = 1 + 2 Σ (1 − k/n) ρ_k with AR(1) ρ_k = φ^k, φ bias-corrected. */
function yueWangFactor(n: number, phi: number): number {
  let sum = 0;
  let power = phi;
  for (let k = 1; k < n && power > 1e-12; k++, power *= phi) sum += (1 - k / n) * power;
  return 1 + 2 * sum;
}

const widened = (result: MannKendallResult, factor: number) =>
  continuityCorrectedZ(result.s, result.varS * factor);

/** Trend-free pre-whitening (Yue et al. 2002): remove the slope, whiten by r1, add it back. */
function trendFreePrewhitened(values: number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  values.forEach((y, i) => {
    sxy += (i - meanX) * (y - meanY);
    sxx += (i - meanX) ** 2;
  });
  const slope = sxy / sxx;
  const r1 = Math.max(0, detrendedLag1(values));
  const detrended = values.map((y, i) => y - slope * i);
  const whitened = detrended.slice(1).map((y, i) => y - r1 * detrended[i] + slope * (i + 1));
  return mannKendall(whitened).z;
}

export const TREND_CANDIDATES: Record<string, Candidate> = {
  classic: (v) => mannKendall(v).z,
  'Hamed & Rao, AR(1), bias-corrected φ (chosen)': (v) => trendTest(v).z,
  'Yue & Wang, AR(1), bias-corrected φ': (v) =>
    widened(mannKendall(v), yueWangFactor(v.length, estimateAr1(v))),
  'Hamed & Rao, raw r1 (no bias correction)': (v) =>
    widened(mannKendall(v), hamedRaoFactor(v.length, Math.max(0, detrendedLag1(v)))),
  'trend-free pre-whitening': trendFreePrewhitened,
};

/** Share of series of n values (AR(1) φ, plus a rise of `rise` σ) with |Z| ≥ 1.645. */
export function candidateRate(
  candidate: Candidate,
  n: number,
  phi: number,
  rise: number,
  series: number,
  seed: number,
): number {
  return shareCalled(
    n,
    phi,
    rise,
    series,
    seed,
    (values) => Math.abs(candidate(values)) >= SIGNIFICANT_Z,
  );
}
