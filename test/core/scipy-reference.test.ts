// Compares the core statistics with SciPy on the series of test/fixtures/scipy-reference.json
// (written by scripts/scipy-fixtures.py via `npm run fixtures`; no Python needed here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mannKendall, mannKendallBruteForce } from '../../src/core/mannKendall';
import { twoSidedPValue } from '../../src/core/normal';
import { theilSenSlope } from '../../src/core/theilSen';

interface ScipyCase {
  name: string;
  values: number[];
  tauB: number;
  tauP: number;
  tauAsymptoticP: number;
  s: number;
  varS: number;
  z: number;
  theilSlope: number;
  theilIntercept: number;
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/scipy-reference.json', import.meta.url), 'utf8'),
) as { series: ScipyCase[] };

const RELATIVE = 1e-9;

function expectClose(actual: number, expected: number, what: string): void {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    RELATIVE * scale,
  );
}

/** Pairs that tie in y: Σ t(t-1)/2 over tie groups. */
function tiedPairs(values: readonly number[]): number {
  const groups = new Map<number, number>();
  for (const v of values) groups.set(v, (groups.get(v) ?? 0) + 1);
  let pairs = 0;
  for (const t of groups.values()) pairs += (t * (t - 1)) / 2;
  return pairs;
}

describe('SciPy reference', () => {
  it('covers the planned kinds of series', () => {
    const names = fixture.series.map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(25);
    for (const kind of ['short-', 'ties', 'rising', 'falling', 'random', 'long-']) {
      expect(names.some((name) => name.includes(kind))).toBe(true);
    }
    expect(fixture.series.some((c) => c.values.length === 500)).toBe(true);
    expect(fixture.series.some((c) => c.values.length === 4)).toBe(true);
  });

  describe.each(fixture.series)('$name', (ref) => {
    const n = ref.values.length;
    const result = mannKendall(ref.values);

    it('has the same S, tie-corrected varS and continuity-corrected Z', () => {
      expect(result.n).toBe(n);
      expect(result.s).toBe(ref.s);
      expectClose(result.varS, ref.varS, 'varS');
      expectClose(result.z, ref.z, 'z');
      expect(mannKendallBruteForce(ref.values)).toEqual(result);
    });

    it("has S = tau-b · √(n0 · (n0 − ties in y)), SciPy's tau-b", () => {
      const n0 = (n * (n - 1)) / 2;
      const fromTau = ref.tauB * Math.sqrt(n0) * Math.sqrt(n0 - tiedPairs(ref.values));
      expect(Math.abs(fromTau - result.s)).toBeLessThanOrEqual(RELATIVE * Math.max(1, n0));
    });

    it("gives SciPy's asymptotic p from Z without continuity correction", () => {
      // x = 0..n-1 has no ties, so SciPy's tau-b variance reduces to the Mann–Kendall varS.
      const p = twoSidedPValue(result.s / Math.sqrt(result.varS));
      expectClose(p, ref.tauAsymptoticP, 'p');
      if (tiedPairs(ref.values) > 0 || n > 33) expectClose(p, ref.tauP, 'default p');
    });

    it("has SciPy's Theil–Sen slope and intercept", () => {
      const { slope, intercept } = theilSenSlope(ref.values);
      expectClose(slope, ref.theilSlope, 'slope');
      expectClose(intercept, ref.theilIntercept, 'intercept');
    });
  });
});
