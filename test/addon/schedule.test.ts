// The schedule, through the built add-on on the sample: chosen in the sidebar, one
// time-driven trigger for the document, runs on the runtime clock that move the as-of date,
// append a dated snapshot per marked column, mark STALE KPIs, stop cleanly near the time
// limit and resume, leave nothing half-written when a call fails, and remove their own
// trigger once there is nothing left to do.
import { describe, expect, it } from 'vitest';
import {
  AS_OF_RANGE_NAME,
  DASHBOARD_SHEET_NAME,
  HISTORY_SHEET_NAME,
} from '../../src/addon/artifacts';
import { SCHEDULE_PROPERTY } from '../../src/addon/schedule/settings';
import {
  createRuntime,
  type LocalRuntime,
  type RuntimeOptions,
} from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';
import { markSample } from './markSample';
import { markFunnel, SidebarClient } from './sidebarClient';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A Sunday morning in Amsterdam. */
const NOW = new Date('2024-12-15T09:00:00Z');
const TIME_ZONE = 'Europe/Amsterdam';
const HISTORY_WIDTH = 12;
const MARKED = 6;

function sample(extra: Partial<RuntimeOptions> = {}): LocalRuntime {
  const runtime = createRuntime({
    data: sampleWorkbook(),
    now: NOW,
    timeZone: TIME_ZONE,
    ...extra,
  });
  markSample(runtime);
  return runtime;
}

function choose(
  runtime: LocalRuntime,
  recalculate: 'off' | 'hourly' | 'daily' | 'weekly',
  staleAfter?: string,
) {
  const client = new SidebarClient(runtime).setSchedule({
    recalculate,
    ...(staleAfter === undefined ? {} : { staleAfter }),
  });
  return client.save();
}

const history = (runtime: LocalRuntime) => {
  const rows = runtime.workbook.lastRow(HISTORY_SHEET_NAME);
  return runtime.workbook.getDisplayValues(HISTORY_SHEET_NAME, 0, 0, rows, HISTORY_WIDTH);
};

/** History rows (header dropped) as records. */
function snapshots(runtime: LocalRuntime): Record<string, string>[] {
  const [header, ...rows] = history(runtime);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

const asOf = (runtime: LocalRuntime) =>
  runtime.services.model.spreadsheet.getRangeByName(AS_OF_RANGE_NAME)?.getDisplayValue();

describe('choosing a schedule in the sidebar', () => {
  it('"Schedule…" opens the sidebar at the schedule', () => {
    const runtime = sample();
    runtime.call('scheduleRecalculation');
    expect(runtime.ui.sidebar?.html).toMatch(/<div id="app"[^>]* data-open-at="schedule"><\/div>/);
    expect(runtime.ui.sidebar?.title).toBe('KPI Guard');
  });

  it('makes exactly one time-driven trigger; choosing again replaces it; Off deletes it', () => {
    const runtime = sample();
    expect(choose(runtime, 'daily').ok).toBe(true);
    expect(runtime.triggers).toHaveLength(1);
    expect(runtime.triggers[0]).toMatchObject({
      handler: 'runScheduledRecalculation',
      eventType: 'CLOCK',
      // 06:00 in Amsterdam, the spreadsheet's time zone (UTC+1 in December).
      nextRun: new Date('2024-12-16T05:00:00Z'),
    });
    const first = runtime.triggers[0].id;
    expect(choose(runtime, 'weekly').ok).toBe(true);
    expect(runtime.triggers).toHaveLength(1);
    expect(runtime.triggers[0].id).not.toBe(first);
    // Mondays at 06:00: the 16th is a Monday.
    expect(runtime.triggers[0].nextRun).toEqual(new Date('2024-12-16T05:00:00Z'));
    expect(choose(runtime, 'hourly').ok).toBe(true);
    expect(runtime.triggers.map((t) => t.nextRun)).toEqual([new Date(NOW.getTime() + HOUR)]);
    expect(choose(runtime, 'off').ok).toBe(true);
    expect(runtime.triggers).toEqual([]);
    const view = new SidebarClient(runtime).view;
    expect(view.schedule).toMatchObject({ recalculate: 'off', staleAfter: 3, timeZone: TIME_ZONE });
  });

  it('checks Stale after beside the field and keeps everything else as it was', () => {
    const runtime = sample();
    const result = choose(runtime, 'daily', 'three');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        key: '',
        field: 'staleAfter',
        message: { key: 'invalid.staleAfter', params: { max: 1000 } },
      },
    ]);
    expect(runtime.triggers).toEqual([]);
    expect(runtime.properties.document.has(SCHEDULE_PROPERTY)).toBe(false);
  });

  it('refuses a schedule changed in another window since the sidebar read it', () => {
    const runtime = sample();
    const stale = new SidebarClient(runtime).setSchedule({ recalculate: 'hourly' });
    expect(choose(runtime, 'daily').ok).toBe(true);
    const result = stale.save();
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.message.key).toBe('save.scheduleStale');
    expect(runtime.triggers[0].nextRun).toEqual(new Date('2024-12-16T05:00:00Z'));
  });
});

describe('a scheduled run', () => {
  it('runs on the runtime clock, moves the as-of date and appends a dated snapshot per marked column', () => {
    const runtime = sample();
    runtime.call('buildDashboard');
    choose(runtime, 'daily');
    expect(asOf(runtime)).toBe('2024-12-15');
    runtime.clock.advance(DAY);
    expect(runtime.triggerRuns).toMatchObject([
      { handler: 'runScheduledRecalculation', at: new Date('2024-12-16T05:00:00Z'), error: null },
    ]);
    expect(asOf(runtime)).toBe('2024-12-16');
    const [header, ...rows] = history(runtime);
    expect(header).toEqual([
      'Taken at',
      'As of',
      'Sheet',
      'Column',
      'Role',
      'Latest value',
      'Health',
      'Trend',
      'Progress',
      'Pace',
      'Isolation',
      'Stale',
    ]);
    expect(rows).toHaveLength(MARKED);
    expect(snapshots(runtime).map((r) => [r['Taken at'], r['As of'], r.Sheet, r.Column])).toEqual([
      ['2024-12-16 06:00:00', '2024-12-16', 'Nail factory', 'Week'],
      ['2024-12-16 06:00:00', '2024-12-16', 'Nail factory', 'Nails per week'],
      ['2024-12-16 06:00:00', '2024-12-16', 'Nail factory', 'Average nail weight (g)'],
      ['2024-12-16 06:00:00', '2024-12-16', 'Lead funnel', 'Month'],
      ['2024-12-16 06:00:00', '2024-12-16', 'Lead funnel', 'Leads'],
      ['2024-12-16 06:00:00', '2024-12-16', 'Lead funnel', 'Customers'],
    ]);
    // The snapshot says what the live dashboard says, from the same functions.
    const dashboard = runtime.workbook.getDisplayValues(DASHBOARD_SHEET_NAME, 1, 0, MARKED, 12);
    snapshots(runtime).forEach((snapshot, i) => {
      const live = dashboard[i];
      expect([snapshot['Latest value'], snapshot.Health, snapshot.Trend], snapshot.Column).toEqual([
        live[3],
        live[5],
        live[6],
      ]);
      expect([snapshot.Progress, snapshot.Pace], snapshot.Column).toEqual([live[7], live[8]]);
      // The static snapshot (core, in the script) and the live cell (the colours' helper).
      expect(snapshot.Isolation, snapshot.Column).toBe(live[9]);
    });
    const byColumn = Object.fromEntries(snapshots(runtime).map((r) => [r.Column, r]));
    expect(byColumn['Average nail weight (g)'].Isolation).toBe('NOT ISOLATED');
    expect(byColumn.Leads.Isolation).toMatch(/^(ISOLATED: .* left behind|NOT ISOLATED)$/);
    expect(byColumn['Nails per week'].Isolation).toBe('NO COUNTERPART');
    // Customers count as their sum over 2024 (markSample): 3 of 5, as the sheet's check says.
    expect(byColumn.Customers).toMatchObject({ Progress: '60%', Pace: 'OFF TRACK' });
    runtime.clock.advance(2 * DAY);
    expect(runtime.triggerRuns.map((r) => r.error)).toEqual([null, null, null]);
    expect(history(runtime)).toHaveLength(1 + 3 * MARKED);
    expect(asOf(runtime)).toBe('2024-12-18');
    expect(snapshots(runtime).at(-1)?.['Taken at']).toBe('2024-12-18 06:00:00');
    // Past the target's end date the as-of date moves the live pace to MISSED, with no edit.
    const pace = () => runtime.workbook.getDisplayValues(DASHBOARD_SHEET_NAME, 6, 8, 1, 1)[0][0];
    expect(pace()).toBe('OFF TRACK');
    runtime.clock.advance(14 * DAY);
    expect(asOf(runtime)).toBe('2025-01-01');
    expect(pace()).toBe('MISSED');
    expect(snapshots(runtime).at(-1)).toMatchObject({ Column: 'Customers', Pace: 'MISSED' });
  });

  it('extends the colour rules to rows added since', () => {
    const runtime = sample();
    const sheet = runtime.services.model.spreadsheet.getSheetByName('Nail factory');
    if (!sheet) throw new Error('no sheet');
    const ruleRange = () => sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation();
    expect(ruleRange()).toBe('C2:C1000');
    choose(runtime, 'hourly');
    // The team adds rows at the bottom of the grid, and no one saves in the sidebar.
    sheet.insertRowsAfter(sheet.getMaxRows(), 500);
    runtime.clock.advance(HOUR);
    expect(runtime.triggerRuns.map((r) => r.error)).toEqual([null]);
    expect(ruleRange()).toBe('C2:C1500');
  });

  it('names the counterparts left behind in the snapshot', () => {
    const runtime = sample();
    // The nail factory's data ending on week 27, while the collapse is still flagged.
    runtime.workbook.setValues(
      'Nail factory',
      28,
      0,
      Array.from({ length: 3 }, () => ['', '', '', '']),
    );
    choose(runtime, 'hourly');
    runtime.clock.advance(HOUR);
    const weight = snapshots(runtime).find((r) => r.Column === 'Average nail weight (g)');
    expect(weight?.Isolation).toBe('ISOLATED: Nails per week left behind');
  });

  it('marks a KPI STALE after the chosen number of runs without a new value, everywhere', () => {
    const runtime = sample();
    runtime.call('buildDashboard');
    choose(runtime, 'daily', '2');
    const staleColumn = () =>
      snapshots(runtime)
        .slice(-MARKED)
        .filter((r) => r.Stale === 'STALE')
        .map((r) => r.Column);
    runtime.clock.advance(DAY);
    runtime.clock.advance(DAY);
    expect(staleColumn()).toEqual([]);
    runtime.clock.advance(DAY);
    // The KPIs (not the Time column or the target) are STALE on the third run.
    expect(staleColumn()).toEqual(['Nails per week', 'Average nail weight (g)', 'Leads']);
    const dashboard = runtime.workbook.getDisplayValues(DASHBOARD_SHEET_NAME, 1, 0, MARKED, 12);
    expect(dashboard.map((r) => [r[0], r[11]])).toEqual([
      ['Week', ''],
      ['Nails per week', 'STALE'],
      ['Average nail weight (g)', 'STALE'],
      ['Month', ''],
      ['Leads', 'STALE'],
      ['Customers', ''],
    ]);
    runtime.setActiveSheet('Lead funnel');
    const view = new SidebarClient(runtime).view;
    const leads = view.columns.find((c) => c.name === 'Leads');
    expect(view.stale).toEqual([{ key: leads?.ref.key, runs: 2 }]);
    // January's row comes in: Leads has news, and is no longer STALE on the next run.
    runtime.workbook.setValues('Lead funnel', 13, 0, [[new Date(Date.UTC(2025, 0, 1)), 130, 7, 1]]);
    runtime.clock.advance(DAY);
    expect(staleColumn()).toEqual(['Nails per week', 'Average nail weight (g)']);
    expect(runtime.workbook.getDisplayValues(DASHBOARD_SHEET_NAME, 1, 0, MARKED, 12)[4][11]).toBe(
      '',
    );
    expect(new SidebarClient(runtime).view.stale).toEqual([]);
  });

  it('deletes its own trigger when nothing is marked any more, or the schedule was removed', () => {
    const runtime = sample();
    choose(runtime, 'daily');
    for (const sheet of ['Nail factory', 'Lead funnel']) {
      runtime.setActiveSheet(sheet);
      const client = new SidebarClient(runtime);
      for (const column of client.view.columns) client.edit(column.name, { role: 'none' });
      expect(client.save().ok).toBe(true);
    }
    runtime.clock.advance(DAY);
    expect(runtime.triggerRuns.map((r) => r.error)).toEqual([null]);
    expect(runtime.triggers).toEqual([]);
    expect(runtime.workbook.sheetNames()).not.toContain(HISTORY_SHEET_NAME);

    const removed = sample();
    choose(removed, 'hourly');
    // What removing KPI Guard does to the schedule's property.
    removed.properties.document.delete(SCHEDULE_PROPERTY);
    removed.clock.advance(HOUR);
    expect(removed.triggers).toEqual([]);
    expect(removed.workbook.sheetNames()).not.toContain(HISTORY_SHEET_NAME);
  });

  it('deletes itself when another editor chose the schedule since (their trigger is theirs)', () => {
    const runtime = sample();
    choose(runtime, 'daily');
    const stored = JSON.parse(runtime.properties.document.get(SCHEDULE_PROPERTY) ?? '{}');
    expect(stored.trigger).toBe(runtime.triggers[0].id);
    // Another editor chose Hourly: their trigger, which this user cannot see, is the schedule's.
    runtime.properties.document.set(
      SCHEDULE_PROPERTY,
      JSON.stringify({ ...stored, recalculate: 'hourly', rev: stored.rev + 1, trigger: 'theirs' }),
    );
    runtime.clock.advance(DAY);
    expect(runtime.triggerRuns.map((r) => r.error)).toEqual([null]);
    expect(runtime.triggers).toEqual([]);
    expect(runtime.workbook.sheetNames()).not.toContain(HISTORY_SHEET_NAME);
  });

  it('leaves no partial snapshot when a call fails part-way, and the next run takes a whole one', () => {
    let failing = false;
    let reads = 0;
    const runtime = sample({
      serviceCalls: {
        failure: (call) => {
          if (call !== 'Range.getValues' || !failing) return null;
          reads++;
          // The first sheet is read; reading the second fails.
          return reads === 2 ? 'Service Spreadsheets failed while accessing document.' : null;
        },
      },
    });
    choose(runtime, 'daily', '2');
    runtime.clock.advance(DAY);
    const before = history(runtime);
    const properties = new Map(runtime.properties.document);
    failing = true;
    runtime.clock.advance(DAY);
    expect(runtime.triggerRuns.at(-1)?.error).toBe(
      'Service Spreadsheets failed while accessing document.',
    );
    expect(history(runtime)).toEqual(before);
    expect(new Map(runtime.properties.document)).toEqual(properties);
    failing = false;
    runtime.clock.advance(DAY);
    expect(runtime.triggerRuns.at(-1)?.error).toBeNull();
    expect(history(runtime)).toHaveLength(1 + 2 * MARKED);
    // The failed run counted for nothing: no KPI is STALE after two good runs of two.
    expect(snapshots(runtime).filter((r) => r.Stale === 'STALE')).toEqual([]);
  });

  it('stops between columns near the time limit and resumes there next time', () => {
    // Reading a sheet takes 2.5 minutes here: the second sheet's read ends past the budget.
    const runtime = sample({
      serviceCalls: { latencyMs: (call) => (call === 'Range.getValues' ? 150_000 : 0) },
    });
    choose(runtime, 'daily');
    runtime.clock.advance(DAY);
    expect(runtime.triggerRuns.at(-1)?.error).toBeNull();
    expect(snapshots(runtime).map((r) => r.Column)).toEqual([
      'Week',
      'Nails per week',
      'Average nail weight (g)',
      'Month',
    ]);
    runtime.clock.advance(DAY);
    expect(runtime.triggerRuns.at(-1)?.error).toBeNull();
    expect(
      snapshots(runtime)
        .slice(4)
        .map((r) => [r.Column, r['As of']]),
    ).toEqual([
      ['Leads', '2024-12-17'],
      ['Customers', '2024-12-17'],
      ['Week', '2024-12-17'],
    ]);
  });

  it('waits for the next run while another KPI Guard write holds the document', () => {
    const runtime = sample();
    choose(runtime, 'hourly');
    const release = runtime.holdLock('document');
    runtime.clock.advance(HOUR);
    release();
    expect(runtime.triggerRuns.map((r) => r.error)).toEqual([null]);
    expect(runtime.workbook.sheetNames()).not.toContain(HISTORY_SHEET_NAME);
    runtime.clock.advance(HOUR);
    expect(history(runtime)).toHaveLength(1 + MARKED);
  });
});

describe('after Remove KPI Guard…', () => {
  it('nothing of the schedule is left, and the dashboard is gone with it; the history is asked about', () => {
    const runtime = sample();
    runtime.call('buildDashboard');
    choose(runtime, 'daily');
    runtime.clock.advance(2 * DAY);
    expect(
      [...runtime.properties.document.keys()].some((k) => k.startsWith('kpiguard.stale.')),
    ).toBe(true);
    runtime.answerAlerts('YES', 'NO');
    runtime.call('removeKpiGuard');
    expect(runtime.triggers).toEqual([]);
    expect(
      [...runtime.properties.document.keys()].filter((k) => k.startsWith('kpiguard.')),
    ).toEqual([]);
    expect(runtime.workbook.sheetNames()).toEqual([
      'Nail factory',
      'Lead funnel',
      HISTORY_SHEET_NAME,
    ]);
  });
});

describe('the cost of a scheduled run', () => {
  function funnelRows(rows: number): LocalRuntime {
    const cells: (string | number | Date)[][] = [['Month', 'Leads', 'Customers']];
    for (let i = 0; i < rows; i++)
      cells.push([new Date(Date.UTC(2024, 0, 1 + i)), 20 + (i % 50), i % 7]);
    const runtime = createRuntime({ data: { sheets: [{ name: 'Funnel', cells }] }, now: NOW });
    const c = markFunnel(new SidebarClient(runtime));
    c.setSchedule({ recalculate: 'hourly' });
    expect(c.save().ok).toBe(true);
    runtime.clock.advance(HOUR);
    return runtime;
  }

  it('makes the same Spreadsheet calls on 100 rows and on 50,000', () => {
    const counts = [100, 50_000].map((rows) => {
      const runtime = funnelRows(rows);
      runtime.counter.reset();
      runtime.clock.advance(HOUR);
      expect(runtime.triggerRuns.map((r) => r.error)).toEqual([null, null]);
      return runtime.counter.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
    console.log(
      `scheduled run: ${Object.values(counts[0]).reduce((a, b) => a + b, 0)} Spreadsheet calls on 100 and on 50,000 rows`,
    );
  });
});
