// XLSX ⇄ WorkbookData through exceljs: every worksheet, values, formulas ("=..."), dates,
// number formats ("\"$\"#,##0") and solid cell fills ("#rrggbb"), and what the workbook
// keeps outside its cells (xlsxDocument.ts). Other styles are not carried over. Text cells
// that Sheets would read as numbers ("$42,820") are read as numbers with the format they
// imply, as the CSV reader does.

import ExcelJS from 'exceljs';
import type { CellValue, SheetData, WorkbookData } from '../types';
import { type CellInput, parseCellInput } from './cellText';
import { messageOf, WorkbookFileError } from './errors';
import type { Convention } from './numberFormat';
import { fromArgb, toArgb } from './xlsxColours';
import { holdDefinedNames, readDocument, userSheets, writeDocument } from './xlsxDocument';

type XCell = ExcelJS.Cell;

/** Read an .xlsx file's bytes; anything exceljs/JSZip cannot open is reported as not xlsx. */
export async function parseXlsx(
  file: string,
  bytes: Buffer,
  convention: Convention = 'en',
): Promise<WorkbookData & { notes: string[] }> {
  if (bytes.length === 0) throw new WorkbookFileError(file, 'file is empty');
  const book = new ExcelJS.Workbook();
  const held = holdDefinedNames(book);
  try {
    // exceljs's typings declare their own Buffer; Node's Buffer is what it really takes.
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookFileError(file, `not a valid .xlsx file (${loadProblem(error)})`);
  }
  const sheets = userSheets(book).map((ws) => readSheet(ws, convention));
  if (sheets.length === 0) throw new WorkbookFileError(file, 'workbook has no worksheets');
  const { document, notes } = readDocument(file, book, held.names);
  return document ? { sheets, document, notes } : { sheets, notes };
}

function readSheet(ws: ExcelJS.Worksheet, convention: Convention): SheetData {
  const cells: CellValue[][] = [];
  const backgrounds: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  let lastRow = 0;
  let lastCol = 0;
  // includeEmpty: a cell with only a fill has no value but its colour still matters.
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const { value, format } = readInput(cell, convention);
      const background = readBackground(cell);
      if (value === '' && background === null) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      while (cells.length <= r) {
        cells.push([]);
        backgrounds.push([]);
        formats.push([]);
      }
      cells[r][c] = value;
      backgrounds[r][c] = background;
      formats[r][c] = format;
      lastRow = Math.max(lastRow, rowNumber);
      lastCol = Math.max(lastCol, colNumber);
    });
  });
  // Rectangular output: holes become blanks.
  for (let r = 0; r < lastRow; r++) {
    cells[r] ??= [];
    backgrounds[r] ??= [];
    formats[r] ??= [];
    for (let c = 0; c < lastCol; c++) {
      cells[r][c] ??= '';
      backgrounds[r][c] ??= null;
      formats[r][c] ??= null;
    }
  }
  const sheet: SheetData = { name: ws.name, cells };
  if (backgrounds.some((row) => row.some((b) => b !== null))) sheet.backgrounds = backgrounds;
  if (formats.some((row) => row.some((f) => f !== null))) sheet.numberFormats = formats;
  return sheet;
}

/**
 * Excel's default date format (built-in 14, which exceljs names "mm-dd-yy") means "the
 * reader's short date": like General for numbers, it is no format worth keeping.
 */
const AUTOMATIC_FORMATS = new Set(['General', 'mm-dd-yy']);

/** A cell's value and number format; text is read as Sheets reads typed input. */
function readInput(cell: XCell, convention: Convention): CellInput {
  const value = readValue(cell);
  if (typeof value === 'string' && !value.startsWith('=') && value !== '') {
    return parseCellInput(value, convention);
  }
  const numFmt = cell.numFmt;
  const keep =
    (typeof value === 'number' || value instanceof Date || typeof value === 'string') &&
    typeof numFmt === 'string' &&
    numFmt !== '' &&
    !AUTOMATIC_FORMATS.has(numFmt);
  return { value, format: keep ? numFmt : null };
}

function readValue(cell: XCell): CellValue {
  // A merged range keeps its value in the top-left cell; exceljs echoes it in the others.
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  // cell.formula also resolves shared formulas into this cell's own references.
  const formula = cell.formula;
  if (typeof formula === 'string' && formula !== '') return `=${formula}`;
  return plainValue(cell.value);
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return textOf(value.text);
  if ('error' in value) return value.error;
  // A formula object whose formula text was empty: keep its cached result.
  if ('result' in value) return plainValue((value.result ?? null) as ExcelJS.CellValue);
  return '';
}

/** Hyperlink text may itself be rich text, whatever the typings say. */
function textOf(text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'object' && text !== null && 'richText' in text) {
    const runs = (text as ExcelJS.CellRichTextValue).richText;
    return runs.map((run) => run.text).join('');
  }
  return '';
}

function readBackground(cell: XCell): string | null {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  if (fill?.type !== 'pattern' || fill.pattern === 'none') return null;
  return fromArgb(fill.fgColor?.argb);
}

/** The .xlsx bytes for a workbook, with what it keeps outside its cells (data.document). */
export async function formatXlsx(data: WorkbookData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of data.sheets) {
    const ws = book.addWorksheet(sheet.name);
    sheet.cells.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === '') return;
        ws.getCell(r + 1, c + 1).value = toExcelValue(value);
      });
    });
    sheet.numberFormats?.forEach((row, r) => {
      row.forEach((format, c) => {
        if (format) ws.getCell(r + 1, c + 1).numFmt = format;
      });
    });
    sheet.backgrounds?.forEach((row, r) => {
      row.forEach((background, c) => {
        const argb = background ? toArgb(background) : null;
        if (argb) {
          ws.getCell(r + 1, c + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
        }
      });
    });
  }
  writeDocument(book, data);
  const out = await book.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (typeof value === 'string' && value.startsWith('=')) return { formula: value.slice(1) };
  return value;
}

/** exceljs's load errors, in words: JSZip's "central directory" one carries a help URL. */
function loadProblem(error: unknown): string {
  const message = messageOf(error);
  if (/central directory|zip file/i.test(message)) return 'not a zip archive';
  return message.replace(/\s*https?:\/\/\S+/g, '').trim();
}
