// Saving: a request checked against what is stored, with a message beside every field the
// user got wrong, and nothing written unless everything is right.
import { describe, expect, it } from 'vitest';
import { type ColumnWrite, planSave, type SavePlan } from '../../src/addon/marking/plan';
import { ENGLISH } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';

const formatMessage = translator(ENGLISH).format;

import { change, counterpart, kpi, request, settingsOf, target } from './helpers';

const HEADERS = ['Month', 'Leads', 'Qualified', 'Customers', 'Revenue'];

function ids() {
  let n = 0;
  return () => `knew${String(++n).padStart(5, '0')}`;
}

function plan(settings: ReturnType<typeof settingsOf>, req: Parameters<typeof planSave>[1]) {
  return planSave(settings, req, { maxHeaderRow: 1000, newId: ids() });
}

function writes(result: SavePlan): ColumnWrite[] {
  if (!result.ok) throw new Error(`not ok: ${JSON.stringify(result)}`);
  return result.writes;
}

function stored(write: ColumnWrite): Record<string, unknown> {
  if (write.kind === 'remove') throw new Error('a removal has no text');
  return JSON.parse(write.text) as Record<string, unknown>;
}

/** The field messages of a refused plan, worded, as "key field: text". */
function messages(result: SavePlan): string[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.errors.map((e) => `${e.key} ${e.field}: ${formatMessage(e.message)}`);
}

describe('planSave: what gets written', () => {
  it('marks a KPI with a counterpart; the unmarked counterpart gets an id anchor', () => {
    const s = settingsOf(HEADERS);
    const result = plan(
      s,
      request(s, [change(s, 2, { role: 'kpi', counterparts: [counterpart(s, 4, 'pace')] })]),
    );
    const [leads, customers] = writes(result);
    expect(leads).toMatchObject({ kind: 'create', position: 2 });
    expect(customers).toMatchObject({ kind: 'create', position: 4 });
    expect(stored(customers)).toEqual({ v: 1, id: 'knew00002', rev: 1, role: 'none' });
    expect(stored(leads)).toEqual({
      v: 1,
      id: 'knew00001',
      rev: 1,
      role: 'kpi',
      direction: 'up',
      healthyMin: null,
      healthyMax: null,
      counterparts: [{ id: 'knew00002', rule: 'pace', label: 'Customers' }],
    });
  });

  it('writes nothing for a change that changes nothing, and bumps the revision of a real one', () => {
    const s = settingsOf(HEADERS, { 2: kpi('kaaaaaaaa', { rev: 4 }) });
    expect(writes(plan(s, request(s, [change(s, 2, {})])))).toEqual([]);
    const [write] = writes(plan(s, request(s, [change(s, 2, { healthyMin: ' 10 ' })])));
    expect(write).toMatchObject({ kind: 'update', entry: 0 });
    expect(stored(write)).toMatchObject({ rev: 5, healthyMin: 10, id: 'kaaaaaaaa' });
  });

  it('gives a guardrail the direction its counterpart is good in', () => {
    const s = settingsOf(HEADERS, { 5: target('kbbbbbbbb', { goal: 80, baseline: 100 }) });
    const [write] = writes(
      plan(s, request(s, [change(s, 2, { role: 'kpi', counterparts: [counterpart(s, 5, 'up')] })])),
    );
    expect(stored(write).counterparts).toEqual([
      { id: 'kbbbbbbbb', rule: 'down', label: 'Revenue' },
    ]);
  });

  it("rewrites a KPI's guardrail when its counterpart's direction changes", () => {
    const s = settingsOf(HEADERS, {
      2: kpi('kaaaaaaaa', { counterparts: [{ id: 'kbbbbbbbb', rule: 'up', label: 'Quality' }] }),
      3: kpi('kbbbbbbbb'),
    });
    const result = writes(plan(s, request(s, [change(s, 3, { direction: 'down' })])));
    expect(result).toHaveLength(2);
    const leads = result.find((w) => w.kind === 'update' && w.entry === 0);
    expect(leads && stored(leads)).toMatchObject({ rev: 2, counterparts: [{ rule: 'down' }] });
  });

  it('removes the settings of a column set back to None, but keeps the id of a linked one', () => {
    const s = settingsOf(HEADERS, {
      2: kpi('kaaaaaaaa', { counterparts: [{ id: 'kbbbbbbbb', rule: 'up', label: 'Customers' }] }),
      4: target('kbbbbbbbb'),
    });
    const [customers] = writes(plan(s, request(s, [change(s, 4, { role: 'none' })])));
    expect(stored(customers)).toEqual({ v: 1, id: 'kbbbbbbbb', rev: 2, role: 'none' });
    // Leads set back to None: its settings go, and the anchor nobody links to any more too.
    const cleared = writes(plan(s, request(s, [change(s, 2, { role: 'none' })])));
    expect(cleared).toEqual([{ kind: 'remove', entry: 0 }]);
    const both = writes(
      plan(s, request(s, [change(s, 2, { role: 'none' }), change(s, 4, { role: 'none' })])),
    );
    expect(both).toEqual([
      { kind: 'remove', entry: 0 },
      { kind: 'remove', entry: 1 },
    ]);
  });

  it('keeps a link to a column whose settings cannot be read', () => {
    const s = settingsOf(HEADERS, {
      2: kpi('kaaaaaaaa', { counterparts: [{ id: 'kbbbbbbbb', rule: 'up', label: 'Qualified' }] }),
      3: '{"v":1,"id":"kbbbbbbbb","rev":1,"role":"kpi","direction":"sideways"}',
    });
    expect(s.problems.map((p) => p.key)).toEqual(['problem.malformed', 'problem.unreadableLink']);
    const [write] = writes(plan(s, request(s, [change(s, 2, { healthyMax: '9' })])));
    expect(stored(write).counterparts).toEqual([
      { id: 'kbbbbbbbb', rule: 'up', label: 'Qualified' },
    ]);
  });

  it('saves a header row, checked against the revision the sidebar saw', () => {
    const s = settingsOf(HEADERS);
    const ok = plan(s, { ...request(s, []), headerRow: { value: '3', revision: 0 } });
    expect(ok).toEqual({ ok: true, writes: [], headerRow: 3 });
    const bad = plan(s, { ...request(s, []), headerRow: { value: '0', revision: 0 } });
    expect(messages(bad)).toEqual([' headerRow: Enter a row number from 1 to 1,000.']);
    const stale = plan(s, { ...request(s, []), headerRow: { value: '3', revision: 2 } });
    expect(stale.ok === false && stale.message.key).toBe('save.staleHeaderRow');
  });
});

describe('planSave: refusals, each beside its field', () => {
  const s = settingsOf(HEADERS, { 1: { v: 1, id: 'ktime0000', rev: 1, role: 'time' } });

  it.each([
    [{ role: 'kpi', healthyMin: 'ten' }, 'healthyMin: Enter a number, like 12 or 0.5.'],
    [
      { role: 'kpi', healthyMin: '12', healthyMax: '3' },
      'healthyMax: The healthy minimum (12) is above the maximum (3).',
    ],
    [
      { role: 'target', goal: '', baseline: '0', start: '2024-01-01', end: '2024-12-31' },
      'goal: Enter a value.',
    ],
    [
      { role: 'target', goal: '5', baseline: '5', start: '2024-01-01', end: '2024-12-31' },
      'goal: The goal equals the baseline (5): progress toward it is undefined.',
    ],
    [
      { role: 'target', goal: '5', baseline: '0', start: 'soon', end: '2024-12-31' },
      'start: Enter a date as YYYY-MM-DD.',
    ],
    [
      { role: 'target', goal: '5', baseline: '0', start: '2024-01-01', end: '2024-02-30' },
      'end: Enter a date as YYYY-MM-DD.',
    ],
    [
      { role: 'target', goal: '5', baseline: '0', start: '2024-06-01', end: '2024-01-01' },
      'end: The end (Jan 1, 2024) must be after the start (Jun 1, 2024).',
    ],
    [{ role: 'time' }, 'role: Only one column can be the Time column, and Month is one already.'],
  ])('%o → %s', (edit, expected) => {
    const result = plan(s, request(s, [change(s, 3, edit as object)]));
    expect(messages(result)).toEqual([`p3 ${expected}`]);
    expect(result.ok === false && result.message.key).toBe('save.invalid');
  });

  it('refuses a KPI as its own counterpart, a counterpart twice, and the Time column as one', () => {
    const result = plan(
      s,
      request(s, [
        change(s, 2, {
          role: 'kpi',
          counterparts: [
            counterpart(s, 2),
            counterpart(s, 4),
            counterpart(s, 4),
            counterpart(s, 1),
          ],
        }),
      ]),
    );
    expect(messages(result)).toEqual([
      'p2 counterparts: A KPI cannot be its own counterpart.',
      'p2 counterparts: Customers is listed twice.',
      'p2 counterparts: Month is the Time column; it cannot be a counterpart.',
    ]);
  });

  it('refuses "Should keep pace" unless both columns are higher-is-better, where the cause is', () => {
    const down = plan(
      s,
      request(s, [
        change(s, 2, { role: 'kpi', direction: 'down', counterparts: [counterpart(s, 4, 'pace')] }),
      ]),
    );
    expect(messages(down)).toEqual([
      'p2 counterparts: "Should keep pace" needs both Leads and Customers to be higher-is-better.',
    ]);
    const linked = settingsOf(HEADERS, {
      2: kpi('kaaaaaaaa', {
        counterparts: [{ id: 'kbbbbbbbb', rule: 'pace', label: 'Customers' }],
      }),
      4: target('kbbbbbbbb'),
    });
    const flipped = plan(linked, request(linked, [change(linked, 4, { goal: '-5' })]));
    expect(messages(flipped)).toEqual([
      'kbbbbbbbb goal: "Should keep pace" needs both Leads and Customers to be higher-is-better.',
    ]);
  });

  it('refuses making a paired column the Time column', () => {
    const linked = settingsOf(HEADERS, {
      2: kpi('kaaaaaaaa', { counterparts: [{ id: 'kbbbbbbbb', rule: 'up', label: 'Customers' }] }),
      4: target('kbbbbbbbb'),
    });
    const result = plan(linked, request(linked, [change(linked, 4, { role: 'time' })]));
    expect(messages(result)).toContain(
      'kbbbbbbbb role: Leads has this column as a counterpart, and a Time column cannot be one. Unpair it first.',
    );
  });

  it('refuses two new Time columns at once', () => {
    const fresh = settingsOf(HEADERS);
    const result = plan(
      fresh,
      request(fresh, [change(fresh, 1, { role: 'time' }), change(fresh, 5, { role: 'time' })]),
    );
    expect(messages(result)).toEqual([
      'p1 role: Only one column can be the Time column, and Revenue is one already.',
      'p5 role: Only one column can be the Time column, and Month is one already.',
    ]);
  });

  it('refuses a column that is no longer where the sidebar saw it, by id or by header', () => {
    const moved = change(s, 3, { role: 'kpi' });
    moved.ref = { ...moved.ref, header: 'Qualified leads' };
    const gone = {
      ...change(s, 2, { role: 'kpi' }),
      ref: { key: 'kgone0000', id: 'kgone0000', position: 2, header: 'Leads' },
    };
    expect(messages(plan(s, request(s, [moved, gone])))).toEqual([
      'p3 column: This column is no longer in the sheet as the sidebar saw it. Reload.',
      'kgone0000 column: This column is no longer in the sheet as the sidebar saw it. Reload.',
    ]);
  });

  it('never writes over unreadable settings, nor links to them', () => {
    const locked = settingsOf(HEADERS, { 4: '{"v":1,"id":"kcccccccc"' });
    expect(messages(plan(locked, request(locked, [change(locked, 4, { role: 'kpi' })])))).toEqual([
      'p4 column: The stored settings of this column cannot be read, so KPI Guard leaves them untouched.',
    ]);
    const linking = plan(
      locked,
      request(locked, [change(locked, 2, { role: 'kpi', counterparts: [counterpart(locked, 4)] })]),
    );
    expect(messages(linking)).toEqual([
      'p2 counterparts: The stored settings of Customers cannot be read, so it cannot be linked.',
    ]);
  });

  it('refuses more counterparts than the limit, and settings too large to store', () => {
    const many = Array.from({ length: 60 }, (_, i) => `"${'"'.repeat(98)}${i}`);
    const wide = settingsOf(['KPI', ...many]);
    const all = many.map((_, i) => counterpart(wide, i + 2));
    const tooMany = plan(
      wide,
      request(wide, [change(wide, 1, { role: 'kpi', counterparts: all })]),
    );
    expect(messages(tooMany)[0]).toBe('p1 counterparts: Choose at most 50 counterparts.');
    const fifty = plan(
      wide,
      request(wide, [change(wide, 1, { role: 'kpi', counterparts: all.slice(0, 50) })]),
    );
    expect(messages(fifty)[0]).toMatch(
      /^p1 column: These settings are too large to store \(\d{1,3}(,\d{3})* of 8,000 characters\)\.$/,
    );
  });

  it('refuses a save made from a stale view of a column, whatever else it holds', () => {
    const current = settingsOf(HEADERS, { 2: kpi('kaaaaaaaa', { rev: 3 }) });
    const old = settingsOf(HEADERS, { 2: kpi('kaaaaaaaa', { rev: 2 }) });
    const result = plan(
      current,
      request(old, [change(old, 2, { healthyMin: '1' }), change(old, 4, { role: 'kpi' })]),
    );
    expect(result).toMatchObject({
      ok: false,
      message: { key: 'save.stale', params: { column: 'Leads' } },
    });
    expect(formatMessage(result.ok ? { key: 'save.saved' } : result.message)).toMatch(/Reload/);
  });
});
