import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { kpiIsolation } from '../../src/core/isolation';

const rising = [1, 2, 3, 4, 5, 6, 7, 8];
const flat = [5, 5, 5, 5, 5, 5, 5, 5];

describe('kpiIsolation', () => {
  it('is null before the window fills and FALSE/TRUE after', () => {
    expect(kpiIsolation(rising, [flat], 1, [1], 4)).toEqual([
      null,
      null,
      null,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('is FALSE when the KPI does not improve, whatever the counterparts do', () => {
    const noisy = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(kpiIsolation(flat, [flat], 1, [1], 4).slice(3)).toEqual(new Array(5).fill(false));
    expect(
      kpiIsolation(noisy, [flat], 1, [1], 4)
        .slice(3)
        .every((v) => v === false),
    ).toBe(true);
    // A rising KPI whose good way is down is worsening, not isolated.
    expect(kpiIsolation(rising, [flat], -1, [1], 4).slice(3)).toEqual(new Array(5).fill(false));
  });

  it('reads a "down" KPI: falling is improving', () => {
    const falling = [...rising].reverse();
    expect(kpiIsolation(falling, [flat], -1, [1], 4).slice(3)).toEqual(new Array(5).fill(true));
    expect(kpiIsolation(falling, [rising], -1, [1], 4).slice(3)).toEqual(new Array(5).fill(false));
  });

  it('is null where the KPI cell is missing, even with a full window', () => {
    const kpi = [1, 2, 3, 4, null, 6, 7, 8];
    const flags = kpiIsolation(kpi, [flat], 1, [1], 4);
    expect(flags[3]).toBe(true);
    expect(flags[4]).toBeNull();
    // Every later window of 4 rows holds only 3 present KPI values: too few for a trend.
    expect(flags.slice(5)).toEqual([false, false, false]);
  });

  it('counts a counterpart with too few present values as left behind', () => {
    const sparse = [1, null, null, 4, null, null, 7, 8];
    expect(kpiIsolation(rising, [sparse], 1, [1], 4).slice(3)).toEqual(new Array(5).fill(true));
  });

  it('skips rows where the KPI is 0 or missing in the ratio', () => {
    // KPI 0 or missing drops the row from the ratio; customers keep pace with the rest.
    const kpi = [0, 2, 4, 6, 8, 10, 12, 14];
    const counterpart = [1, 2, 4, 6, 8, 10, 12, 14];
    expect(kpiIsolation(kpi, [counterpart], 1, [1], 4).slice(3)).toEqual(new Array(5).fill(false));
  });

  it('applies the ratio rule only when KPI and counterpart are both "up"', () => {
    const kpi = [10, 20, 30, 40, 50, 60];
    const slower = [1, 1.5, 2, 2.5, 3, 3.5]; // rises, but per KPI falls
    expect(kpiIsolation(kpi, [slower], 1, [1], 6)[5]).toBe(true);
    // Same numbers, KPI "down" and falling; counterpart rises: nothing left behind.
    const kpiDown = [...kpi].reverse();
    const slowerDown = [...slower].reverse().map((v) => -v);
    expect(kpiIsolation(kpiDown, [slowerDown], -1, [1], 6)[5]).toBe(false);
  });

  it('takes one direction per counterpart column', () => {
    const down = [8, 7, 6, 5, 4, 3, 2, 1];
    expect(kpiIsolation(rising, [rising, down], 1, [1, -1], 4).slice(3)).toEqual(
      new Array(5).fill(false),
    );
    expect(kpiIsolation(rising, [rising, down], 1, [1, 1], 4).slice(3)).toEqual(
      new Array(5).fill(true),
    );
  });

  it('gives an empty column for an empty KPI', () => {
    expect(kpiIsolation([], [[]], 1, [1], 4)).toEqual([]);
  });

  it('refuses a window below 4, saying why', () => {
    expect(() => kpiIsolation(rising, [flat], 1, [1], 3)).toThrow(InputError);
    expect(() => kpiIsolation(rising, [flat], 1, [1], 3)).toThrow(
      /window \(3\) must be a whole number of rows, 4 or more/,
    );
    expect(() => kpiIsolation(rising, [flat], 1, [1], 4.5)).toThrow(InputError);
  });

  it('refuses counterparts of another height, no counterparts, or mismatched directions', () => {
    expect(() => kpiIsolation(rising, [[1, 2, 3]], 1, [1], 4)).toThrow(
      'counterpart column 1 has 3 rows but the KPI has 8',
    );
    expect(() => kpiIsolation(rising, [], 1, [], 4)).toThrow('at least one counterpart');
    expect(() => kpiIsolation(rising, [flat, flat], 1, [1], 4)).toThrow(
      '1 counterpart directions for 2 counterpart columns',
    );
  });
});
