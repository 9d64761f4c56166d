/**
 * Hamed & Rao (1998): how much serial correlation widens the Mann–Kendall variance,
 * n/n* = 1 + 2/(n(n−1)(n−2)) · Σ_{k=1}^{n−1} (n−k)(n−k−1)(n−k−2) ρ_s(k), with the rank
 * autocorrelation of a Gaussian AR(1) noise ρ_s(k) = (6/π) asin(φ^k / 2).
 * The sum stops once φ^k is negligible, so it costs O(log(1e-12)/log φ), not O(n).
 */
export function hamedRaoFactor(n: number, phi: number): number {
  if (phi <= 0 || n < 3) return 1;
  let sum = 0;
  let power = phi;
  for (let k = 1; k < n && power > 1e-12; k++, power *= phi) {
    sum += (n - k) * (n - k - 1) * (n - k - 2) * (6 / Math.PI) * Math.asin(power / 2);
  }
  return 1 + (2 * sum) / (n * (n - 1) * (n - 2));
}
