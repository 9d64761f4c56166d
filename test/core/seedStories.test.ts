// The stories of the seed article (/work/shared/seed): a KPI chased on its own while what
// it should serve falls behind.
import { describe, expect, it } from 'vitest';
import { kpiIsolation } from '../../src/core/isolation';
import { kpiTrend } from '../../src/core/trend';

const WINDOW = 6;

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

  const isolation = kpiIsolation(weightPerNail, [nailsPerWeek, ordersDelivered], 1, [1, 1], WINDOW);

  it('is blank until the first window of 6 weeks is full', () => {
    expect(isolation.slice(0, WINDOW - 1)).toEqual([null, null, null, null, null]);
  });

  it('is FALSE while weight, nail count and deliveries rise together', () => {
    expect(isolation.slice(5, 11)).toEqual([false, false, false, false, false, false]);
  });

  it('turns TRUE once weight keeps rising while nails and deliveries fall', () => {
    expect(isolation.slice(11)).toEqual(new Array(9).fill(true));
  });

  it('flags the nail count alone as a reason', () => {
    const weeks = weightPerNail.slice(10);
    const flags = kpiIsolation(weeks, [nailsPerWeek.slice(10)], 1, [1], WINDOW);
    expect(flags.slice(WINDOW - 1)).toEqual(new Array(5).fill(true));
  });

  it('also reads the KPI and counterpart the other way round: nail count rising, weight falling', () => {
    // Here the plant chases count with ever lighter nails; weight per nail is "up" too.
    const count = [...nailsPerWeek.slice(0, 6)].reverse().concat([1300, 1400, 1500, 1600]);
    const weight = [12, 12, 11.9, 11.8, 11.5, 11, 10, 9, 8, 7];
    expect(kpiTrend(count.slice(-WINDOW), 1)).toBe('IMPROVING');
    expect(kpiIsolation(count, [weight], 1, [1], WINDOW).at(-1)).toBe(true);
  });
});

describe('the lead funnel', () => {
  // Monthly; the target is 5 new customers a year, leads are the KPI.
  const leads = [40, 48, 55, 63, 70, 80, 90, 100, 112, 125, 138, 150];

  it('is TRUE when leads rise while customers stay flat', () => {
    const customers = [5, 4, 5, 6, 5, 4, 5, 5, 6, 4, 5, 5];
    const flags = kpiIsolation(leads, [customers], 1, [1], WINDOW);
    expect(flags).toEqual([null, null, null, null, null, true, true, true, true, true, true, true]);
  });

  it('is TRUE by the ratio rule when customers rise but customers per lead fall', () => {
    const manyLeads = [100, 120, 140, 160, 180, 200, 220, 240, 260, 280, 300, 320];
    const customers = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
    // Customers on their own improve, so only the ratio can flag them.
    expect(kpiTrend(customers.slice(0, WINDOW), 1)).toBe('IMPROVING');
    const perLead = customers.map((c, i) => c / manyLeads[i]);
    expect(kpiTrend(perLead.slice(0, WINDOW), 1)).toBe('WORSENING');
    const flags = kpiIsolation(manyLeads, [customers], 1, [1], WINDOW);
    expect(flags.slice(WINDOW - 1)).toEqual(new Array(7).fill(true));
  });

  it('is FALSE when leads and customers rise together and customers per lead hold up', () => {
    const customers = [4, 4.9, 5.7, 6.7, 7.6, 8.8, 10.1, 11.4, 13, 14.8, 16.6, 18.3];
    const flags = kpiIsolation(leads, [customers], 1, [1], WINDOW);
    expect(flags.slice(WINDOW - 1)).toEqual(new Array(7).fill(false));
  });

  it('does not apply the ratio rule to a "down" counterpart such as cost per lead', () => {
    const costPerLead = [50, 48, 46, 45, 43, 41, 40, 38, 37, 35, 34, 33];
    // Cost per lead divided by leads falls hard, but a falling cost is good news.
    const ratio = costPerLead.map((c, i) => c / leads[i]);
    expect(kpiTrend(ratio.slice(0, WINDOW), 1)).toBe('WORSENING');
    const flags = kpiIsolation(leads, [costPerLead], 1, [-1], WINDOW);
    expect(flags.slice(WINDOW - 1)).toEqual(new Array(7).fill(false));
    // Declared "up", the same falling cost would be left behind.
    expect(kpiIsolation(leads, [costPerLead], 1, [1], WINDOW).slice(WINDOW - 1)).toEqual(
      new Array(7).fill(true),
    );
  });

  it('is TRUE when any one of several counterparts is left behind', () => {
    const customers = [4, 4.9, 5.7, 6.7, 7.6, 8.8, 10.1, 11.4, 13, 14.8, 16.6, 18.3];
    const revenue = [20, 22, 19, 21, 20, 22, 21, 19, 20, 22, 21, 20];
    const flags = kpiIsolation(leads, [customers, revenue], 1, [1, 1], WINDOW);
    expect(flags.slice(WINDOW - 1)).toEqual(new Array(7).fill(true));
  });
});
