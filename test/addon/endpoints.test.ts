// The sidebar endpoints in the built add-on: one round trip to open, one to save; every
// payload parsed on the server; statuses and suggestions computed there; and a number of
// Spreadsheet calls that does not grow with the sheet.
import { describe, expect, it } from 'vitest';
import type { ColumnDraft, SaveResult, SidebarView } from '../../src/addon/endpoints';
import { ENGLISH } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';

const formatMessage = translator(ENGLISH).format;

import { createRuntime, type LocalRuntime } from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';
import { funnel, SidebarClient } from './sidebarClient';

const NOW = new Date('2024-12-15T12:00:00Z');

/** A KPIGUARD_AS_OF named range holding the date, as the add-on's as-of cell does. */
function asOf(runtime: LocalRuntime, date: Date): void {
  const spreadsheet = runtime.services.model.spreadsheet;
  const sheet = spreadsheet.getSheetByName('Lead funnel');
  if (!sheet) throw new Error('no sheet');
  runtime.workbook.setValues('Lead funnel', 20, 0, [[date]]);
  spreadsheet.setNamedRange('KPIGUARD_AS_OF', sheet.getRange('A21'));
}

describe('saveSidebar never trusts the sidebar', () => {
  const runtime = createRuntime({ data: funnel(), now: NOW });
  const view = runtime.call('loadSidebar') as SidebarView;
  const leads = view.columns[1];
  const good = {
    sheetId: view.sheetId,
    headerRow: null,
    changes: [{ ref: leads.ref, revision: 0, draft: { ...leads.saved, role: 'kpi' } }],
  };
  const withDraft = (draft: object) => ({ ...good, changes: [{ ...good.changes[0], draft }] });
  const target = {
    ...leads.saved,
    role: 'target',
    goal: '5',
    baseline: '0',
    start: '2024-01-01',
    end: '2024-12-31',
  };

  it.each([
    ['no request', undefined],
    ['a string', 'save everything'],
    ['no changes list', { sheetId: view.sheetId, headerRow: null }],
    ['an unknown role', withDraft({ ...leads.saved, role: 'boss' })],
    [
      'an unknown rule',
      withDraft({ ...leads.saved, role: 'kpi', counterparts: [{ ref: leads.ref, rule: 'maybe' }] }),
    ],
    ['an extra field', withDraft({ ...leads.saved, role: 'kpi', admin: true })],
    ['an unknown way to count a target', withDraft({ ...target, measure: 'average' })],
    [
      // A page from before targets had a measure: no default that could change a target.
      'a target without its way to count',
      withDraft(Object.fromEntries(Object.entries(target).filter(([k]) => k !== 'measure'))),
    ],
    ['a negative revision', { ...good, changes: [{ ...good.changes[0], revision: -1 }] }],
    [
      'an oversized field',
      withDraft({ ...leads.saved, role: 'kpi', healthyMin: '9'.repeat(5000) }),
    ],
  ])('%s is refused as unreadable, and nothing is written', (_what, request) => {
    const result = runtime.call('saveSidebar', [request]) as SaveResult;
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.message.key).toBe('invalid.payload');
    expect(formatMessage(result.message)).toMatch(
      /^The sidebar sent something KPI Guard cannot read \(.+\)\. Reload\.$/,
    );
    expect(runtime.services.model.metadata.store.all()).toEqual([]);
  });

  it('answers a message for each bad field, beside the field', () => {
    const result = runtime.call('saveSidebar', [
      withDraft({
        ...leads.saved,
        role: 'target',
        goal: 'five',
        baseline: '0',
        start: '2024-06-01',
        end: '2024-01-01',
      }),
    ]) as SaveResult;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.key, e.field, formatMessage(e.message)])).toEqual([
      [leads.ref.key, 'goal', 'Enter a number, like 12 or 0.5.'],
      [leads.ref.key, 'end', 'The end (Jan 1, 2024) must be after the start (Jun 1, 2024).'],
    ]);
    expect(runtime.services.model.metadata.store.all()).toEqual([]);
  });

  it('saves a good request and answers the fresh view in the same round trip', () => {
    const result = runtime.call('saveSidebar', [good]) as SaveResult;
    expect(result).toMatchObject({ ok: true, message: { key: 'save.saved' } });
    if (!result.ok) return;
    expect(result.view.columns[1]).toMatchObject({ revision: 1, saved: { role: 'kpi' } });
    expect(result.view.columns[1].glance).toMatchObject({ role: 'kpi', health: { ok: true } });
  });
});

describe('the view at a glance', () => {
  /** The sidebar on the sample's lead funnel, its KPIGUARD_AS_OF holding `date`. */
  function leadFunnelAsOf(date: Date): SidebarClient {
    const runtime = createRuntime({ data: sampleWorkbook(), now: NOW });
    runtime.setActiveSheet('Lead funnel');
    asOf(runtime, date);
    return new SidebarClient(runtime);
  }
  /** Qualified leads from 5 to 10 over 2024. */
  const QUALIFIED_TARGET: Partial<ColumnDraft> = {
    role: 'target',
    goal: '10',
    baseline: '5',
    start: '2024-01-01',
    end: '2024-12-31',
  };

  it('shows KPI_HEALTH and KPI_TREND for a KPI, TARGET_PROGRESS and TARGET_PACE for a target', () => {
    const client = leadFunnelAsOf(new Date(Date.UTC(2025, 0, 15)));
    client.edit('Leads', {
      role: 'kpi',
      healthyMax: '90',
      counterparts: [client.pair('Customers', 'pace')],
    });
    client.edit('Qualified leads', QUALIFIED_TARGET);
    expect(client.save().ok).toBe(true);
    // The same answers the formulas give: the latest leads (103) are above the band of 90.
    expect(client.column('Leads').glance).toEqual({
      role: 'kpi',
      health: { ok: true, value: 'UNHEALTHY' },
      trend: { ok: true, value: 'IMPROVING' },
    });
    // Latest qualified leads 7: (7 − 5) / (10 − 5) = 0.4, short of 1 after the end date.
    expect(client.column('Qualified leads').glance).toEqual({
      role: 'target',
      progress: { ok: true, value: 0.4 },
      pace: { ok: true, value: 'MISSED' },
    });
  });

  it('takes the as-of date from the KPIGUARD_AS_OF named range', () => {
    const client = leadFunnelAsOf(new Date(Date.UTC(2024, 6, 1)));
    client.edit('Qualified leads', QUALIFIED_TARGET);
    expect(client.save().ok).toBe(true);
    expect(client.view.asOf).toBe('2024-07-01');
    // Half the year gone, 40 % of the way: a gap of 0.1, on the edge of ON TRACK.
    expect(client.column('Qualified leads').glance).toMatchObject({ pace: { value: 'ON TRACK' } });
  });

  it('suggests counterparts for a KPI measured alone, best first', () => {
    const runtime = createRuntime({ data: sampleWorkbook(), now: NOW });
    const client = new SidebarClient(runtime);
    client.edit('Average nail weight (g)', { role: 'kpi' });
    expect(client.save().ok).toBe(true);
    const suggestions = client.column('Average nail weight (g)').suggestions ?? [];
    expect(suggestions.map((s) => s.name)).toEqual(['Nails per week', 'Orders delivered']);
    expect(suggestions[0]).toMatchObject({ rule: 'up', ref: client.column('Nails per week').ref });
    expect(suggestions[0].flaggedRows).toBeGreaterThan(0);
    // Paired, it has no suggestions any more.
    client.edit('Average nail weight (g)', { counterparts: [client.pair('Nails per week')] });
    expect(client.save().ok).toBe(true);
    expect(client.column('Average nail weight (g)').suggestions).toBeNull();
  });

  it('suggests no column whose settings cannot be read, since it could not be paired', () => {
    const runtime = createRuntime({ data: sampleWorkbook(), now: NOW });
    const sheet = runtime.services.model.spreadsheet.getSheetByName('Nail factory');
    sheet?.getRange('D:D').addDeveloperMetadata('kpiguard.column', '{"v":1', 'PROJECT');
    const client = new SidebarClient(runtime);
    client.edit('Average nail weight (g)', { role: 'kpi' });
    expect(client.save().ok).toBe(true);
    const suggestions = client.column('Average nail weight (g)').suggestions ?? [];
    expect(suggestions.map((s) => s.name)).toEqual(['Nails per week']);
  });
});

describe('Spreadsheet calls', () => {
  /** Calls made by opening the sidebar and by one save, on a sheet of `rows` rows. */
  function callsFor(rows: number, marked: 'two' | 'three' = 'two') {
    const runtime = createRuntime({ data: funnel(rows), now: NOW });
    const setup = new SidebarClient(runtime);
    setup.edit('Leads', { role: 'kpi', counterparts: [setup.pair('Customers', 'pace')] });
    if (marked === 'three') setup.edit('Qualified', { role: 'kpi' });
    expect(setup.save().ok).toBe(true);
    runtime.counter.reset();
    const client = new SidebarClient(runtime);
    const open = runtime.counter.snapshot();
    runtime.counter.reset();
    client.edit('Leads', { healthyMin: '5' });
    expect(client.save().ok).toBe(true);
    return { open, save: runtime.counter.snapshot() };
  }

  it('are the same on 100 and on 50,000 rows, for opening and for saving', () => {
    const small = callsFor(100);
    const large = callsFor(50_000);
    expect(large.open).toEqual(small.open);
    expect(large.save).toEqual(small.save);
    expect(small.open['Range.getValues']).toBe(1);
    expect(small.open['DeveloperMetadataFinder.find']).toBe(1);
    if (process.env.KPI_GUARD_PRINT_CALLS) console.log(JSON.stringify({ small, large }));
  });

  it('grow with marked columns only by reading each found metadata entry', () => {
    const two = callsFor(100, 'two').open;
    const three = callsFor(100, 'three').open;
    const perEntry = [
      'DeveloperMetadata.getLocation',
      'DeveloperMetadata.getValue',
      'DeveloperMetadataLocation.getColumn',
      'Range.getColumn',
    ];
    for (const [name, count] of Object.entries(three)) {
      expect(count, name).toBe(perEntry.includes(name) ? two[name] + 1 : two[name]);
    }
  });
});
