// The legend's arithmetic: runs of flagged rows, and Theil–Sen rates over a run.
import { describe, expect, it } from 'vitest';
import type { IsolationDetail } from '../../src/core/isolation';
import { kpiIsolationDetail } from '../../src/core/isolation';
import { flaggedRuns, measuredSpan, perUnitOf, seriesChange } from '../../src/core/isolationRuns';
import { theilSenFit, theilSenSlope } from '../../src/core/theilSen';

const yes = (...leftBehind: number[]): IsolationDetail => ({ flagged: true, leftBehind });
const no: IsolationDetail = { flagged: false, leftBehind: [] };

describe('flaggedRuns', () => {
  it('groups consecutive flagged rows and names every counterpart left behind in a run', () => {
    const detail = [null, null, no, yes(0), yes(1), yes(0), no, null, yes(1), yes(1)];
    expect(flaggedRuns(detail)).toEqual([
      { start: 3, end: 5, leftBehind: [0, 1] },
      { start: 8, end: 9, leftBehind: [1] },
    ]);
  });

  it('finds nothing when nothing is flagged, and a run that an unjudged row interrupts is two', () => {
    expect(flaggedRuns([null, no, no])).toEqual([]);
    expect(flaggedRuns([yes(0), null, yes(0)])).toHaveLength(2);
  });
});

describe('measuredSpan', () => {
  it('is the run itself when it is long enough, else reaches back to four rows', () => {
    expect(measuredSpan({ start: 10, end: 20, leftBehind: [0] })).toEqual({ start: 10, end: 20 });
    expect(measuredSpan({ start: 10, end: 10, leftBehind: [0] })).toEqual({ start: 7, end: 10 });
    expect(measuredSpan({ start: 1, end: 1, leftBehind: [0] })).toEqual({ start: 0, end: 1 });
  });
});

describe('theilSenFit', () => {
  it('agrees with theilSenSlope on rows 0, 1, 2, ...', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6];
    const fit = theilSenFit(
      values.map((_, i) => i),
      values,
    );
    expect(fit).toEqual(theilSenSlope(values));
  });

  it('skips pairs on the same x and answers null without two distinct x', () => {
    expect(theilSenFit([2, 2, 4], [1, 3, 7])?.slope).toBe(2.5);
    expect(theilSenFit([5], [1])).toBeNull();
    expect(theilSenFit([5, 5], [1, 2])).toBeNull();
  });
});

describe('seriesChange', () => {
  it('gives the fitted change in percent of where it started, for a positive series', () => {
    // 10 -> 16 over rows 2..5 on an exact line: +60 %, +2 a row.
    const change = seriesChange([99, 99, 10, 12, 14, 16, 99], 2, 5);
    expect(change?.perRow).toBeCloseTo(2, 12);
    expect(change?.percent).toBeCloseTo(60, 12);
  });

  it('gives only a rate when a value is zero or negative', () => {
    expect(seriesChange([-2, 0, 2, 4], 0, 3)).toEqual({ perRow: 2, percent: null });
    expect(seriesChange([0, 1, 0, 1], 0, 3)?.percent).toBeNull();
  });

  it('skips missing rows, and needs two present values', () => {
    expect(seriesChange([10, null, 14, null, 18], 0, 4)?.perRow).toBeCloseTo(2, 12);
    expect(seriesChange([10, null, null], 0, 2)).toBeNull();
  });

  it('is robust to one outlier week', () => {
    const change = seriesChange([10, 11, 12, 13, 500, 15, 16], 0, 6);
    expect(change?.perRow).toBeCloseTo(1, 12);
  });
});

describe('perUnitOf', () => {
  it('divides by a positive KPI only', () => {
    expect(perUnitOf([5, 5, 5, null, 5], [10, 0, -5, 10, 20])).toEqual([
      0.5,
      null,
      null,
      null,
      0.25,
    ]);
  });
});

describe('the lead funnel in numbers', () => {
  // Leads climb while customers stay flat: leads rise in percent, customers per lead fall.
  const leads = [40, 48, 55, 63, 70, 80, 90, 100, 112, 125, 138, 150];
  const customers = [5, 4, 5, 6, 5, 4, 5, 5, 6, 4, 5, 5];

  it('flags the last months, and over them leads rise while customers per lead fall', () => {
    const runs = flaggedRuns(kpiIsolationDetail(leads, [customers], 1, ['pace']));
    expect(runs.length).toBeGreaterThan(0);
    const { start, end } = measuredSpan(runs[runs.length - 1]);
    expect(seriesChange(leads, start, end)?.percent).toBeGreaterThan(20);
    expect(seriesChange(perUnitOf(customers, leads), start, end)?.percent).toBeLessThan(-10);
  });
});

describe('a long run', () => {
  it('is measured on at most MAX_FIT_POINTS rows spread over it, quickly', () => {
    const values = Array.from({ length: 40_000 }, (_, i) => 100 + 0.5 * i + (i % 7));
    const started = performance.now();
    const change = seriesChange(values, 0, values.length - 1);
    // A loose guard against the n² blow-up (the full fit would take minutes), not a timing.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(change?.perRow).toBeCloseTo(0.5, 2);
  });
});
