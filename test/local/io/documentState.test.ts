// What a workbook keeps outside its cells, through an XLSX and back: named ranges (defined
// names), hidden sheets, custom-formula conditional formats (expression rules with a dxf),
// developer metadata and document properties (a very hidden sheet), sheet ids and the time
// zone. Each is checked both ways: read back by the preview, and as Excel finds it in the file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile, writeWorkbookFile } from '../../../src/local/io/index';
import type { DocumentState, SheetData, WorkbookData } from '../../../src/local/types';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-guard-state-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const DATA: SheetData = {
  name: 'Lead funnel',
  cells: [
    ['Month', 'Leads', 'Customers', 'Pace'],
    [new Date(Date.UTC(2026, 0, 1)), 20, 2, '=KPIGUARD_AS_OF-A2'],
    [new Date(Date.UTC(2026, 1, 1)), 40, 2, ''],
  ],
};
const SETTINGS: SheetData = {
  name: 'KPI Guard settings',
  cells: [['As-of date', '=DATE(2026,3,1)']],
};
const HELPER: SheetData = { name: "Helper's sheet", cells: [['Flag'], [false], [true]] };

/** The lead funnel as the add-on leaves it: marked, dated, coloured. */
function state(): DocumentState {
  return {
    sheets: [
      {
        name: 'Lead funnel',
        sheetId: 0,
        hidden: false,
        conditionalFormats: [
          {
            formula: `=INDIRECT("'Helper''s sheet'!A"&ROW())=TRUE`,
            ranges: ['B2:B', 'D2:D3'],
            background: '#f4cccc',
            fontColor: '#990000',
            bold: true,
            italic: null,
          },
          {
            formula: '=$C2>1',
            ranges: ['C:C'],
            background: '#d9ead3',
            fontColor: null,
            bold: null,
            italic: false,
          },
        ],
        frozenRows: 1,
        frozenColumns: 2,
      },
      { name: 'KPI Guard settings', sheetId: 7, hidden: true, conditionalFormats: [] },
      { name: "Helper's sheet", sheetId: 3, hidden: true, conditionalFormats: [] },
    ],
    namedRanges: [
      { name: 'KPIGUARD_AS_OF', sheet: 'KPI Guard settings', range: 'B1' },
      { name: 'Leads', sheet: 'Lead funnel', range: 'B2:B' },
      { name: 'Funnel', sheet: 'Lead funnel', range: 'A1:C3' },
      { name: 'Whole.columns', sheet: 'Lead funnel', range: 'B:C' },
      { name: 'Header_row', sheet: 'Lead funnel', range: '1:1' },
      { name: 'Flags', sheet: "Helper's sheet", range: 'A2:A3' },
    ],
    developerMetadata: [
      {
        id: 1001,
        key: 'kpiguard.column',
        value: '{"v":1,"id":"kabcdefgh","role":"kpi"}',
        visibility: 'PROJECT',
        location: { type: 'COLUMN', sheet: 'Lead funnel', range: 'B:B' },
      },
      {
        id: 1002,
        key: 'span',
        value: null,
        visibility: 'DOCUMENT',
        location: { type: 'COLUMN', sheet: 'Lead funnel', range: 'C:D' },
      },
      {
        id: 1005,
        key: 'row',
        value: '',
        visibility: 'DOCUMENT',
        location: { type: 'ROW', sheet: 'Lead funnel', range: '2:3' },
      },
      {
        id: 1003,
        key: 'sheet',
        value: 'on the settings sheet',
        visibility: 'PROJECT',
        location: { type: 'SHEET', sheet: 'KPI Guard settings' },
      },
      {
        id: 1004,
        key: 'document',
        value: 'x'.repeat(40_000),
        visibility: 'DOCUMENT',
        location: { type: 'SPREADSHEET' },
      },
    ],
    documentProperties: {
      'kpiguard.sheet.0': '{"v":1,"headerRow":1,"rev":3}',
      'kpiguard.lang': 'nl — “Nederlands”',
      empty: '',
    },
    timeZone: 'Europe/Amsterdam',
  };
}

const workbook = (): WorkbookData => ({ sheets: [DATA, SETTINGS, HELPER], document: state() });

async function roundTrip(data: WorkbookData, name = 'book.xlsx') {
  const path = join(dir, name);
  expect((await writeWorkbookFile(path, data)).leftOut).toEqual([]);
  return { path, read: await readWorkbookFile(path) };
}

/** The file as Excel sees it, through exceljs without the preview's reader. */
async function inExcel(path: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  return book;
}

describe('Save to XLSX keeps what the workbook holds outside its cells', () => {
  it('reads every kind of state back as it was written', async () => {
    const { read } = await roundTrip(workbook());
    const expected = state();
    // exceljs writes a dxf font's bold and italic only when on: "not italic" reads as unset.
    expected.sheets[0].conditionalFormats[1].italic = null;
    expect(read.document).toEqual(expected);
    expect(read.sheets.map((s) => s.name)).toEqual([
      'Lead funnel',
      'KPI Guard settings',
      "Helper's sheet",
    ]);
    expect(read.sheets[0].cells[1][3]).toBe('=KPIGUARD_AS_OF-A2');
    expect(read.notes).toEqual([]);
  });

  it('writes named ranges as defined names, open ends at the sheet edge', async () => {
    const { path } = await roundTrip(workbook());
    const xml = await workbookXml(path);
    expect(xml).toContain(
      '<definedName name="KPIGUARD_AS_OF">&apos;KPI Guard settings&apos;!$B$1</definedName>',
    );
    expect(xml).toContain(
      '<definedName name="Leads">&apos;Lead funnel&apos;!$B$2:$B$1048576</definedName>',
    );
    expect(xml).toContain(
      '<definedName name="Whole.columns">&apos;Lead funnel&apos;!$B:$C</definedName>',
    );
    expect(xml).toContain(
      '<definedName name="Header_row">&apos;Lead funnel&apos;!$1:$1</definedName>',
    );
  });

  it('keeps hidden sheets hidden and opens on the first visible one', async () => {
    const data = workbook();
    data.sheets = [SETTINGS, DATA, HELPER];
    const { path, read } = await roundTrip(data);
    expect(read.document?.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['KPI Guard settings', true],
      ['Lead funnel', false],
      ["Helper's sheet", true],
    ]);
    const book = await inExcel(path);
    expect(book.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['KPI Guard settings', 'hidden'],
      ['Lead funnel', 'visible'],
      ["Helper's sheet", 'hidden'],
      ['KPI Guard document state', 'veryHidden'],
    ]);
    expect(book.views[0]?.activeTab).toBe(1);
  });

  it('writes colour rules as expression rules with a fill, in priority order', async () => {
    const { path } = await roundTrip(workbook());
    const ws = (await inExcel(path)).getWorksheet('Lead funnel');
    const formattings = (ws as unknown as { conditionalFormattings: unknown[] })
      .conditionalFormattings;
    expect(formattings).toMatchObject([
      {
        ref: 'B2:B1048576 D2:D3',
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: [`INDIRECT("'Helper''s sheet'!A"&ROW())=TRUE`],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF4CCCC' } },
              font: { bold: true, color: { argb: 'FF990000' } },
            },
          },
        ],
      },
      { ref: 'C1:C1048576', rules: [{ type: 'expression', priority: 2, formulae: ['$C2>1'] }] },
    ]);
  });

  it('writes frozen rows and columns as a frozen pane', async () => {
    const { path } = await roundTrip(workbook());
    const ws = (await inExcel(path)).getWorksheet('Lead funnel');
    expect(ws?.views).toMatchObject([{ state: 'frozen', xSplit: 2, ySplit: 1 }]);
  });

  it('keeps metadata and properties in a very hidden sheet the user never sees', async () => {
    const { path, read } = await roundTrip(workbook());
    const book = await inExcel(path);
    const kept = book.getWorksheet('KPI Guard document state');
    expect(kept?.state).toBe('veryHidden');
    expect(read.sheets.map((s) => s.name)).not.toContain('KPI Guard document state');
    // Longer than one XLSX cell holds (32,767 characters): continued in the next cells.
    expect(read.document?.developerMetadata.find((m) => m.key === 'document')?.value).toHaveLength(
      40_000,
    );
  });

  it('writes no state sheet for a workbook that holds nothing beyond its cells', async () => {
    const data: WorkbookData = {
      sheets: [DATA],
      document: {
        sheets: [{ name: 'Lead funnel', sheetId: 0, hidden: false, conditionalFormats: [] }],
        namedRanges: [],
        developerMetadata: [],
        documentProperties: {},
      },
    };
    const { path, read } = await roundTrip(data);
    expect((await inExcel(path)).worksheets.map((ws) => ws.name)).toEqual(['Lead funnel']);
    expect(read.document).toBeUndefined();
  });
});

describe('an XLSX from elsewhere', () => {
  it('says which rules and names Save could not keep', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Data');
    ws.getCell('A1').value = 1;
    ws.addConditionalFormatting({
      ref: 'A1:A10',
      rules: [
        { type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }] } as never,
        {
          type: 'expression',
          priority: 2,
          formulae: ['A1>0'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00FF00' } } },
        },
      ],
    });
    ws.getCell('B1').name = 'Cell_name';
    const path = join(dir, 'excel.xlsx');
    await writeFile(path, Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer));
    const xml = await workbookXml(path);
    const tampered = xml.replace(
      '</definedNames>',
      '<definedName name="Local" localSheetId="0">Data!$A$1</definedName>' +
        '<definedName name="Two">Data!$A$1,Data!$C$3</definedName>' +
        '<definedName name="Gone">Nowhere!$A$1</definedName>' +
        '<definedName name="Rate?">Data!$A$1</definedName></definedNames>',
    );
    await rewriteWorkbookXml(path, tampered);

    const read = await readWorkbookFile(path);
    expect(read.document?.namedRanges).toEqual([{ name: 'Cell_name', sheet: 'Data', range: 'B1' }]);
    expect(read.document?.sheets[0].conditionalFormats).toEqual([
      {
        formula: '=A1>0',
        ranges: ['A1:A10'],
        background: '#00ff00',
        fontColor: null,
        bold: null,
        italic: null,
      },
    ]);
    expect(read.notes).toEqual([
      'excel.xlsx: 1 conditional-format rule on "Data" left out (only custom-formula rules are kept)',
      'excel.xlsx: named range "Local" left out (it belongs to one sheet; a named range in Sheets belongs to the whole spreadsheet)',
      'excel.xlsx: named range "Two" left out (not one range of cells)',
      'excel.xlsx: named range "Gone" left out (no sheet named "Nowhere")',
      'excel.xlsx: named range "Rate?" left out (Sheets does not accept the name)',
    ]);
  });

  it('leaves out state entries that do not check out, and says how many', async () => {
    const { path } = await roundTrip(workbook(), 'tampered.xlsx');
    const book = await inExcel(path);
    const kept = book.getWorksheet('KPI Guard document state');
    if (!kept) throw new Error('no state sheet');
    kept.addRow(['metadata', '{"id":1,"key":"","value":null}']);
    kept.addRow(['property', 'not json']);
    kept.addRow([
      'metadata',
      JSON.stringify({
        ...state().developerMetadata[0],
        id: 9,
        location: { type: 'COLUMN', sheet: 'Nowhere', range: 'B:B' },
      }),
    ]);
    kept.addRow([
      'metadata',
      JSON.stringify({
        ...state().developerMetadata[0],
        id: 10,
        location: { type: 'COLUMN', sheet: 'Lead funnel', range: 'B2' },
      }),
    ]);
    await writeFile(path, Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer));
    const read = await readWorkbookFile(path);
    expect(read.document?.developerMetadata).toEqual(state().developerMetadata);
    expect(read.notes).toEqual([
      'tampered.xlsx: 4 entries of the hidden document state could not be read and are left out',
    ]);
  });
});

describe('Save to CSV', () => {
  it('writes the cells and says what a CSV cannot hold', async () => {
    const path = join(dir, 'funnel.csv');
    const { leftOut } = await writeWorkbookFile(path, workbook(), { sheet: 'Lead funnel' });
    expect(leftOut).toEqual([
      'the sheets "KPI Guard settings", "Helper\'s sheet"',
      'the named ranges KPIGUARD_AS_OF, Leads, Funnel, Whole.columns, Header_row, Flags',
      '5 developer metadata entries (where KPI Guard keeps column settings)',
      '3 document properties',
      '2 conditional-format rules',
    ]);
    expect(await readFile(path, 'utf8')).toMatch(/^Month,Leads,Customers,Pace\n/);
  });

  it('says nothing is left out when the sheet is all there is', async () => {
    const path = join(dir, 'plain.csv');
    expect(await writeWorkbookFile(path, { sheets: [DATA] })).toEqual({ leftOut: [] });
  });
});

// ---- the workbook part of an XLSX, for what exceljs would not show ---------------------

async function workbookXml(path: string): Promise<string> {
  const zip = await loadZip(path);
  return zip.file('xl/workbook.xml')?.async('string') ?? '';
}

async function rewriteWorkbookXml(path: string, xml: string): Promise<void> {
  const zip = await loadZip(path);
  zip.file('xl/workbook.xml', xml);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
}

async function loadZip(path: string): Promise<JSZip> {
  return JSZip.loadAsync(await readFile(path));
}
