// The hard properties of the isolation detector, on arbitrary sheets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CounterpartRule } from '../../src/core/counterpartRule';
import type { Direction } from '../../src/core/direction';
import { ISOLATION_DEFAULTS, kpiIsolationDetail } from '../../src/core/isolation';

const length = fc.integer({ min: 0, max: 60 });

/** An increasing series: a start and positive steps (some tiny, some large). */
function increasing(n: number) {
  return fc
    .tuple(
      fc.double({ min: 1, max: 1000, noNaN: true }),
      fc.array(fc.double({ min: 1e-3, max: 50, noNaN: true }), { minLength: n, maxLength: n }),
    )
    .map(([start, steps]) => {
      let value = start;
      return steps.map((step) => {
        value += step;
        return value;
      });
    });
}

/** Noise with a trend and gaps, so shifts, flats, ties and blanks all occur. */
function column(n: number) {
  return fc
    .tuple(
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null, freq: 6 }), {
        minLength: n,
        maxLength: n,
      }),
    )
    .map(([slope, noise]) => noise.map((v, row) => (v === null ? null : slope * row + v)));
}

const guardrail = fc.constantFrom<CounterpartRule>('up', 'down');
const direction = fc.constantFrom<Direction>(1, -1);
const neverFlagged = (details: ReturnType<typeof kpiIsolationDetail>) =>
  details.every((row) => row === null || (!row.flagged && row.leftBehind.length === 0));

describe('kpiIsolation properties', () => {
  it('never flags growing together: an "up" guardrail rising with the KPI', () => {
    fc.assert(
      fc.property(
        length.chain((n) => fc.tuple(increasing(n), increasing(n))),
        ([kpi, counterpart]) => {
          expect(neverFlagged(kpiIsolationDetail(kpi, [counterpart], 1, ['up']))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never flags growing together: a "pace" counterpart whose share per KPI never falls', () => {
    fc.assert(
      fc.property(
        length.chain((n) => fc.tuple(increasing(n), increasing(n))),
        ([kpi, share]) => {
          const counterpart = kpi.map((k, r) => k * share[r]);
          expect(neverFlagged(kpiIsolationDetail(kpi, [counterpart], 1, ['pace']))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never flags a flat guardrail, however the KPI moves', () => {
    fc.assert(
      fc.property(
        length.chain((n) => fc.tuple(column(n), fc.integer({ min: -9, max: 9 }))),
        direction,
        guardrail,
        ([kpi, level], dir, rule) => {
          const flat = kpi.map(() => level);
          expect(neverFlagged(kpiIsolationDetail(kpi, [flat], dir, [rule]))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('mirrors: negating the KPI and a guardrail and flipping their directions changes nothing', () => {
    fc.assert(
      fc.property(
        length.chain((n) =>
          fc.tuple(column(n), fc.array(column(n), { minLength: 1, maxLength: 3 })),
        ),
        direction,
        fc.array(guardrail, { minLength: 3, maxLength: 3 }),
        ([kpi, counterparts], dir, rules) => {
          const used = rules.slice(0, counterparts.length);
          const flip = (rule: CounterpartRule): CounterpartRule => (rule === 'up' ? 'down' : 'up');
          const negate = (values: (number | null)[]) => values.map((v) => (v === null ? null : -v));
          const mirrored = kpiIsolationDetail(
            negate(kpi),
            counterparts.map(negate),
            dir === 1 ? -1 : 1,
            used.map(flip),
          );
          expect(mirrored).toEqual(kpiIsolationDetail(kpi, counterparts, dir, used));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never flags through a counterpart's blank rows: too little data is not judged", () => {
    fc.assert(
      fc.property(
        length.chain((n) => fc.tuple(column(n), column(n), column(n))),
        fc.constantFrom<CounterpartRule>('up', 'down', 'pace'),
        ([kpi, other, sparse], rule) => {
          const positiveKpi = kpi.map((v) => (v === null ? null : Math.abs(v) + 1));
          const blank = kpi.map(() => null);
          // An all-blank counterpart changes nothing: the others decide alone...
          const without = kpiIsolationDetail(positiveKpi, [other], 1, [rule]);
          const withBlank = kpiIsolationDetail(positiveKpi, [other, blank], 1, [rule, rule]);
          expect(withBlank).toEqual(without);
          // ...and alone it never flags.
          expect(neverFlagged(kpiIsolationDetail(positiveKpi, [blank], 1, [rule]))).toBe(true);
          // A counterpart is never left behind on a row before it has history and a run.
          const details = kpiIsolationDetail(positiveKpi, [sparse], 1, [rule]);
          let present = 0;
          details.forEach((row, r) => {
            if (sparse[r] !== null) present++;
            const needed = ISOLATION_DEFAULTS.minHistory + ISOLATION_DEFAULTS.minRun;
            if (present < needed) expect(row?.leftBehind ?? []).toEqual([]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('flags exactly the rows with a counterpart left behind, and is blank only where the KPI is', () => {
    fc.assert(
      fc.property(
        length.chain((n) =>
          fc.tuple(column(n), fc.array(column(n), { minLength: 1, maxLength: 3 })),
        ),
        direction,
        ([kpi, counterparts], dir) => {
          const rules = counterparts.map((): CounterpartRule => 'up');
          kpiIsolationDetail(kpi, counterparts, dir, rules).forEach((row, r) => {
            if (kpi[r] === null) expect(row).toBeNull();
            if (row !== null) expect(row.flagged).toBe(row.leftBehind.length > 0);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
