// The dashboard, the history and the STALE marks of a Dutch spreadsheet: headings, roles and
// states in Dutch, each status word beside the identifier its function returns, while the
// English dashboard keeps its formulas exactly as they were.
import { describe, expect, it } from 'vitest';
import { DASHBOARD_SHEET_NAME, HISTORY_SHEET_NAME } from '../../src/addon/artifacts';
import { DASHBOARD_COLUMNS } from '../../src/addon/dashboard/layout';
import { nl } from '../../src/i18n/nl';
import { createRuntime, type LocalRuntime } from '../../src/local/runtime/createRuntime';
import { dutchSampleWorkbook } from '../../src/local/sample/index';
import type { WorkbookData } from '../../src/local/types';
import { ENGLISH_DASHBOARD_HEADER } from '../addon/dashboardHeader';
import { SidebarClient } from '../addon/sidebarClient';

const NOW = new Date('2026-12-15T09:00:00Z');
const HOUR = 3_600_000;

/** The Dutch sample with Leads a KPI that Klanten should keep pace with, Klanten a target. */
function marked(data: WorkbookData): LocalRuntime {
  const runtime = createRuntime({ data, now: NOW });
  const client = new SidebarClient(runtime);
  client
    .edit('Leads', { role: 'kpi', counterparts: [client.pair('Klanten', 'pace')] })
    .edit('Klanten', {
      role: 'target',
      goal: '5',
      baseline: '0',
      start: '2026-01-01',
      end: '2026-12-31',
    });
  const saved = client.save();
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return runtime;
}

function dashboard(runtime: LocalRuntime): { rows: string[][]; formulas: string[][] } {
  const height = runtime.workbook.lastRow(DASHBOARD_SHEET_NAME);
  const width = DASHBOARD_COLUMNS.length;
  const sheet = runtime.services.model.spreadsheet.getSheetByName(DASHBOARD_SHEET_NAME);
  return {
    rows: runtime.workbook.getDisplayValues(DASHBOARD_SHEET_NAME, 0, 0, height, width),
    formulas: sheet?.getRange(1, 1, height, width).getFormulas() ?? [],
  };
}

describe('the dashboard of a Dutch spreadsheet', () => {
  it('says everything in Dutch, each status word beside its identifier', () => {
    const runtime = marked(dutchSampleWorkbook());
    runtime.call('buildDashboard');
    expect(runtime.ui.toasts.at(-1)).toMatchObject({
      title: 'Dashboard',
      message: nl['toast.dashboardBuilt'].replace('{count}', '2'),
    });
    const { rows } = dashboard(runtime);
    expect(rows[0]).toEqual(DASHBOARD_COLUMNS.map((column) => nl[`dashboard.${column}`]));
    const byName = Object.fromEntries(rows.slice(1).map((row) => [row[0], row]));
    const at = (name: string, column: (typeof DASHBOARD_COLUMNS)[number]) =>
      byName[name][DASHBOARD_COLUMNS.indexOf(column)];
    expect(at('Leads', 'role')).toBe('KPI');
    expect(at('Klanten', 'role')).toBe('Doel');
    expect(at('Leads', 'health')).toBe('gezond (HEALTHY)');
    expect(at('Leads', 'trend')).toBe('verbetert (IMPROVING)');
    expect(at('Klanten', 'pace')).toMatch(/^[a-z ]+ \((?:ON TRACK|AT RISK|OFF TRACK|ACHIEVED)\)$/);
    expect(at('Leads', 'isolation')).toMatch(/\((?:NOT ISOLATED|ISOLATED|NOT JUDGED YET)\)/);
  });

  it('runs each status function once per cell: SWITCH words what it returns', () => {
    const runtime = marked(dutchSampleWorkbook());
    runtime.call('buildDashboard');
    const { formulas } = dashboard(runtime);
    const health = formulas[1][DASHBOARD_COLUMNS.indexOf('health')];
    expect(health).toMatch(/^=SWITCH\(KPI_HEALTH\(/);
    expect(health.match(/KPI_HEALTH\(/g)).toHaveLength(1);
    expect(health).toContain('"UNHEALTHY", "ongezond (UNHEALTHY)"');
  });

  it('keeps the English dashboard as it was: the functions alone, no SWITCH', () => {
    const runtime = marked({ ...dutchSampleWorkbook(), locale: 'en_US' });
    runtime.call('buildDashboard');
    const { rows, formulas } = dashboard(runtime);
    expect(rows[0]).toEqual(ENGLISH_DASHBOARD_HEADER);
    expect(formulas[1][DASHBOARD_COLUMNS.indexOf('health')]).toMatch(/^=KPI_HEALTH\(/);
    expect(rows[1][DASHBOARD_COLUMNS.indexOf('health')]).toBe('HEALTHY');
  });
});

describe('the scheduled run of a Dutch spreadsheet', () => {
  it('heads the history in Dutch and marks STALE in Dutch beside the identifier', () => {
    const runtime = marked(dutchSampleWorkbook());
    const client = new SidebarClient(runtime).setSchedule({
      recalculate: 'hourly',
      staleAfter: '1',
    });
    expect(client.save().ok).toBe(true);
    runtime.call('buildDashboard');
    runtime.clock.advance(HOUR);
    runtime.clock.advance(HOUR);
    const height = runtime.workbook.lastRow(HISTORY_SHEET_NAME);
    const history = runtime.workbook.getDisplayValues(HISTORY_SHEET_NAME, 0, 0, height, 12);
    expect(history[0].slice(0, 4)).toEqual(['Vastgelegd op', 'Peildatum', 'Blad', 'Kolom']);
    const leads = history.filter((row) => row[3] === 'Leads');
    expect(leads.length).toBeGreaterThanOrEqual(2);
    expect(leads.at(-1)?.[4]).toBe('KPI');
    expect(leads.at(-1)?.[11]).toBe('verouderd (STALE)');
    const { rows } = dashboard(runtime);
    const stale = rows.find((row) => row[0] === 'Leads')?.[DASHBOARD_COLUMNS.indexOf('stale')];
    expect(stale).toBe('verouderd (STALE)');
  });
});
