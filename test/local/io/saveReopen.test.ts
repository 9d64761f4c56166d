// A marked workbook saved from the preview and opened again finds everything as it was left:
// the built add-on marks columns (saveSidebar, which colours them: a rule reading its hidden
// helper sheet through INDIRECT) and refreshes the as-of date, the preview's Save (POST /api/save) writes
// the XLSX, and a fresh runtime opened on that file answers the same sidebar, computes
// KPIGUARD_AS_OF, keeps the settings sheet hidden and paints the same colours.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AS_OF_RANGE_NAME,
  HELPER_SHEET_NAME,
  SETTINGS_SHEET_NAME,
} from '../../../src/addon/artifacts';
import type { SidebarView } from '../../../src/addon/endpoints';
import { readWorkbookFile } from '../../../src/local/io/index';
import { type Preview, startPreview } from '../../../src/local/preview/index';
import type { FileState, SaveResult } from '../../../src/local/preview/protocol';
import { createRuntime, type LocalRuntime } from '../../../src/local/runtime/createRuntime';
import type { WorkbookData } from '../../../src/local/types';
import { SidebarClient } from '../../addon/sidebarClient';

const NOW = new Date('2026-03-02T09:00:00Z');
const LATER = new Date('2026-06-30T09:00:00Z');

let dir: string;
const previews: Preview[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-guard-reopen-'));
});
afterAll(async () => {
  await Promise.all(previews.map((p) => p.close()));
  await rm(dir, { recursive: true, force: true });
});

/**
 * Months of leads, qualified leads and customers, and a day count off the as-of date. Customers
 * stay flat while leads climb: KPI Guard colours the last months' leads.
 */
function funnel(): WorkbookData {
  const cells: (string | number | Date)[][] = [
    ['Month', 'Leads', 'Qualified', 'Customers', 'Days to as-of'],
  ];
  for (let i = 0; i < 14; i++) {
    cells.push([new Date(Date.UTC(2025, i, 1)), 20 + 6 * i, 6 + (i % 3), 5 + (i % 2), '']);
  }
  cells[1][4] = `=${AS_OF_RANGE_NAME}-A2`;
  return { sheets: [{ name: 'Funnel', cells }] };
}

/** A preview serving `runtime` whose Save writes `path`; its API, as the page calls it. */
async function serve(runtime: LocalRuntime, path: string, sheet?: string) {
  const preview = await startPreview({ runtime, save: { path, opened: false, sheet } });
  previews.push(preview);
  const api = async <T>(route: string, method = 'GET'): Promise<T> => {
    const response = await fetch(new URL(route, preview.url), {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? '{}' : undefined,
    });
    const body = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(body.error);
    return body;
  };
  return {
    file: () => api<FileState>('api/file'),
    save: () => api<SaveResult>('api/save', 'POST'),
  };
}

describe('a marked workbook saved to XLSX and opened again', () => {
  let before: LocalRuntime;
  let after: LocalRuntime;
  let view: SidebarView;
  let dirtyAfterMarking: boolean;

  beforeAll(async () => {
    before = createRuntime({ data: funnel(), now: NOW });
    const path = join(dir, 'funnel.xlsx');
    const preview = await serve(before, path);

    // A column inserted before the marked ones, once marked: their settings move along.
    const sidebar = new SidebarClient(before);
    sidebar
      .edit('Leads', {
        role: 'kpi',
        direction: 'up',
        counterparts: [sidebar.pair('Customers', 'pace')],
      })
      .edit('Qualified', { role: 'kpi', direction: 'up', counterparts: [] });
    sidebar.headerRow = '1';
    expect(sidebar.save()).toMatchObject({ ok: true });
    dirtyAfterMarking = (await preview.file()).dirty;
    before.services.model.spreadsheet.getSheetByName('Funnel')?.insertColumnBefore(2);
    before.call('refreshAsOfDate');
    before.services.model.spreadsheet.setSpreadsheetTimeZone('Pacific/Auckland');
    before.services.model.spreadsheet.getSheetByName('Funnel')?.setFrozenRows(1);
    before.properties.script.set('kpiguard.secret', 'not part of the document');
    before.properties.user().set('kpiguard.lang', 'nl');
    view = before.call('loadSidebar') as SidebarView;

    expect(await preview.save()).toEqual({ saved: 'funnel.xlsx', message: 'Saved funnel.xlsx' });
    expect((await preview.file()).dirty).toBe(false);
    after = createRuntime({ data: await readWorkbookFile(path), now: LATER });
  });

  it('the sidebar answers the same settings on the columns they were saved on', () => {
    const reopened = after.call('loadSidebar') as SidebarView;
    expect(reopened.columns.map((c) => [c.letter, c.name, c.saved.role])).toEqual([
      ['A', 'Month', 'none'],
      ['B', 'Column B', 'none'],
      ['C', 'Leads', 'kpi'],
      ['D', 'Qualified', 'kpi'],
      ['E', 'Customers', 'none'],
      ['F', 'Days to as-of', 'none'],
    ]);
    expect(reopened).toEqual(view);
  });

  it('KPIGUARD_AS_OF is the date refreshed before saving, and formulas compute with it', () => {
    expect(after.workbook.getCellError('Funnel', 1, 5)).toBeNull();
    expect(after.workbook.getValues('Funnel', 1, 5, 1, 1)).toEqual([[425]]);
    expect((after.call('loadSidebar') as SidebarView).asOf).toBe('2026-03-02');
  });

  it('the settings and helper sheets are still hidden; the header row is still frozen', () => {
    const spreadsheet = after.services.model.spreadsheet;
    expect(spreadsheet.getSheetByName('Funnel')?.getFrozenRows()).toBe(1);
    expect(spreadsheet.getSheets().map((s) => [s.getName(), s.isSheetHidden()])).toEqual([
      ['Funnel', false],
      [HELPER_SHEET_NAME, true],
      [SETTINGS_SHEET_NAME, true],
    ]);
    expect(after.activeSheet()).toBe('Funnel');
  });

  it("KPI Guard's colour rule paints the same cells through INDIRECT", () => {
    // Leads, in column C since a column was inserted before it.
    const colours = (runtime: LocalRuntime) =>
      runtime.effectiveBackgrounds('Funnel', 1, 2, 14, 1).map((row) => row[0]);
    expect(colours(before)).toContain('#f4cccc');
    expect(colours(after)).toEqual(colours(before));
  });

  it('keeps document properties, sheet ids and the time zone; script and user properties stay behind', () => {
    expect(after.services.model.spreadsheet.getSpreadsheetTimeZone()).toBe('Pacific/Auckland');
    expect(Object.fromEntries(after.properties.document)).toEqual(
      Object.fromEntries(before.properties.document),
    );
    expect(after.documentState()).toEqual(before.documentState());
    expect(after.properties.script.size).toBe(0);
    expect(after.properties.user().size).toBe(0);
  });

  it('marking columns alone (no cell edited) is an unsaved change', () => {
    expect(dirtyAfterMarking).toBe(true);
  });
});

describe('a workbook the add-on has not touched', () => {
  it('saves to an XLSX with its own sheets only, nothing hidden added', async () => {
    const runtime = createRuntime({ data: funnel(), now: NOW });
    runtime.call('showSidebar');
    const path = join(dir, 'untouched.xlsx');
    await (await serve(runtime, path)).save();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((ws) => [ws.name, ws.state])).toEqual([['Funnel', 'visible']]);
    expect((await readWorkbookFile(path)).document).toBeUndefined();
  });
});

describe('a sheet keeps its id, so settings stored by id find it again', () => {
  it('after an earlier sheet was deleted, the header row stays with its sheet', async () => {
    const data: WorkbookData = {
      sheets: [
        { name: 'Old', cells: [['x']] },
        { name: 'Funnel', cells: [['Note'], ...funnel().sheets[0].cells] },
      ],
    };
    const runtime = createRuntime({ data, now: NOW });
    const spreadsheet = runtime.services.model.spreadsheet;
    const funnelSheet = spreadsheet.getSheetByName('Funnel');
    const old = spreadsheet.getSheetByName('Old');
    if (!funnelSheet || !old) throw new Error('missing sheets');
    spreadsheet.setActiveSheet(funnelSheet);
    spreadsheet.deleteSheet(old);
    const sidebar = new SidebarClient(runtime);
    sidebar.headerRow = '2';
    expect(sidebar.save()).toMatchObject({ ok: true });
    sidebar.edit('Leads', { role: 'kpi', direction: 'up', counterparts: [] });
    expect(sidebar.save()).toMatchObject({ ok: true });

    const path = join(dir, 'ids.xlsx');
    await (await serve(runtime, path)).save();
    const reopened = createRuntime({ data: await readWorkbookFile(path), now: NOW });
    const view = reopened.call('loadSidebar') as SidebarView;
    expect(view.sheetId).toBe(1);
    expect(view.headerRow).toBe(2);
    expect(view.columns.find((c) => c.name === 'Leads')?.saved.role).toBe('kpi');
  });
});

describe('Save to a CSV', () => {
  it('says before and after saving what the CSV cannot hold, and writes the cells', async () => {
    const path = join(dir, 'funnel.csv');
    await writeFile(path, 'Month,Leads,Customers\n2026-01-01,20,2\n2026-02-01,40,2\n');
    const runtime = createRuntime({ data: await readWorkbookFile(path), now: NOW });
    const preview = await serve(runtime, path, 'funnel');
    expect((await preview.file()).notes).toEqual([]);

    const sidebar = new SidebarClient(runtime);
    sidebar.edit('Leads', { role: 'kpi', direction: 'up', counterparts: [] });
    expect(sidebar.save()).toMatchObject({ ok: true });
    runtime.call('refreshAsOfDate');

    const lost = `the sheet "${SETTINGS_SHEET_NAME}", the named range ${AS_OF_RANGE_NAME} and 1 developer metadata entry (where KPI Guard keeps column settings)`;
    expect((await preview.file()).notes).toEqual([
      `funnel.csv holds only the cells of "funnel": Save leaves out ${lost}. To keep them, start the preview with --save funnel.xlsx.`,
    ]);
    expect(await preview.save()).toEqual({
      saved: 'funnel.csv',
      message: `Saved funnel.csv, its cells only: a CSV cannot hold ${lost}. To keep them, save as .xlsx: start the preview with --save funnel.xlsx.`,
    });
    expect(await readFile(path, 'utf8')).toBe(
      'Month,Leads,Customers\n2026-01-01,20,2\n2026-02-01,40,2\n',
    );
  });
});
