// dist/ loads as Apps Script loads a project: one global scope, clasp's push order.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/local/runtime/createRuntime';
import { loadDist, pushOrder } from '../../../src/local/runtime/loadDist';
import { fixtureRuntime, MENU_CODE, writeDist } from './fixtureDist';

const REAL_DIST = join(import.meta.dirname, '..', '..', '..', 'dist');

describe('loadDist', () => {
  it('pushes filePushOrder first, then the other scripts alphabetically', () => {
    const dir = writeDist({ 'b.js': '', 'a.js': '', 'Stubs.js': '', 'Code.js': '', 'x.html': '' });
    writeFileSync(
      join(dir, '.clasp.json'),
      JSON.stringify({ rootDir: '.', filePushOrder: ['Code.js', 'Stubs.js'] }),
    );
    expect(pushOrder(dir).map((p) => p.slice(dir.length + 1))).toEqual([
      'Code.js',
      'Stubs.js',
      'a.js',
      'b.js',
    ]);
  });

  it('shares one global scope between files, like Apps Script V8', () => {
    const dir = writeDist({
      'Code.js': 'var Bundle = (() => ({ twice: (x) => x * 2 }))(); const LIMIT = 3;',
      'Stubs.js': 'function TWICE(x) { return Bundle.twice(x) + LIMIT - 3; }',
    });
    const scope = loadDist({ distDir: dir, globals: {} });
    expect((scope.TWICE as (x: number) => number)(21)).toBe(42);
    expect(scope.LIMIT).toBe(3);
  });

  it('passes Dates and arrays into the vm as its own Date and Array', () => {
    const dir = writeDist({
      'Code.js':
        'function kinds(d, a) { return [d instanceof Date, Array.isArray(a) && a instanceof Array, d]; }',
    });
    const scope = loadDist({ distDir: dir, globals: {} });
    const when = new Date('2026-01-01T00:00:00Z');
    const result = (scope.kinds as (...a: unknown[]) => unknown[])(when, [[1]]);
    expect(result.slice(0, 2)).toEqual([true, true]);
    expect(result[2]).toBeInstanceOf(Date);
  });

  it('runs onOpen when the document opens: the add-on menu is recorded', () => {
    const runtime = fixtureRuntime(MENU_CODE);
    expect(runtime.ui.menus).toEqual([
      { title: 'KPI Guard', items: [{ caption: 'Open sidebar', functionName: 'showSidebar' }] },
    ]);
  });
});

describe('the real dist/', () => {
  beforeAll(() => {
    // npm test builds first; a bare vitest run on a fresh clone must say so, not skip.
    if (!existsSync(join(REAL_DIST, 'Stubs.js')))
      throw new Error('dist/ is missing: run npm run build');
  });

  it('builds the add-on menu and evaluates a custom function through the vm', () => {
    const runtime = createRuntime({
      data: {
        sheets: [{ name: 'S', cells: [['n'], [1], [2], [5], ['=TARGET_PROGRESS(A2:A4, 10)']] }],
      },
    });
    expect(runtime.ui.menus[0]?.items.map((i) => i.functionName)).toContain('showSidebar');
    expect(runtime.workbook.getValues('S', 4, 0, 3, 1)).toEqual([[0.1], [0.2], [0.5]]);
  });

  it('opens the sidebar from dist/Sidebar.html and answers a sidebar endpoint', () => {
    const runtime = createRuntime({
      data: { sheets: [{ name: 'S', cells: [['Week', 'Leads']] }] },
    });
    runtime.call('showSidebar', []);
    expect(runtime.ui.sidebar?.title).toBe('KPI Guard');
    expect(runtime.ui.sidebar?.html).toContain('<html');
    expect(runtime.call('getSheetColumns', [])).toEqual({
      sheet: 'S',
      columns: [
        { index: 1, letter: 'A', header: 'Week' },
        { index: 2, letter: 'B', header: 'Leads' },
      ],
    });
  });

  it('reads the column headers with as many Spreadsheet calls for 10 rows as for 10,000', () => {
    const callsFor = (rows: number) => {
      const cells = [['Week', 'Leads'], ...Array.from({ length: rows }, (_, i) => [i, i * 2])];
      const runtime = createRuntime({ data: { sheets: [{ name: 'S', cells }] } });
      runtime.counter.reset();
      runtime.call('getSheetColumns', []);
      return runtime.counter.snapshot();
    };
    const small = callsFor(10);
    expect(Object.keys(small).length).toBeGreaterThan(0);
    expect(callsFor(10_000)).toEqual(small);
  });
});

describe('the realm boundary', () => {
  it('hands host code host arrays, so a vm array written with setValues reaches the workbook', () => {
    const runtime = fixtureRuntime(
      "function put() { var row = [1, 'two']; SpreadsheetApp.getActiveSheet().getRange(2, 1, 1, 2).setValues([row]); }",
    );
    runtime.call('put', []);
    expect(runtime.workbook.getValues('Sheet1', 1, 0, 1, 2)).toEqual([[1, 'two']]);
  });
});
