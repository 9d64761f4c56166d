// The as-of date (src/addon/asOf.ts) through the built add-on: a named range KPIGUARD_AS_OF
// on a hidden settings sheet, made when first needed and rewritten by the menu item, which
// date-dependent formulas pass as as_of so they move with the calendar, and the sidebar judges
// its statuses on.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF_RANGE_NAME, SETTINGS_SHEET_NAME } from '../../../src/addon/asOf';
import type { SidebarView } from '../../../src/addon/endpoints';
import { CUSTOM_FUNCTIONS } from '../../../src/functions/table';
import { en } from '../../../src/i18n/en';
import { createRuntime, type RuntimeOptions } from '../../../src/local/runtime/createRuntime';
import { DIST } from '../../support/distFiles';
import { writeDist } from './fixtureDist';

const PACE = `=TARGET_PACE(B2, 5, 0, DATE(2026,1,1), DATE(2026,12,31), ${AS_OF_RANGE_NAME})`;

function team(extra: Partial<RuntimeOptions> = {}) {
  return createRuntime({
    now: new Date('2026-01-10T12:00:00Z'),
    data: {
      sheets: [
        {
          name: 'Targets',
          cells: [
            ['Pace', 'Customers'],
            ['', 1],
          ],
        },
      ],
    },
    ...extra,
  });
}

const sheet = (runtime: ReturnType<typeof team>, name: string) =>
  runtime.services.model.spreadsheet.getSheetByName(name);

describe('Refresh as-of date', () => {
  it('is on the add-on menu', () => {
    const items = team().ui.menus[0]?.items ?? [];
    expect(items).toContainEqual({
      caption: 'Refresh as-of date',
      functionName: 'refreshAsOfDate',
    });
  });

  it('creates the hidden settings sheet and the named range once, leaving the active tab alone', () => {
    const runtime = team();
    expect(runtime.call('refreshAsOfDate')).toBe('2026-01-10');
    expect(runtime.call('refreshAsOfDate')).toBe('2026-01-10');
    expect(runtime.workbook.sheetNames()).toEqual(['Targets', SETTINGS_SHEET_NAME]);
    expect(sheet(runtime, SETTINGS_SHEET_NAME)?.isSheetHidden()).toBe(true);
    expect(runtime.activeSheet()).toBe('Targets');
    expect(runtime.workbook.getDisplayValues(SETTINGS_SHEET_NAME, 0, 0, 1, 2)).toEqual([
      [en['asOf.label'], '2026-01-10'],
    ]);
    const named = runtime.services.model.spreadsheet.getNamedRanges().map((n) => n.getName());
    expect(named).toEqual([AS_OF_RANGE_NAME]);
    expect(runtime.ui.toasts.at(-1)?.message).toBe(
      'Formulas that use KPIGUARD_AS_OF now judge on Jan 10, 2026.',
    );
  });

  it('is today in the spreadsheet time zone', () => {
    // 2026-01-10 23:30 UTC is already the 11th in Amsterdam.
    const runtime = team({ now: new Date('2026-01-10T23:30:00Z'), timeZone: 'Europe/Amsterdam' });
    expect(runtime.call('refreshAsOfDate')).toBe('2026-01-11');
  });

  it('moves TARGET_PACE formulas that take KPIGUARD_AS_OF when the calendar moves', () => {
    const runtime = team();
    runtime.call('refreshAsOfDate');
    runtime.workbook.setFormulas('Targets', 1, 0, [[PACE]]);
    expect(runtime.workbook.getValues('Targets', 1, 0, 1, 1)).toEqual([['ON TRACK']]);
    runtime.clock.advance(340 * 86_400_000);
    // Nothing the formula reads has changed yet: Sheets would not recalculate it either.
    expect(runtime.workbook.getValues('Targets', 1, 0, 1, 1)).toEqual([['ON TRACK']]);
    expect(runtime.call('refreshAsOfDate')).toBe('2026-12-16');
    expect(runtime.workbook.getValues('Targets', 1, 0, 1, 1)).toEqual([['OFF TRACK']]);
    expect(runtime.workbook.getCellError('Targets', 1, 0)).toBeNull();
  });
});

describe('the sidebar', () => {
  const sidebarDay = (runtime: ReturnType<typeof team>) =>
    (runtime.call('loadSidebar') as SidebarView).asOf;

  it('judges on the as-of date once there is one, and on today before', () => {
    const runtime = team();
    expect(sidebarDay(runtime)).toBe('2026-01-10');
    runtime.call('refreshAsOfDate');
    runtime.clock.advance(3 * 86_400_000);
    expect(sidebarDay(runtime)).toBe('2026-01-10');
    runtime.call('refreshAsOfDate');
    expect(sidebarDay(runtime)).toBe('2026-01-13');
  });
});

describe("TARGET_PACE's help", () => {
  it('passes KPIGUARD_AS_OF in its example and says a left-out as_of freezes', () => {
    const pace = CUSTOM_FUNCTIONS.find((f) => f.name === 'TARGET_PACE');
    expect(pace?.example).toContain(`, ${AS_OF_RANGE_NAME})`);
    const asOf = pace?.params.find((p) => p.name === 'as_of')?.description ?? '';
    expect(asOf).toContain(AS_OF_RANGE_NAME);
    expect(asOf).toMatch(/Left out, it is the day the formula was computed, and it freezes/);
    expect(asOf).not.toContain('TODAY()');
  });
});

describe('ensureAsOfRange', () => {
  it('returns the existing cell, and makes it when missing', () => {
    const dir = writeDist({
      'Probe.js':
        'function probe() { var r = KpiGuard.ensureAsOfRange(); return [r.getSheet().getName(), r.getA1Notation()]; }',
    });
    for (const name of readdirSync(DIST)) copyFileSync(join(DIST, name), join(dir, name));
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ filePushOrder: ['Code.js'] }));
    const runtime = team({ distDir: dir });
    expect(runtime.call('probe')).toEqual([SETTINGS_SHEET_NAME, 'B1']);
    expect(runtime.call('probe')).toEqual([SETTINGS_SHEET_NAME, 'B1']);
    expect(runtime.workbook.sheetNames()).toEqual(['Targets', SETTINGS_SHEET_NAME]);
  });
});
