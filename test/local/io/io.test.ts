import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFsError, WorkbookFileError } from '../../../src/local/io/errors';
import { parseCellText, readWorkbookFile, writeWorkbookFile } from '../../../src/local/io/index';
import type { WorkbookData } from '../../../src/local/types';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-guard-io-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('parseCellText', () => {
  it('types numbers, booleans, ISO dates and formulas; keeps other text', () => {
    expect(parseCellText('42')).toBe(42);
    expect(parseCellText(' -1.5e3 ')).toBe(-1500);
    expect(parseCellText('TRUE')).toBe(true);
    expect(parseCellText('false')).toBe(false);
    expect(parseCellText('2024-03-04')).toEqual(utc(2024, 3, 4));
    expect(parseCellText('2024-02-30')).toBe('2024-02-30');
    expect(parseCellText('=SUM(A1:A3)')).toBe('=SUM(A1:A3)');
    expect(parseCellText('')).toBe('');
    expect(parseCellText('12 nails')).toBe('12 nails');
    expect(parseCellText('0x10')).toBe('0x10');
  });
});

describe('readWorkbookFile: CSV', () => {
  it('reads a typed sheet named after the file, headers as text', async () => {
    const path = await file(
      'weekly.csv',
      '\uFEFFWeek,Nails,OK,Note,Total\n2024-01-01,100,TRUE,"a, b",=B2*2\n2024-01-08,1.5,false,,=B3*2\n',
    );
    const data = await readWorkbookFile(path);
    expect(data.sheets).toHaveLength(1);
    const [sheet] = data.sheets;
    expect(sheet.name).toBe('weekly');
    expect(sheet.cells[0]).toEqual(['Week', 'Nails', 'OK', 'Note', 'Total']);
    expect(sheet.cells[1]).toEqual([utc(2024, 1, 1), 100, true, 'a, b', '=B2*2']);
    expect(sheet.cells[2]).toEqual([utc(2024, 1, 8), 1.5, false, '', '=B3*2']);
  });

  it('keeps numeric-looking headers as text', async () => {
    const data = await readWorkbookFile(await file('years.csv', '2023,2024\n1,2\n'));
    expect(data.sheets[0].cells[0]).toEqual(['2023', '2024']);
  });

  it('round-trips through writeWorkbookFile', async () => {
    const data: WorkbookData = {
      sheets: [
        {
          name: 'x',
          cells: [
            ['Day', 'N', 'Text'],
            [utc(2024, 5, 6), 3, 'he said "hi", twice'],
            [utc(2024, 5, 7), '=B2+1', true],
          ],
        },
      ],
    };
    const path = join(dir, 'x.csv');
    await writeWorkbookFile(path, data);
    expect((await readWorkbookFile(path)).sheets[0]).toEqual(data.sheets[0]);
  });
});

describe('readWorkbookFile: XLSX', () => {
  it('reads every sheet with values, formulas, dates and fills', async () => {
    const book = new ExcelJS.Workbook();
    const a = book.addWorksheet('Alpha');
    a.addRow(['Week', 'Count']);
    a.addRow([utc(2024, 1, 1), 5]);
    a.getCell('C2').value = { formula: 'B2*2', result: 10 };
    a.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF8800' } };
    a.getCell('D3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    const b = book.addWorksheet('Beta');
    b.getCell('A1').value = { richText: [{ text: 'rich ' }, { text: 'text' }] };
    b.getCell('B1').value = true;
    const path = join(dir, 'book.xlsx');
    await book.xlsx.writeFile(path);

    const data = await readWorkbookFile(path);
    expect(data.sheets.map((s) => s.name)).toEqual(['Alpha', 'Beta']);
    const alpha = data.sheets[0];
    expect(alpha.cells).toEqual([
      ['Week', 'Count', '', ''],
      [utc(2024, 1, 1), 5, '=B2*2', ''],
      ['', '', '', ''],
    ]);
    expect(alpha.backgrounds?.[0][1]).toBe('#ff8800');
    expect(alpha.backgrounds?.[2][3]).toBe('#00ff00');
    expect(alpha.backgrounds?.[0][0]).toBeNull();
    expect(data.sheets[1].cells).toEqual([['rich text', true]]);
    expect(data.sheets[1].backgrounds).toBeUndefined();
  });

  it('round-trips values, formulas and backgrounds through writeWorkbookFile', async () => {
    const data: WorkbookData = {
      sheets: [
        {
          name: 'One',
          cells: [
            ['Month', 'Leads'],
            [utc(2024, 1, 1), 12],
            [utc(2024, 2, 1), '=B2+3'],
          ],
          backgrounds: [
            ['#dfe7f5', '#dfe7f5'],
            [null, '#ffcccc'],
          ],
        },
        { name: 'Two', cells: [['only', false]] },
      ],
    };
    const path = join(dir, 'round.xlsx');
    await writeWorkbookFile(path, data);
    const back = await readWorkbookFile(path);
    expect(back.sheets.map((s) => s.name)).toEqual(['One', 'Two']);
    expect(back.sheets[0].cells).toEqual(data.sheets[0].cells);
    expect(back.sheets[0].backgrounds?.slice(0, 2)).toEqual(data.sheets[0].backgrounds);
    expect(back.sheets[1].cells).toEqual([['only', false]]);
  });
});

describe('bad input rejects with a one-line message naming the file', () => {
  const rejects = async (path: string, pattern: RegExp) => {
    const error: unknown = await readWorkbookFile(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(pattern);
    expect(message).not.toMatch(/\n/);
  };

  it('missing file', () => rejects(join(dir, 'nope.csv'), /^nope\.csv: file not found$/));
  it('empty CSV', async () => rejects(await file('data.csv', ''), /^data\.csv: file is empty$/));
  it('blank CSV', async () =>
    rejects(await file('blank.csv', '\n \n'), /^blank\.csv: file is empty$/));
  it('empty XLSX', async () => rejects(await file('e.xlsx', ''), /^e\.xlsx: file is empty$/));
  it('XLSX that is not a zip', async () =>
    rejects(
      await file('fake.xlsx', 'a,b\n1,2\n'),
      /^fake\.xlsx: not a valid \.xlsx file \(not a zip archive\)$/,
    ));
  it('ragged CSV', async () =>
    rejects(
      await file('ragged.csv', 'a,b,c\n1,2,3\n4,5\n'),
      /^ragged\.csv: malformed CSV, row 3 has 2 fields, expected 3$/,
    ));
  it('CSV with an unclosed quote', async () =>
    rejects(await file('quote.csv', 'a,b\n1,"oops\n'), /^quote\.csv: malformed CSV, row \d+: /));
  it('binary data named .csv', async () =>
    rejects(await file('bin.csv', Buffer.from([0x50, 0x4b, 0, 0, 1])), /^bin\.csv: /));
  it('unknown extension', async () =>
    rejects(await file('data.ods', 'x'), /^data\.ods: unsupported extension "\.ods"/));
  it('a directory', async () => {
    const sub = join(dir, 'folder.csv');
    await mkdir(sub);
    await rejects(sub, /^folder\.csv: is a directory/);
  });
  it('unreadable file', async () => {
    const path = await file('locked.csv', 'a\n1\n');
    await chmod(path, 0o000);
    // Root reads any file whatever its mode, so there the OS error is what open(2) reports
    // to everyone else, passed through the same message mapping.
    if (process.getuid?.() === 0) {
      const denied = Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
        code: 'EACCES',
      });
      expect(new WorkbookFileError(path, describeFsError(denied)).message).toBe(
        'locked.csv: permission denied',
      );
      return;
    }
    await rejects(path, /^locked\.csv: permission denied$/);
  });

  it('writing several sheets to one CSV is refused', async () => {
    const data: WorkbookData = {
      sheets: [
        { name: 'a', cells: [] },
        { name: 'b', cells: [] },
      ],
    };
    await expect(writeWorkbookFile(join(dir, 'two.csv'), data)).rejects.toThrow(
      /^two\.csv: a CSV file holds one sheet/,
    );
  });
});
