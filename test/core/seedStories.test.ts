// The stories of the seed article (/work/shared/seed) and one more: a KPI chased on its own
// while what it should serve falls behind. Each must be flagged by its last row with the
// calibrated defaults, and never while everything grows together.
import { describe, expect, it } from 'vitest';
import { kpiIsolation, kpiIsolationDetail } from '../../src/core/isolation';
import { kpiTrend } from '../../src/core/trend';

const flaggedRows = (flags: (boolean | null)[]) =>
  flags.flatMap((flag, row) => (flag === true ? [row] : []));

describe('the Soviet nail factory', () => {
  // Weekly. Weeks 0-9: heavier nails, more nails, more orders delivered: healthy growth.
  // Weeks 10-19: judged on weight alone, nails get ever heavier and far fewer.
  const weightPerNail = [
    10, 10.2, 10.5, 10.6, 10.9, 11.1, 11.3, 11.4, 11.8, 12, 13, 14.5, 16, 18, 20.5, 23, 26, 29.5,
    33, 37,
  ];
  const nailsPerWeek = [
    1000, 1040, 1090, 1120, 1170, 1210, 1260, 1290, 1340, 1390, 1300, 1180, 1050, 900, 760, 640,
    520, 430, 350, 280,
  ];
  const ordersDelivered = [
    95, 97, 101, 103, 106, 108, 111, 113, 117, 120, 116, 109, 101, 92, 80, 71, 60, 52, 44, 37,
  ];
  const flags = kpiIsolation(weightPerNail, [nailsPerWeek, ordersDelivered], 1, ['up', 'up']);

  it('is never TRUE while weight, nail count and deliveries rise together', () => {
    expect(flags.slice(0, 11)).not.toContain(true);
  });

  it('is TRUE by the last week, once weight keeps rising while nails and deliveries fall', () => {
    expect(flags.at(-1)).toBe(true);
    expect(flaggedRows(flags).every((row) => row >= 12)).toBe(true);
  });

  it('names both the nail count and the deliveries as left behind', () => {
    const detail = kpiIsolationDetail(weightPerNail, [nailsPerWeek, ordersDelivered], 1, [
      'up',
      'up',
    ]);
    expect(detail.at(-1)).toEqual({ flagged: true, leftBehind: [0, 1] });
  });
});

describe('the lead funnel', () => {
  // Monthly; the target is 5 new customers a year, leads are the KPI, customers should keep pace.
  const leads = [40, 48, 55, 63, 70, 80, 90, 100, 112, 125, 138, 150];

  it('is TRUE by the last month when leads rise while customers stay flat', () => {
    const customers = [5, 4, 5, 6, 5, 4, 5, 5, 6, 4, 5, 5];
    expect(kpiTrend(customers, 1)).toBe('STABLE');
    const flags = kpiIsolation(leads, [customers], 1, ['pace']);
    // Twelve noisy months are little evidence: the alarm comes late in the year, not early.
    expect(flaggedRows(flags).length).toBeGreaterThan(0);
    expect(flaggedRows(flags).every((month) => month >= 9)).toBe(true);
  });

  it('is TRUE when customers rise but customers per lead fall', () => {
    const manyLeads = [100, 120, 140, 160, 180, 200, 220, 240, 260, 280, 300, 320];
    const customers = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
    // Customers on their own improve; only their rate per lead shows the problem.
    expect(kpiTrend(customers, 1)).toBe('IMPROVING');
    expect(kpiIsolation(manyLeads, [customers], 1, ['pace'])).toContain(true);
    // As a guardrail ("up") the same customers would pass: they do not get worse.
    expect(kpiIsolation(manyLeads, [customers], 1, ['up'])).not.toContain(true);
  });

  it('is never TRUE when leads and customers rise together and customers per lead hold up', () => {
    const customers = [4, 4.9, 5.7, 6.7, 7.6, 8.8, 10.1, 11.4, 13, 14.8, 16.6, 18.3];
    expect(kpiIsolation(leads, [customers], 1, ['pace'])).not.toContain(true);
    expect(kpiIsolation(leads, [customers], 1, ['up'])).not.toContain(true);
  });

  it('does not count a falling cost per lead ("down") as harm', () => {
    const costPerLead = [50, 48, 46, 45, 43, 41, 40, 38, 37, 35, 34, 33];
    expect(kpiIsolation(leads, [costPerLead], 1, ['down'])).not.toContain(true);
  });
});

describe('the efficiency collapse', () => {
  // Weekly, a support desk. From week 12 average handling time (minutes, lower is better) is
  // the target: it falls fast, while first-contact resolution (%) sinks and repeat calls rise.
  const handlingMinutes = [
    8.1, 7.9, 8.2, 8.0, 7.8, 8.1, 8.3, 7.9, 8.0, 8.2, 7.9, 8.1, 7.6, 7.2, 6.9, 6.4, 6.1, 5.7, 5.4,
    5.0, 4.8, 4.5, 4.1, 3.9,
  ];
  const firstContactResolution = [
    78, 80, 79, 77, 79, 81, 78, 80, 79, 78, 80, 79, 77, 75, 74, 71, 70, 67, 65, 63, 60, 58, 57, 54,
  ];
  const repeatCalls = [
    40, 42, 39, 41, 43, 40, 41, 39, 42, 40, 41, 40, 44, 47, 49, 53, 55, 60, 62, 66, 70, 73, 77, 80,
  ];

  it('is TRUE by the last week and names both guardrails', () => {
    const detail = kpiIsolationDetail(handlingMinutes, [firstContactResolution, repeatCalls], -1, [
      'up',
      'down',
    ]);
    expect(detail.at(-1)).toEqual({ flagged: true, leftBehind: [0, 1] });
    expect(detail.slice(0, 12).some((row) => row?.flagged)).toBe(false);
  });

  it('is never TRUE when handling time falls while resolution holds', () => {
    const holding = firstContactResolution.map((v, week) =>
      week < 12 ? v : 79 + ((week % 3) - 1),
    );
    expect(kpiIsolation(handlingMinutes, [holding], -1, ['up'])).not.toContain(true);
  });
});
