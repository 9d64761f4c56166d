import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction } from '../../src/core/direction';
import { kpiIsolation } from '../../src/core/isolation';
import { mannKendallBruteForce, trailingMannKendall } from '../../src/core/mannKendall';
import { presentValues } from '../../src/core/series';
import { trendStatusOf } from '../../src/core/trend';

const direction = fc.constantFrom<Direction>(1, -1);

/** Rows of trend + noise with gaps, so significant trends, flats and ties all occur. */
function columnOf(length: number) {
  return fc
    .tuple(
      fc.integer({ min: -3, max: 3 }),
      fc.array(fc.option(fc.integer({ min: -4, max: 4 }), { nil: null, freq: 6 }), {
        minLength: length,
        maxLength: length,
      }),
    )
    .map(([slope, noise]) => noise.map((v, row) => (v === null ? null : slope * row + v)));
}

const scenario = fc.integer({ min: 0, max: 40 }).chain((length) =>
  fc.record({
    kpi: columnOf(length),
    counterparts: fc.array(columnOf(length), { minLength: 1, maxLength: 3 }),
    kpiDirection: direction,
    directions: fc.array(direction, { minLength: 3, maxLength: 3 }),
    window: fc.integer({ min: 4, max: 12 }),
  }),
);

/** The trend of the present values in the window ending at row, from scratch. */
function windowStatus(
  series: readonly (number | null)[],
  row: number,
  window: number,
  dir: Direction,
) {
  const present = presentValues(series.slice(row - window + 1, row + 1));
  return trendStatusOf(mannKendallBruteForce(present), dir);
}

describe('kpiIsolation properties', () => {
  it("is never TRUE where the KPI's trailing window is not improving significantly", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const directions = s.directions.slice(0, s.counterparts.length);
        const flags = kpiIsolation(s.kpi, s.counterparts, s.kpiDirection, directions, s.window);
        const kpiTrends = trailingMannKendall(s.kpi, s.window);
        flags.forEach((flag, row) => {
          const trend = kpiTrends[row];
          if (flag === true) {
            expect(trend).not.toBeNull();
            if (trend) expect(trendStatusOf(trend, s.kpiDirection)).toBe('IMPROVING');
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('equals the rule recomputed from scratch for every row', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const directions = s.directions.slice(0, s.counterparts.length);
        const flags = kpiIsolation(s.kpi, s.counterparts, s.kpiDirection, directions, s.window);
        flags.forEach((flag, row) => {
          if (row < s.window - 1 || s.kpi[row] === null) {
            expect(flag).toBeNull();
            return;
          }
          const improving = windowStatus(s.kpi, row, s.window, s.kpiDirection) === 'IMPROVING';
          const leftBehind = s.counterparts.some((column, c) => {
            const dir = directions[c];
            if (windowStatus(column, row, s.window, dir) !== 'IMPROVING') return true;
            if (s.kpiDirection !== 1 || dir !== 1) return false;
            const ratio = column.map((v, r) => {
              const k = s.kpi[r];
              return v === null || k === null || k === 0 ? null : v / k;
            });
            return windowStatus(ratio, row, s.window, 1) === 'WORSENING';
          });
          expect(flag).toBe(improving && leftBehind);
        });
      }),
      { numRuns: 300 },
    );
  });
});
