// Build dashboard, through the built add-on on the sample: one row per marked column of every
// sheet, all live formulas computed by the real functions, following the data without a
// script run, rebuilt in place in one write, in a number of calls that does not grow with rows.
import { describe, expect, it } from 'vitest';
import { DASHBOARD_SHEET_NAME, HELPER_SHEET_NAME } from '../../src/addon/artifacts';
import { DASHBOARD_COLUMNS } from '../../src/addon/dashboard/layout';
import { createRuntime, type LocalRuntime } from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';
import { ENGLISH_DASHBOARD_HEADER } from './dashboardHeader';
import { markSample } from './markSample';
import { funnel, markFunnel, SidebarClient } from './sidebarClient';

const NOW = new Date('2024-12-15T09:00:00Z');
const WIDTH = DASHBOARD_COLUMNS.length;

function sample(): LocalRuntime {
  const runtime = createRuntime({ data: sampleWorkbook(), now: NOW });
  markSample(runtime);
  return runtime;
}

const dashboard = (runtime: LocalRuntime, rows = 7) =>
  runtime.workbook.getDisplayValues(DASHBOARD_SHEET_NAME, 0, 0, rows, WIDTH);

/** The dashboard as records by its header row, one per column row. */
function records(runtime: LocalRuntime): Record<string, string>[] {
  const [header, ...rows] = runtime.workbook.getDisplayValues(
    DASHBOARD_SHEET_NAME,
    0,
    0,
    runtime.workbook.lastRow(DASHBOARD_SHEET_NAME),
    WIDTH,
  );
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

const row = (runtime: LocalRuntime, column: string) => {
  const found = records(runtime).find((r) => r.Column === column);
  if (!found) throw new Error(`no dashboard row for ${column}`);
  return found;
};

/**
 * Google Sheets built-ins the dashboard may call (each on support.google.com/docs/table/25273)
 * and KPI Guard's own: a formula only HyperFormula understands would fail in Sheets.
 */
const SHEETS_FUNCTIONS = new Set([
  'ARRAY_CONSTRAIN',
  'COUNT',
  'COUNTIF',
  'DATE',
  'FILTER',
  'IF',
  'IFNA',
  'INDEX',
  'INT',
  'ISLOGICAL',
  'ISNUMBER',
  'MAX',
  'MIN',
  'ROWS',
  'SEQUENCE',
  'SPARKLINE',
  'SUM',
  'SUMIFS',
  'TEXTJOIN',
  'VLOOKUP',
  'KPI_HEALTH',
  'KPI_TREND',
  'TARGET_PACE',
  'TARGET_PROGRESS',
]);

function expectSheetsFunctionsOnly(formulas: readonly string[]): void {
  const called = formulas.flatMap((f) =>
    [...f.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9_.]*)\(/g)].map((m) => m[1]),
  );
  expect(called.length).toBeGreaterThan(0);
  for (const name of called) expect(SHEETS_FUNCTIONS, name).toContain(name);
}

const dashboardFormulas = (runtime: LocalRuntime): string[] =>
  (
    runtime.services.model.spreadsheet
      .getSheetByName(DASHBOARD_SHEET_NAME)
      ?.getRange(1, 1, runtime.workbook.lastRow(DASHBOARD_SHEET_NAME), WIDTH)
      .getFormulas() ?? []
  )
    .flat()
    .filter((f) => f.startsWith('='));

/** A formula in a scratch cell of the sample, to compare the dashboard with. */
function evaluate(runtime: LocalRuntime, sheet: string, formula: string): unknown {
  runtime.workbook.setFormulas(sheet, 40, 10, [[formula]]);
  const [[value]] = runtime.workbook.getDisplayValues(sheet, 40, 10, 1, 1);
  runtime.workbook.setValues(sheet, 40, 10, [['']]);
  return value;
}

describe('Build dashboard', () => {
  it('makes one row per marked column of every sheet, and shows it', () => {
    const runtime = sample();
    runtime.setActiveSheet('Lead funnel');
    runtime.call('buildDashboard');
    expect(runtime.activeSheet()).toBe(DASHBOARD_SHEET_NAME);
    expect(runtime.ui.toasts.at(-1)?.message).toMatch(/shows 6 marked columns/);
    expect(dashboard(runtime, 1)[0]).toEqual(ENGLISH_DASHBOARD_HEADER);
    expect(records(runtime).map((r) => [r.Column, r.Sheet, r.Role])).toEqual([
      ['Week', 'Nail factory', 'Time'],
      ['Nails per week', 'Nail factory', 'KPI'],
      ['Average nail weight (g)', 'Nail factory', 'KPI'],
      ['Month', 'Lead funnel', 'Time'],
      ['Leads', 'Lead funnel', 'KPI'],
      ['Customers', 'Lead funnel', 'Target'],
    ]);
  });

  it('computes every status with the real functions, as formulas on the same column would', () => {
    const runtime = sample();
    runtime.call('buildDashboard');
    const weight = row(runtime, 'Average nail weight (g)');
    expect(weight['Latest value']).toBe(evaluate(runtime, 'Nail factory', '=C31'));
    expect(weight.Health).toBe(
      evaluate(runtime, 'Nail factory', '=KPI_HEALTH(C2:C31, "up", 4, 6)'),
    );
    expect(weight.Health).toBe('UNHEALTHY');
    expect(weight.Trend).toBe('IMPROVING');
    expect(row(runtime, 'Nails per week').Trend).toBe(
      evaluate(runtime, 'Nail factory', '=KPI_TREND(B2:B31, "up")'),
    );
    expect(row(runtime, 'Nails per week').Isolation).toBe('NO COUNTERPART');
    // Customers count as the sum of the new customers per month, as the sheet's own check
    // block counts them: 3 of 5.
    const customers = row(runtime, 'Customers');
    expect(customers['Latest value']).toBe('0');
    expect(customers.Progress).toBe('60%');
    expect(customers.Pace).toBe(
      evaluate(
        runtime,
        'Lead funnel',
        '=TARGET_PACE(SUM(D2:D13), 5, 0, DATE(2024,1,1), DATE(2024,12,31), KPIGUARD_AS_OF)',
      ),
    );
    expect(customers.Pace).toBe('OFF TRACK');
    // The last month whose customers differed from the month before: 0 in Sep after 1 in Aug.
    expect(customers['Last changed']).toBe('2024-09-01');
    expect(row(runtime, 'Leads')['Last changed']).toBe('2024-12-01');
    expect(row(runtime, 'Month')['Latest value']).toBe('2024-12-01');
    // A sparkline has no value in Sheets; the drawing follows the KPI's series.
    const sheet = runtime.services.model.spreadsheet.getSheetByName(DASHBOARD_SHEET_NAME);
    const formulas = sheet?.getRange(2, 1, 6, WIDTH).getFormulas() ?? [];
    expect(formulas[1][4]).toBe("=SPARKLINE('Nail factory'!B2:B)");
    expect(runtime.workbook.getSparkline(DASHBOARD_SHEET_NAME, 2, 4)?.slice(0, 30)).toEqual(
      runtime.workbook.getValues('Nail factory', 1, 1, 30, 1).map(([v]) => v),
    );
    for (let r = 0; r < 7; r++) {
      for (let c = 0; c < WIDTH; c++) {
        expect(runtime.workbook.getCellError(DASHBOARD_SHEET_NAME, r, c), `${r},${c}`).toBeNull();
      }
    }
  });

  it('writes live formulas over open-ended ranges, none with a volatile argument', () => {
    const runtime = sample();
    runtime.call('buildDashboard');
    const sheet = runtime.services.model.spreadsheet.getSheetByName(DASHBOARD_SHEET_NAME);
    const formulas = (sheet?.getRange(2, 1, 6, WIDTH).getFormulas() ?? []).flat();
    const leads = formulas.slice(4 * WIDTH, 5 * WIDTH);
    expect(leads[5]).toBe(`=KPI_HEALTH('Lead funnel'!B2:B, "up", "", "")`);
    expect(leads[6]).toBe(`=KPI_TREND('Lead funnel'!B2:B, "up")`);
    // Customers per month, summed over the target's period up to the as-of date.
    const customers = formulas.slice(5 * WIDTH);
    const counted =
      `SUMIFS('Lead funnel'!D2:D, 'Lead funnel'!A2:A, ">="&DATE(2024,1,1), ` +
      `'Lead funnel'!A2:A, "<"&(INT(MIN(DATE(2024,12,31), KPIGUARD_AS_OF))+1))`;
    expect(customers[7]).toBe(`=TARGET_PROGRESS(${counted}, 5, 0)`);
    expect(customers[8]).toBe(
      `=TARGET_PACE(${counted}, 5, 0, DATE(2024,1,1), DATE(2024,12,31), KPIGUARD_AS_OF)`,
    );
    const written = formulas.filter((f) => f.startsWith('='));
    expect(written.length).toBeGreaterThan(25);
    for (const formula of written) expect(formula).not.toMatch(/\b(NOW|TODAY|RAND\w*)\(/);
    expectSheetsFunctionsOnly(written);
  });

  it('follows edits in the data without a script run', () => {
    const runtime = sample();
    runtime.call('buildDashboard');
    const runs = runtime.counter.total();
    // January 2025: a new row below the data, as the team adds one a month. Its customers
    // fall after the 2024 target's period: they do not count toward it.
    runtime.workbook.setValues('Lead funnel', 13, 0, [[new Date(Date.UTC(2025, 0, 1)), 120, 7, 5]]);
    expect(runtime.counter.total()).toBe(runs);
    let customers = row(runtime, 'Customers');
    expect(customers['Latest value']).toBe('5');
    expect(customers.Progress).toBe('60%');
    expect(customers.Pace).toBe('OFF TRACK');
    expect(customers['Last changed']).toBe('2025-01-01');
    // Two more customers in December 2024 do.
    runtime.workbook.setValues('Lead funnel', 12, 3, [[2]]);
    customers = row(runtime, 'Customers');
    expect(customers.Progress).toBe('100%');
    expect(customers.Pace).toBe('ACHIEVED');
    expect(row(runtime, 'Leads')['Latest value']).toBe('120');
    expect(row(runtime, 'Month')['Latest value']).toBe('2025-01-01');
    // An edit inside the data changes the health of the nail weight back to healthy.
    runtime.workbook.setValues('Nail factory', 30, 2, [[5.1]]);
    expect(row(runtime, 'Average nail weight (g)').Health).not.toBe('UNHEALTHY');
  });

  it('rebuilds the same sheet in one write, dropping rows no longer marked', () => {
    const runtime = sample();
    runtime.call('buildDashboard');
    runtime.setActiveSheet('Nail factory');
    const client = new SidebarClient(runtime);
    client.edit('Nails per week', { role: 'none' });
    client.edit('Week', { role: 'none' });
    expect(client.save().ok).toBe(true);
    runtime.counter.reset();
    runtime.call('buildDashboard');
    expect(runtime.counter.get('Range.setValues')).toBe(1);
    expect(runtime.workbook.sheetNames().filter((n) => n === DASHBOARD_SHEET_NAME)).toHaveLength(1);
    expect(records(runtime).map((r) => r.Column)).toEqual([
      'Average nail weight (g)',
      'Month',
      'Leads',
      'Customers',
    ]);
    expect(runtime.workbook.lastRow(DASHBOARD_SHEET_NAME)).toBe(5);
  });

  it('says so, and makes no sheet, when nothing is marked', () => {
    const runtime = createRuntime({ data: sampleWorkbook(), now: NOW });
    runtime.call('buildDashboard');
    expect(runtime.workbook.sheetNames()).not.toContain(DASHBOARD_SHEET_NAME);
    expect(runtime.ui.toasts.at(-1)?.message).toMatch(/No column is marked yet/);
    expect(runtime.activeSheet()).toBe('Nail factory');
  });

  it('calls each custom function at most once per marked column', () => {
    const runtime = sample();
    runtime.customFunctionCalls.reset();
    runtime.call('buildDashboard');
    // Three KPIs (health, trend) and one target (progress, pace).
    expect(runtime.customFunctionCalls.snapshot()).toEqual({
      KPI_HEALTH: 3,
      KPI_TREND: 3,
      TARGET_PROGRESS: 1,
      TARGET_PACE: 1,
    });
  });
});

describe('sheet names and headers', () => {
  it('quotes a sheet name with an apostrophe and keeps a number-like name as text', () => {
    const data = funnel(24);
    data.sheets[0].name = "Tom's 2024";
    data.sheets[0].cells[0][1] = '2024';
    const runtime = createRuntime({ data, now: NOW });
    const c = new SidebarClient(runtime);
    c.edit('2024', { role: 'kpi' });
    expect(c.save().ok).toBe(true);
    runtime.call('buildDashboard');
    expect(runtime.workbook.getValues(DASHBOARD_SHEET_NAME, 1, 0, 1, 4)).toEqual([
      ['2024', "Tom's 2024", 'KPI', 135],
    ]);
    expect(dashboardFormulas(runtime)).toContain(`=KPI_TREND('Tom''s 2024'!B2:B, "up")`);
  });
});

describe("the dashboard's isolation cell", () => {
  it('names the counterpart left behind on the last judged row, live from the helper', () => {
    // Marking in the sidebar painted the colours: the helper has a column per link.
    const runtime = sample();
    runtime.call('buildDashboard');
    expectSheetsFunctionsOnly(dashboardFormulas(runtime));
    expect(dashboardFormulas(runtime).join('\n')).toContain('TEXTJOIN(');
    const last = () => row(runtime, 'Average nail weight (g)').Isolation;
    // The calibrated detector stops flagging the nail factory's last weeks of collapse
    // (README); on the last judged row it is not flagged.
    expect(last()).toBe('NOT ISOLATED');
    // The data ends on week 27 instead: the collapse is still flagged there.
    runtime.workbook.setValues(
      'Nail factory',
      28,
      0,
      Array.from({ length: 3 }, () => ['', '', '', '']),
    );
    expect(last()).toBe('ISOLATED: Nails per week left behind');
    // Renaming the counterpart renames it on the dashboard.
    runtime.workbook.setValues('Nail factory', 0, 1, [['Nails made']]);
    expect(last()).toBe('ISOLATED: Nails made left behind');
  });

  it('names only the counterparts left behind on that row: of the lead funnel’s two, qualified leads', () => {
    const runtime = sample();
    runtime.call('buildDashboard');
    // December: leads at 103, qualified leads flat at 7; customers (0 or 1 a month) show no
    // significant fall per lead there: KPI_ISOLATION of leads against customers alone is FALSE.
    expect(row(runtime, 'Leads').Isolation).toBe('ISOLATED: Qualified leads left behind');
  });

  it('says the check has not run until the helper has the KPI’s links', () => {
    const runtime = sample();
    const spreadsheet = runtime.services.model.spreadsheet;
    const helper = spreadsheet.getSheetByName(HELPER_SHEET_NAME);
    if (helper) spreadsheet.deleteSheet(helper);
    runtime.call('buildDashboard');
    expect(row(runtime, 'Leads').Isolation).toBe(
      'NOT CHECKED: save the column settings in the sidebar',
    );
  });
});

describe('the cost of a build', () => {
  function marked(rows: number): LocalRuntime {
    const runtime = createRuntime({ data: funnel(rows), now: NOW });
    const c = markFunnel(new SidebarClient(runtime));
    expect(c.save().ok).toBe(true);
    runtime.call('refreshAsOfDate');
    return runtime;
  }

  it('makes the same Spreadsheet calls on 100 rows and on 50,000', () => {
    const counts = [100, 50_000].map((rows) => {
      const runtime = marked(rows);
      runtime.counter.reset();
      runtime.call('buildDashboard');
      return runtime.counter.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
    console.log(
      `dashboard build: ${Object.values(counts[0]).reduce((a, b) => a + b, 0)} Spreadsheet calls on 100 and on 50,000 rows`,
    );
  });

  it('is one row per column however long the sheet (the open ranges reach past row 1000)', () => {
    const runtime = marked(2_000);
    runtime.call('buildDashboard');
    expect(row(runtime, 'Leads')['Latest value']).toBe(String(20 + 5 * 1999));
  });
});
