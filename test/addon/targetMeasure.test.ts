// A target's measure through the built add-on: the sample's customers per month marked as a
// user marks them (markSample: Sum over the period) get the progress and pace the sheet's own
// check block computes, =TARGET_PROGRESS(SUM(D2:D13), 5) and its TARGET_PACE, in the sidebar,
// on the dashboard and in the history alike; counted on the latest value instead, all three
// agree on that. The as-of date is the runtime's day (the menu's Refresh as-of date, then a
// scheduled run at the next hour); the check block's own as-of is the sheet's last month,
// 2024-12-01, which is where the tests compare with it.
import { describe, expect, it } from 'vitest';
import { DASHBOARD_SHEET_NAME, HISTORY_SHEET_NAME } from '../../src/addon/artifacts';
import { DASHBOARD_COLUMNS, dashboardPosition } from '../../src/addon/dashboard/layout';
import { createRuntime, type LocalRuntime } from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';
import { markSample } from './markSample';
import { funnel, SidebarClient } from './sidebarClient';

const HOUR = 3_600_000;
type Measure = 'latest' | 'sum';
type Judged = [progress: unknown, pace: unknown];

/** The sample marked as a user marks it, with Customers counted by `measure`. */
function sample(day: string, measure: Measure): LocalRuntime {
  const runtime = createRuntime({ data: sampleWorkbook(), now: new Date(`${day}T09:00:00Z`) });
  markSample(runtime);
  if (measure === 'latest') {
    const client = new SidebarClient(runtime);
    client.edit('Customers', { measure: 'latest' });
    expect(client.save().ok).toBe(true);
  }
  return runtime;
}

/** The dashboard's progress and pace of a column, as computed (not as shown). */
function dashboardOf(runtime: LocalRuntime, column: string): Judged {
  const rows = runtime.workbook.lastRow(DASHBOARD_SHEET_NAME);
  const grid = runtime.workbook.getValues(
    DASHBOARD_SHEET_NAME,
    0,
    0,
    rows,
    DASHBOARD_COLUMNS.length,
  );
  const found = grid.find((row) => row[dashboardPosition('column') - 1] === column);
  if (!found) throw new Error(`no dashboard row for ${column}`);
  return [found[dashboardPosition('progress') - 1], found[dashboardPosition('pace') - 1]];
}

/** The latest history snapshot's progress and pace of a column. */
function historyOf(runtime: LocalRuntime, column: string): Judged {
  const rows = runtime.workbook.lastRow(HISTORY_SHEET_NAME);
  const grid = runtime.workbook.getValues(HISTORY_SHEET_NAME, 0, 0, rows, 12);
  const [header, ...snapshots] = grid;
  const at = (name: string) => header.indexOf(name);
  const found = snapshots.filter((row) => row[at('Column')] === column).at(-1);
  if (!found) throw new Error(`no snapshot of ${column}`);
  return [found[at('Progress')], found[at('Pace')]];
}

/** Where a target is judged: the sidebar's glance, the dashboard, a scheduled snapshot. */
function judgedEverywhere(runtime: LocalRuntime, sheet: string, column: string) {
  runtime.setActiveSheet(sheet);
  runtime.call('refreshAsOfDate');
  const glance = new SidebarClient(runtime).column(column).glance;
  if (glance?.role !== 'target' || !glance.progress.ok || !glance.pace.ok) {
    throw new Error(`no target glance: ${JSON.stringify(glance)}`);
  }
  runtime.call('buildDashboard');
  runtime.setActiveSheet(sheet);
  expect(new SidebarClient(runtime).setSchedule({ recalculate: 'hourly' }).save().ok).toBe(true);
  runtime.clock.advance(HOUR);
  return {
    sidebar: [glance.progress.value, glance.pace.value] as Judged,
    dashboard: dashboardOf(runtime, column),
    history: historyOf(runtime, column),
  };
}

describe("the sample's customers, marked as a user marks them", () => {
  it("get the 60 % and OFF TRACK of the sheet's own check block, as of its last month, everywhere", () => {
    const runtime = sample('2024-12-01', 'sum');
    const judged = judgedEverywhere(runtime, 'Lead funnel', 'Customers');
    // The check block: I4 =TARGET_PROGRESS(SUM(D2:D13), 5), I5 its pace as of A13 (Dec 1).
    const [[progress], [pace]] = runtime.workbook.getValues('Lead funnel', 3, 8, 2, 1);
    expect([progress, pace]).toEqual([0.6, 'OFF TRACK']);
    expect(judged).toEqual({
      sidebar: [progress, pace],
      dashboard: [progress, pace],
      history: [progress, pace],
    });
  });

  it.each<[string, Measure, Judged]>([
    // Customers per month summed from January to the as-of date: 2 by mid-May, 3 by December.
    ['2024-05-15', 'sum', [0.4, 'ON TRACK']],
    ['2024-12-01', 'sum', [0.6, 'OFF TRACK']],
    ['2025-01-02', 'sum', [0.6, 'MISSED']],
    // The latest value is December's 0 (a level: read as it stands, whatever the date).
    ['2024-05-15', 'latest', [0, 'OFF TRACK']],
    ['2024-12-01', 'latest', [0, 'OFF TRACK']],
    ['2025-01-02', 'latest', [0, 'MISSED']],
  ])(
    'as of %s, counted as %s, are judged alike in the sidebar, the dashboard and the history',
    (day, measure, expected) => {
      const judged = judgedEverywhere(sample(day, measure), 'Lead funnel', 'Customers');
      expect(judged).toEqual({ sidebar: expected, dashboard: expected, history: expected });
    },
  );
});

describe('a sum over the period on a sheet of its own', () => {
  /** The funnel's 24 months (2024-2025), 6 new customers in all, 2 in the first half of 2024. */
  function marked(time: boolean): LocalRuntime {
    const runtime = createRuntime({ data: funnel(24), now: new Date('2024-06-15T09:00:00Z') });
    const client = new SidebarClient(runtime);
    if (time) client.edit('Month', { role: 'time' });
    client.edit('Customers', {
      role: 'target',
      goal: '10',
      baseline: '0',
      start: '2024-01-01',
      end: '2025-12-31',
      measure: 'sum',
    });
    expect(client.save().ok).toBe(true);
    return runtime;
  }

  it('adds up every row without a Time column (SUM), the same everywhere', () => {
    // All 24 months, the ones after the as-of date too: nothing places them in time. 6 of 10.
    const judged = judgedEverywhere(marked(false), 'Funnel', 'Customers');
    const expected: Judged = [0.6, 'ON TRACK'];
    expect(judged).toEqual({ sidebar: expected, dashboard: expected, history: expected });
  });

  it('adds up only the rows the Time column dates up to the as-of date (SUMIFS)', () => {
    const judged = judgedEverywhere(marked(true), 'Funnel', 'Customers');
    // January and May 2024: 2 of 10. The months after mid-June 2024 are not there yet.
    const expected: Judged = [0.2, 'ON TRACK'];
    expect(judged).toEqual({ sidebar: expected, dashboard: expected, history: expected });
  });
});
