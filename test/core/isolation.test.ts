import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { ISOLATION_DEFAULTS, kpiIsolation, kpiIsolationDetail } from '../../src/core/isolation';

/** A fixed wobble so the series have spread, as real weekly KPIs do. */
const WOBBLE = [0.3, -0.5, 0.1, 0.6, -0.2, -0.7, 0.4, 0.2, -0.4, 0.5, -0.1, -0.6, 0.7, 0, -0.3];
const wobble = (row: number) => WOBBLE[row % WOBBLE.length];
const ROWS = 40;
const ONSET = 20;
const flatKpi = Array.from({ length: ROWS }, (_, r) => 10 + wobble(r));
/** Flat for 20 rows, then climbing half a unit a row: the KPI being pushed. */
const pushedKpi = flatKpi.map((v, r) => v + Math.max(0, r - ONSET + 1) * 0.5);
/** A guardrail flat, then falling from the same row. */
const fallingGuardrail = Array.from(
  { length: ROWS },
  (_, r) => 50 + wobble(r + 7) - Math.max(0, r - ONSET + 1) * 0.5,
);
const flatGuardrail = Array.from({ length: ROWS }, (_, r) => 50 + wobble(r + 7));
const blank: null[] = new Array(ROWS).fill(null);

const firstTrue = (flags: (boolean | null)[]) => flags.indexOf(true);

describe('kpiIsolation', () => {
  it('is blank until the KPI has a history and a run to judge, then FALSE or TRUE', () => {
    const flags = kpiIsolation(pushedKpi, [fallingGuardrail], 1, ['up']);
    const firstJudged = ISOLATION_DEFAULTS.minHistory + ISOLATION_DEFAULTS.minRun - 1;
    expect(flags.slice(0, firstJudged).every((f) => f === null)).toBe(true);
    expect(flags.slice(firstJudged, ONSET).every((f) => f === false)).toBe(true);
  });

  it('flags a KPI pushed up while a guardrail falls, within a few rows of the onset', () => {
    const flags = kpiIsolation(pushedKpi, [fallingGuardrail], 1, ['up']);
    expect(firstTrue(flags)).toBeGreaterThanOrEqual(ONSET);
    expect(firstTrue(flags)).toBeLessThanOrEqual(ONSET + 8);
    expect(flags.at(-1)).toBe(true);
  });

  it('does not flag a flat guardrail: a guardrail that holds is not harmed', () => {
    expect(kpiIsolation(pushedKpi, [flatGuardrail], 1, ['up'])).not.toContain(true);
  });

  it('does not flag a KPI that does not improve, whatever the counterpart does', () => {
    expect(kpiIsolation(flatKpi, [fallingGuardrail], 1, ['up'])).not.toContain(true);
    // Rising is worsening for a "down" KPI.
    expect(kpiIsolation(pushedKpi, [fallingGuardrail], -1, ['up'])).not.toContain(true);
  });

  it('never flags growing together: a guardrail improving with the KPI', () => {
    const risingGuardrail = flatGuardrail.map((v, r) => v + Math.max(0, r - ONSET + 1) * 0.5);
    expect(kpiIsolation(pushedKpi, [risingGuardrail], 1, ['up'])).not.toContain(true);
  });

  it('reads a "down" guardrail: complaints rising are harm, complaints falling are not', () => {
    const risingComplaints = fallingGuardrail.map((v) => 100 - v);
    expect(kpiIsolation(pushedKpi, [risingComplaints], 1, ['down']).at(-1)).toBe(true);
    expect(kpiIsolation(pushedKpi, [fallingGuardrail], 1, ['down'])).not.toContain(true);
  });

  it('reads a "down" KPI: cost per unit falling is the KPI improving', () => {
    const fallingCost = pushedKpi.map((v) => 30 - v);
    expect(kpiIsolation(fallingCost, [fallingGuardrail], -1, ['up']).at(-1)).toBe(true);
  });

  describe('"pace": a counterpart that should keep pace with the KPI', () => {
    const leads = pushedKpi.map((v) => 10 * v);
    it('flags leads climbing while customers stay flat', () => {
      const customers = flatGuardrail.map((v) => v / 5);
      expect(kpiIsolation(leads, [customers], 1, ['pace']).at(-1)).toBe(true);
    });

    it('does not flag customers that grow in step with leads', () => {
      const customers = leads.map((v, r) => v * (0.1 + 0.002 * wobble(r + 3)));
      expect(kpiIsolation(leads, [customers], 1, ['pace'])).not.toContain(true);
    });

    it('is a named error with a "down" KPI', () => {
      expect(() => kpiIsolation(leads, [leads], -1, ['pace'])).toThrow(InputError);
      expect(() => kpiIsolation(leads, [leads], -1, ['pace'])).toThrow(
        /"pace" needs a KPI where higher is better/,
      );
    });
  });

  describe('a counterpart with too little data is not judged (missing data is not gaming)', () => {
    it('gives FALSE, not TRUE, with a blank counterpart column', () => {
      const flags = kpiIsolation(pushedKpi, [blank], 1, ['up']);
      expect(flags).not.toContain(true);
      expect(flags.at(-1)).toBe(false);
    });

    it('still flags when another counterpart is left behind', () => {
      const details = kpiIsolationDetail(pushedKpi, [blank, fallingGuardrail], 1, ['up', 'up']);
      expect(details.at(-1)).toEqual({ flagged: true, leftBehind: [1] });
    });

    it('judges a counterpart with gaps on the values it has', () => {
      const gappy = fallingGuardrail.map((v, r) => (r % 3 === 1 ? null : v));
      expect(kpiIsolation(pushedKpi, [gappy], 1, ['up']).at(-1)).toBe(true);
    });
  });

  it('names the counterparts left behind, row by row', () => {
    const details = kpiIsolationDetail(pushedKpi, [flatGuardrail, fallingGuardrail], 1, [
      'up',
      'up',
    ]);
    expect(details.at(-1)).toEqual({ flagged: true, leftBehind: [1] });
    expect(details[ONSET - 1]).toEqual({ flagged: false, leftBehind: [] });
    expect(details[0]).toBeNull();
  });

  it('is blank where the KPI cell is missing', () => {
    const kpi = pushedKpi.map((v, r) => (r === ROWS - 1 ? null : v));
    expect(kpiIsolation(kpi, [fallingGuardrail], 1, ['up']).at(-1)).toBeNull();
  });

  it('takes the window and method as options', () => {
    const classic = kpiIsolation(pushedKpi, [fallingGuardrail], 1, ['up'], { method: 'classic' });
    expect(classic.at(-1)).toBe(true);
    const wide = kpiIsolation(pushedKpi, [fallingGuardrail], 1, ['up'], { window: 20 });
    expect(wide.at(-1)).toBe(true);
  });

  it('gives an empty column for an empty KPI', () => {
    expect(kpiIsolation([], [[]], 1, ['up'])).toEqual([]);
  });

  it('refuses a window below 4, saying why', () => {
    expect(() => kpiIsolation(pushedKpi, [flatGuardrail], 1, ['up'], { window: 3 })).toThrow(
      /window \(3\) must be a whole number of rows, 4 or more/,
    );
    expect(() => kpiIsolation(pushedKpi, [flatGuardrail], 1, ['up'], { window: 4.5 })).toThrow(
      InputError,
    );
  });

  it('refuses counterparts of another height, no counterparts, or mismatched rules', () => {
    expect(() => kpiIsolation(pushedKpi, [[1, 2, 3]], 1, ['up'])).toThrow(
      'counterpart column 1 has 3 rows but the KPI has 40',
    );
    expect(() => kpiIsolation(pushedKpi, [], 1, [])).toThrow('at least one counterpart');
    expect(() => kpiIsolation(pushedKpi, [flatGuardrail, flatGuardrail], 1, ['up'])).toThrow(
      '1 counterpart rules for 2 counterpart columns',
    );
  });

  it('refuses non-finite numbers (missing must be null)', () => {
    const bad = flatGuardrail.map((v, r) => (r === 2 ? Number.NaN : v));
    expect(() => kpiIsolation(pushedKpi, [bad], 1, ['up'])).toThrow('counterpart column 1, row 3');
  });
});
