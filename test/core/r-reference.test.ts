// KPI_TREND's "classic" method against R: cor.test(1:n, y, method = "kendall",
// exact = FALSE, continuity = TRUE) on the series of test/fixtures/r-reference.json
// (written by scripts/r-fixtures.R via `npm run fixtures:r`; no R needed here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mannKendall } from '../../src/core/mannKendall';
import { twoSidedPValue } from '../../src/core/normal';
import { trendTest } from '../../src/core/trend';

interface RCase {
  name: string;
  values: number[];
  z: number;
  p: number;
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/r-reference.json', import.meta.url), 'utf8'),
) as { series: RCase[] };

const close = (actual: number, expected: number) =>
  Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

describe('R cor.test Kendall reference', () => {
  it('covers short, tied, autocorrelated and long series', () => {
    const names = fixture.series.map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const kind of ['short-', 'ties', 'ar1', 'long-']) {
      expect(names.some((name) => name.includes(kind))).toBe(true);
    }
  });

  describe.each(fixture.series)('$name', (ref) => {
    it("classic gives R's continuity-corrected z and p", () => {
      const classic = trendTest(ref.values, undefined, 'classic');
      expect(classic).toEqual(mannKendall(ref.values));
      expect(close(classic.z, ref.z), `z ${classic.z} vs ${ref.z}`).toBe(true);
      expect(close(twoSidedPValue(classic.z), ref.p), `p vs ${ref.p}`).toBe(true);
    });
  });
});
