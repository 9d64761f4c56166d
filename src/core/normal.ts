/** Two-sided p-value of a standard normal Z: P(|N(0,1)| >= |z|) = erfc(|z|/√2). */
export function twoSidedPValue(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** Below this, 1 − erf(x) from the series loses little precision; above it the tail fraction converges fast. */
const SERIES_LIMIT = 2;

/** The complementary error function, to about 1e-14 relative for x >= 0. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  return x < SERIES_LIMIT ? 1 - erfSeries(x) : erfcContinuedFraction(x);
}

/** erf(x) = 2/√π Σ (−1)^k x^(2k+1) / (k! (2k+1)). */
function erfSeries(x: number): number {
  const x2 = x * x;
  let power = x; // (−1)^k x^(2k+1) / k!
  let sum = x;
  for (let k = 1; k < 200; k++) {
    power *= -x2 / k;
    const term = power / (2 * k + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

/** erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), by modified Lentz. */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
