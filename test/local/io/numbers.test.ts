// Team data as it really arrives: currency, thousands marks, percentages, negatives in
// parentheses, Dutch decimal commas and day-first dates. Read as Sheets would read them,
// kept with their formats through the workbook, and written back by --save.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCellInput, readWorkbookFile, writeWorkbookFile } from '../../../src/local/io/index';
import { Workbook } from '../../../src/local/workbook';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-guard-numbers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('parseCellInput: text Sheets reads as a number', () => {
  it.each([
    ['$42,820', 'en', 42820, '"$"#,##0'],
    ['-$5', 'en', -5, '"$"#,##0'],
    ['1,234.5', 'en', 1234.5, '#,##0.00'],
    ['12%', 'en', 0.12, '0%'],
    ['12.5%', 'en', 0.125, '0.00%'],
    ['(1,200)', 'en', -1200, '#,##0;(#,##0)'],
    ['($1,200.50)', 'en', -1200.5, '"$"#,##0.00;("$"#,##0.00)'],
    ['€ 1.234,50', 'nl', 1234.5, '"€ "#,##0.00'],
    ['4,2', 'nl', 4.2, null],
    ['1.234', 'nl', 1234, '#,##0'],
    ['12,5%', 'nl', 0.125, '0.00%'],
    ['0612345678', 'en', 612345678, null],
  ] as const)('%s (%s) is %d with format %s', (text, convention, value, format) => {
    expect(parseCellInput(text, convention)).toEqual({ value, format });
  });

  it.each([
    ['12 apples', 'en'],
    ['1.2.3', 'en'],
    ['1.2.3', 'nl'],
    ['1,23', 'en'],
    ['4,2', 'en'],
    ['1.234,5', 'en'],
    ['13-02-2026', 'en'],
    ['+31 6 12345678', 'nl'],
  ] as const)('%s (%s) stays text', (text, convention) => {
    expect(parseCellInput(text, convention)).toEqual({ value: text, format: null });
  });

  it('reads numeric dates in the convention’s order; ISO in both', () => {
    expect(parseCellInput('03-02-2026', 'nl').value).toEqual(utc(2026, 2, 3));
    expect(parseCellInput('03-02-2026', 'en').value).toEqual(utc(2026, 3, 2));
    expect(parseCellInput('3/2/2026', 'en').value).toEqual(utc(2026, 3, 2));
    expect(parseCellInput('2026-03-02', 'nl')).toEqual({ value: utc(2026, 3, 2), format: null });
  });

  it('keeps text typed after an apostrophe as text', () => {
    expect(parseCellInput("'0612345678")).toEqual({ value: '0612345678', format: null });
  });
});

const TEAM_CSV = [
  'Week,Revenue,Margin,Change,Refunds',
  '2026-01-05,"$42,820",12%,"(1,200)",-$5',
  '2026-01-12,"$40,115",9.5%,"1,234.5",-$12',
  '',
].join('\n');

describe('a team CSV with currency and thousands marks', () => {
  it('reads them as numbers with their formats, and the workbook shows them the same', async () => {
    const data = await readWorkbookFile(await file('team.csv', TEAM_CSV));
    const [sheet] = data.sheets;
    expect(sheet.cells[1]).toEqual([utc(2026, 1, 5), 42820, 0.12, -1200, -5]);
    expect(sheet.cells[2]).toEqual([utc(2026, 1, 12), 40115, 0.095, 1234.5, -12]);
    expect(sheet.numberFormats?.[1]).toEqual([null, '"$"#,##0', '0%', '#,##0;(#,##0)', '"$"#,##0']);
    expect(data.notes).toEqual([]);
    const wb = Workbook.fromData(data);
    expect(wb.getDisplayValues('team', 1, 1, 2, 4)).toEqual([
      ['$42,820', '12%', '(1,200)', '-$5'],
      ['$40,115', '9.50%', '1,234.50', '-$12'],
    ]);
  });

  it('--save to CSV writes what the cells show, and reads back the same numbers and formats', async () => {
    const data = await readWorkbookFile(await file('team2.csv', TEAM_CSV));
    const wb = Workbook.fromData(data);
    wb.setValues('team2', 1, 1, [['$50,000']]); // an edit in the page
    const out = join(dir, 'team-out.csv');
    await writeWorkbookFile(out, wb.toData());
    const text = await readFile(out, 'utf8');
    expect(text.split('\n')[1]).toBe('2026-01-05,"$50,000",12%,"(1,200)",-$5');
    const back = await readWorkbookFile(out);
    expect(back.sheets[0].cells).toEqual(wb.toData().sheets[0].cells);
    expect(back.sheets[0].numberFormats).toEqual(wb.toData().sheets[0].numberFormats);
  });

  it('--save to XLSX writes numbers with their numFmt, and reads back the same', async () => {
    const data = await readWorkbookFile(await file('team3.csv', TEAM_CSV));
    const out = join(dir, 'team.xlsx');
    await writeWorkbookFile(out, Workbook.fromData(data).toData());
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const revenue = book.worksheets[0].getCell('B2');
    expect(revenue.value).toBe(42820);
    expect(revenue.numFmt).toBe('"$"#,##0');
    expect(book.worksheets[0].getCell('D2').numFmt).toBe('#,##0;(#,##0)');
    const back = await readWorkbookFile(out);
    expect(back.sheets[0].cells).toEqual(data.sheets[0].cells);
    expect(back.sheets[0].numberFormats).toEqual(data.sheets[0].numberFormats);
  });

  it('reads currency typed as text in an XLSX cell as a number', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Sales');
    ws.addRow(['Week', 'Revenue']);
    ws.addRow(['w1', '$42,820']);
    const path = join(dir, 'text-cells.xlsx');
    await book.xlsx.writeFile(path);
    const data = await readWorkbookFile(path);
    expect(data.sheets[0].cells[1]).toEqual(['w1', 42820]);
    expect(data.sheets[0].numberFormats?.[1][1]).toBe('"$"#,##0');
  });

  it('writes the plain number when the shown text would round it', async () => {
    const out = join(dir, 'precise.csv');
    await writeWorkbookFile(out, {
      sheets: [{ name: 'p', cells: [['x'], [1234.567]], numberFormats: [[null], ['#,##0.00']] }],
    });
    expect(await readFile(out, 'utf8')).toBe('x\n1234.567\n');
  });

  it('keeps text that would be read as a number as text', async () => {
    const out = join(dir, 'phone.csv');
    await writeWorkbookFile(out, { sheets: [{ name: 'p', cells: [['Phone'], ['0612345678']] }] });
    const back = await readWorkbookFile(out);
    expect(back.sheets[0].cells[1]).toEqual(['0612345678']);
  });
});

const DUTCH_CSV = [
  'Maand;Leads;Omzet;Conversie',
  '03-02-2026;1.234;€ 1.234,50;4,2%',
  '03-03-2026;1.310;€ 987,25;3,9%',
  '',
].join('\n');

describe('a Dutch CSV', () => {
  it('is read with decimal commas, thousands points and day-first dates', async () => {
    const data = await readWorkbookFile(await file('leads.csv', DUTCH_CSV));
    expect(data.locale).toBe('nl_NL');
    expect(data.sheets[0].cells[1]).toEqual([utc(2026, 2, 3), 1234, 1234.5, 0.042]);
    expect(data.sheets[0].cells[2]).toEqual([utc(2026, 3, 3), 1310, 987.25, 0.039]);
    // "€ 1.234,50" and "4,2%" are numbers only to a Dutch reader: nothing to tell.
    expect(data.notes).toEqual([]);
  });

  it('says which reading it chose when every field reads both ways', async () => {
    // 1.234 and 03-02-2026 mean something else to an English reader; ";" tips it.
    const data = await readWorkbookFile(await file('data.csv', 'Maand;Leads\n03-02-2026;1.234\n'));
    expect(data.sheets[0].cells[1]).toEqual([utc(2026, 2, 3), 1234]);
    expect(data.notes).toEqual([
      'data.csv: read as Dutch (decimal comma, day-first dates); use --locale en for the other reading',
    ]);
    const english = await readWorkbookFile(await file('en.csv', 'Week,Leads\n1,"1,250"\n'));
    expect(english.sheets[0].cells[1]).toEqual([1, 1250]);
    expect(english.notes).toEqual([
      'en.csv: read as English (decimal point, month-first dates); use --locale nl for the other reading',
    ]);
  });

  it('is read the English way when forced, without a note', async () => {
    const data = await readWorkbookFile(await file('leads-en.csv', DUTCH_CSV), { locale: 'en' });
    expect(data.locale).toBe('en_US');
    expect(data.sheets[0].cells[1]).toEqual([utc(2026, 3, 2), 1.234, '€ 1.234,50', '4,2%']);
    expect(data.notes).toEqual([]);
  });

  it('says nothing when only one reading makes numbers of the fields', async () => {
    const data = await readWorkbookFile(await file('plain.csv', 'Week;Score\n1;4,5\n2;5,25\n'));
    expect(data.sheets[0].cells.slice(1)).toEqual([
      [1, 4.5],
      [2, 5.25],
    ]);
    expect(data.notes).toEqual([]);
    // 4.5 settles it, so 1.250 is one and a quarter, not a thousand and a quarter.
    const english = await readWorkbookFile(await file('en2.csv', 'Week,Score\n1,4.5\n2,1.250\n'));
    expect(english.sheets[0].cells.slice(1)).toEqual([
      [1, 4.5],
      [2, 1.25],
    ]);
    expect(english.notes).toEqual([]);
  });

  it('a one-column Dutch file keeps its decimal commas in one field', async () => {
    const data = await readWorkbookFile(await file('one.csv', 'Score\n4,5\n5,25\n'));
    expect(data.sheets[0].cells).toEqual([['Score'], [4.5], [5.25]]);
  });

  it('--save writes numbers as numbers: ";" and decimal commas in CSV, numeric cells in XLSX', async () => {
    const data = await readWorkbookFile(await file('leads2.csv', DUTCH_CSV));
    const csv = join(dir, 'leads-out.csv');
    await writeWorkbookFile(csv, Workbook.fromData(data).toData());
    expect((await readFile(csv, 'utf8')).split('\n')[1]).toBe('03-02-2026;1.234;€ 1.234,50;4,20%');
    const back = await readWorkbookFile(csv);
    expect(back.sheets[0].cells).toEqual(data.sheets[0].cells);
    const xlsx = join(dir, 'leads.xlsx');
    await writeWorkbookFile(xlsx, Workbook.fromData(data).toData());
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets[0].getCell('C2').value).toBe(1234.5);
    expect(book.worksheets[0].getCell('B3').value).toBe(1310);
  });
});
