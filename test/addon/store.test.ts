// The column store in the built add-on, against the local runtime: settings live in
// developer metadata on their columns, so they follow inserts, moves and renames, go with
// a deleted column, and anything unreadable is reported and left alone.
import { describe, expect, it } from 'vitest';
import { COLUMN_METADATA_KEY } from '../../src/addon/settings/keys';
import { ENGLISH } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';

const formatMessage = translator(ENGLISH).format;

import { createRuntime } from '../../src/local/runtime/createRuntime';
import { funnel, SidebarClient } from './sidebarClient';

function setup() {
  const runtime = createRuntime({ data: funnel(), now: new Date('2024-12-15T12:00:00Z') });
  const sheet = runtime.services.model.spreadsheet.getSheetByName('Funnel');
  if (!sheet) throw new Error('no sheet');
  return { runtime, sheet };
}

function markLeads(client: SidebarClient) {
  client.edit('Leads', { role: 'kpi', counterparts: [client.pair('Customers', 'pace')] });
  const result = client.save();
  expect(result.ok).toBe(true);
}

const entries = (runtime: ReturnType<typeof setup>['runtime']) =>
  runtime.services.model.metadata.store.all().filter((e) => e.key === COLUMN_METADATA_KEY);

describe('the column store', () => {
  it('stores settings as PROJECT metadata on the columns and reads them back', () => {
    const { runtime } = setup();
    const client = new SidebarClient(runtime);
    markLeads(client);
    const stored = entries(runtime);
    expect(stored.map((e) => [e.location, e.visibility])).toEqual([
      [{ type: 'COLUMN', sheetId: expect.any(Number), start: 2, count: 1 }, 'PROJECT'],
      [{ type: 'COLUMN', sheetId: expect.any(Number), start: 4, count: 1 }, 'PROJECT'],
    ]);
    expect(JSON.parse(stored[0].value ?? '')).toMatchObject({ v: 1, role: 'kpi', rev: 1 });
    const again = new SidebarClient(runtime);
    expect(again.column('Leads').saved).toMatchObject({
      role: 'kpi',
      direction: 'up',
      counterparts: [{ ref: { key: again.column('Customers').ref.id }, rule: 'pace' }],
    });
    expect(again.column('Customers').saved.role).toBe('none');
    expect(again.view.problems).toEqual([]);
  });

  it('keeps settings and links through inserted, moved and renamed columns', () => {
    const { runtime, sheet } = setup();
    markLeads(new SidebarClient(runtime));
    sheet.insertColumns(1, 2);
    sheet.moveColumns(sheet.getRange('F:F'), 1); // Customers to the front
    runtime.workbook.setValues('Funnel', 0, 0, [['New customers']]);
    const client = new SidebarClient(runtime);
    expect(client.view.columns.map((c) => c.name)).toEqual([
      'New customers',
      'Column B',
      'Column C',
      'Month',
      'Leads',
      'Qualified',
    ]);
    const leads = client.column('Leads');
    expect(leads.letter).toBe('E');
    expect(leads.saved.counterparts).toEqual([
      { ref: client.column('New customers').ref, rule: 'pace' },
    ]);
    expect(client.column('New customers').ref.position).toBe(1);
  });

  it('drops the settings and links of a deleted column without an error, and says so', () => {
    const { runtime, sheet } = setup();
    markLeads(new SidebarClient(runtime));
    sheet.deleteColumn(4); // Customers
    const client = new SidebarClient(runtime);
    expect(client.column('Leads').saved.counterparts).toEqual([]);
    expect(client.view.problems.map((p) => formatMessage(p))).toEqual([
      'The link from Leads to Customers was dropped: that column was deleted. Saving Leads forgets it.',
    ]);
    // Saving the KPI forgets the dropped link; deleting the KPI itself leaves nothing behind.
    client.edit('Leads', { healthyMin: '10' });
    expect(client.save().ok).toBe(true);
    expect(client.view.problems).toEqual([]);
    sheet.deleteColumn(2);
    expect(entries(runtime)).toEqual([]);
    expect(new SidebarClient(runtime).view.problems).toEqual([]);
  });

  it('reports malformed, oversized and newer-version entries, ignores them and never overwrites them', () => {
    const { runtime, sheet } = setup();
    const junk = [
      ['B:B', '{"v":1,"role":"kpi"'],
      ['C:C', `{"v":1,"note":"${'x'.repeat(20_000)}"}`],
      ['D:D', '{"v":7,"id":"kfuture00","role":"kpi","shape":"unknown"}'],
    ];
    for (const [a1, value] of junk) {
      sheet.getRange(a1).addDeveloperMetadata(COLUMN_METADATA_KEY, value, 'PROJECT');
    }
    const client = new SidebarClient(runtime);
    expect(client.view.problems.map((p) => p.key)).toEqual([
      'problem.malformed',
      'problem.oversized',
      'problem.newer',
    ]);
    expect(formatMessage(client.view.problems[2])).toBe(
      'The settings on column D (Customers) come from a newer version of KPI Guard (version 7). They are ignored and left untouched.',
    );
    for (const name of ['Leads', 'Qualified', 'Customers']) {
      expect(client.column(name).locked).not.toBeNull();
      expect(client.column(name).saved.role).toBe('none');
    }
    // Saving another column leaves them as they were; saving one of them is refused.
    client.edit('Month', { role: 'time' });
    expect(client.save().ok).toBe(true);
    client.edit('Leads', { role: 'kpi' });
    const refused = client.save();
    expect(refused.ok).toBe(false);
    expect(
      entries(runtime)
        .map((e) => e.value)
        .slice(0, 3),
    ).toEqual(junk.map(([, v]) => v));
  });

  it('reports two entries on one column and an id used twice', () => {
    const { runtime, sheet } = setup();
    const value = '{"v":1,"id":"kdupl0000","rev":1,"role":"time"}';
    sheet.getRange('A:A').addDeveloperMetadata(COLUMN_METADATA_KEY, value, 'PROJECT');
    sheet.getRange('B:B').addDeveloperMetadata(COLUMN_METADATA_KEY, value, 'PROJECT');
    sheet.getRange('C:C').addDeveloperMetadata(COLUMN_METADATA_KEY, value, 'PROJECT');
    sheet.getRange('C:C').addDeveloperMetadata(COLUMN_METADATA_KEY, value, 'PROJECT');
    const client = new SidebarClient(runtime);
    expect(client.view.problems.map((p) => formatMessage(p))).toEqual([
      'Columns A and B carry the same KPI Guard id (was a column copied?). The settings on B are ignored.',
      'Column C (Qualified) carries 2 KPI Guard entries. They are ignored and left untouched.',
    ]);
    expect(client.column('Month').saved.role).toBe('time');
  });
});

describe("a target's measure", () => {
  /** A target as KPI Guard wrote it before targets had a measure. */
  const OLD_TARGET =
    '{"v":1,"id":"kcustomer","rev":3,"role":"target","goal":12,"baseline":0,"start":"2024-01-01","end":"2025-12-31"}';
  const customers = (runtime: ReturnType<typeof setup>['runtime']) =>
    entries(runtime).find((e) => 'start' in e.location && e.location.start === 4)?.value ?? null;

  it('reads an entry written before the field as the latest value, and never rewrites it unasked', () => {
    const { runtime, sheet } = setup();
    sheet.getRange('D:D').addDeveloperMetadata(COLUMN_METADATA_KEY, OLD_TARGET, 'PROJECT');
    const client = new SidebarClient(runtime);
    expect(client.view.problems).toEqual([]);
    expect(client.column('Customers').saved).toMatchObject({ role: 'target', measure: 'latest' });
    // What an old target counted: the latest value (the funnel's last month holds 0).
    expect(client.column('Customers').glance).toMatchObject({ progress: { ok: true, value: 0 } });
    // Saving another column, or the target with only its goal changed, keeps its meaning and
    // its stored shape: no measure written for a target that counts the latest value.
    client.edit('Leads', { role: 'kpi' });
    expect(client.save().ok).toBe(true);
    expect(customers(runtime)).toBe(OLD_TARGET);
    client.edit('Customers', { goal: '10' });
    expect(client.save().ok).toBe(true);
    expect(JSON.parse(customers(runtime) ?? '')).toEqual({
      ...JSON.parse(OLD_TARGET),
      goal: 10,
      rev: 4,
    });
  });

  it('stores Sum over the period, reads it back, and drops the field again for the latest value', () => {
    const { runtime, sheet } = setup();
    sheet.getRange('D:D').addDeveloperMetadata(COLUMN_METADATA_KEY, OLD_TARGET, 'PROJECT');
    const client = new SidebarClient(runtime);
    client.edit('Customers', { measure: 'sum' });
    expect(client.save().ok).toBe(true);
    expect(JSON.parse(customers(runtime) ?? '')).toEqual({
      ...JSON.parse(OLD_TARGET),
      rev: 4,
      measure: 'sum',
    });
    const again = new SidebarClient(runtime);
    expect(again.column('Customers').saved.measure).toBe('sum');
    // Without a Time column every row counts: 6 customers in the funnel's 24 months, of 12.
    expect(again.column('Customers').glance).toMatchObject({ progress: { ok: true, value: 0.5 } });
    again.edit('Customers', { measure: 'latest' });
    expect(again.save().ok).toBe(true);
    expect(customers(runtime)).not.toContain('measure');
    expect(new SidebarClient(runtime).column('Customers').saved.measure).toBe('latest');
  });

  it('reports a measure it does not know as unreadable and leaves the entry untouched', () => {
    const { runtime, sheet } = setup();
    const unknown = OLD_TARGET.replace('}', ',"measure":"average"}');
    sheet.getRange('D:D').addDeveloperMetadata(COLUMN_METADATA_KEY, unknown, 'PROJECT');
    const client = new SidebarClient(runtime);
    expect(client.view.problems.map((p) => p.key)).toEqual(['problem.malformed']);
    expect(formatMessage(client.view.problems[0])).toMatch(
      /^The KPI Guard settings on column D \(Customers\) cannot be read \(measure: /,
    );
    expect(client.column('Customers').locked).not.toBeNull();
    expect(customers(runtime)).toBe(unknown);
  });
});

describe('the header row', () => {
  it('is row 1 until saved otherwise, in a document property of the sheet', () => {
    const { runtime, sheet } = setup();
    sheet.insertRows(1, 1);
    runtime.workbook.setValues('Funnel', 0, 0, [['Funnel report, 2024']]);
    const client = new SidebarClient(runtime);
    expect(client.view.columns.map((c) => c.name)).toEqual([
      'Funnel report, 2024',
      'Column B',
      'Column C',
      'Column D',
    ]);
    client.headerRow = '2';
    expect(client.save()).toMatchObject({ ok: true, message: { key: 'save.saved' } });
    expect(client.view.headerRow).toBe(2);
    expect(client.view.columns.map((c) => c.name)).toEqual([
      'Month',
      'Leads',
      'Qualified',
      'Customers',
    ]);
    expect(runtime.properties.document.get(`kpiguard.sheet.${sheet.getSheetId()}`)).toBe(
      '{"v":1,"headerRow":2,"rev":1}',
    );
    // Statuses read the rows below it: the first data row is row 3.
    client.edit('Leads', { role: 'kpi', healthyMax: '20' });
    expect(client.save().ok).toBe(true);
    expect(client.column('Leads').glance).toMatchObject({ health: { value: 'UNHEALTHY' } });
  });

  it('reports an unreadable sheet setting and uses row 1', () => {
    const { runtime, sheet } = setup();
    runtime.properties.document.set(
      `kpiguard.sheet.${sheet.getSheetId()}`,
      '{"v":1,"headerRow":"two"}',
    );
    const client = new SidebarClient(runtime);
    expect(client.view.headerRow).toBe(1);
    expect(client.view.problems.map((p) => p.key)).toEqual(['problem.sheetSettings']);
  });
});

describe('saving under the document lock', () => {
  it('waits for another execution holding the lock, and then says it is busy, writing nothing', () => {
    const { runtime } = setup();
    const client = new SidebarClient(runtime);
    const release = runtime.holdLock('document');
    client.edit('Leads', { role: 'kpi' });
    const result = client.save();
    expect(result).toMatchObject({ ok: false, message: { key: 'save.busy' } });
    expect(entries(runtime)).toEqual([]);
    release();
    expect(client.save().ok).toBe(true);
  });

  it('two sidebars saving different columns lose nothing', () => {
    const { runtime } = setup();
    const first = new SidebarClient(runtime);
    const second = new SidebarClient(runtime);
    first.edit('Leads', { role: 'kpi', counterparts: [first.pair('Customers', 'pace')] });
    second.edit('Customers', {
      role: 'target',
      goal: '12',
      baseline: '0',
      start: '2024-01-01',
      end: '2024-12-31',
    });
    second.edit('Month', { role: 'time' });
    expect(first.save().ok).toBe(true);
    expect(second.save().ok).toBe(true);
    const after = new SidebarClient(runtime);
    expect(after.column('Leads').saved.counterparts).toEqual([
      { ref: after.column('Customers').ref, rule: 'pace' },
    ]);
    expect(after.column('Customers').saved).toMatchObject({ role: 'target', goal: '12' });
    expect(after.column('Month').saved.role).toBe('time');
  });

  it('refuses a save from a stale view of a column that changed meanwhile, asking to reload', () => {
    const { runtime } = setup();
    const first = new SidebarClient(runtime);
    const second = new SidebarClient(runtime);
    first.edit('Leads', { role: 'kpi', direction: 'up', healthyMin: '10' });
    expect(first.save().ok).toBe(true);
    second.edit('Leads', { role: 'kpi', direction: 'down' });
    const stale = second.save();
    expect(stale.ok).toBe(false);
    expect(formatMessage(stale.message)).toBe(
      'Not saved: Leads was changed in another window since this sidebar read it. Reload to see the newer settings.',
    );
    expect(new SidebarClient(runtime).column('Leads').saved).toMatchObject({
      direction: 'up',
      healthyMin: '10',
    });
  });
});
