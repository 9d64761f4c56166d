// A1 notation, as Range.getA1Notation writes it and Sheet.getRange(a1) reads it: cells
// ("B2"), blocks ("A1:C3"), whole columns ("B:B", "A2:A" open to the last row) and whole
// rows ("2:4"), optionally prefixed by a sheet name ("'My sheet'!A1:B2").
import { invalidArgument } from './errors';

export interface A1Ref {
  sheet: string | null;
  row: number;
  col: number;
  /** null: to the last row of the sheet (whole columns or an open end like "A2:A"). */
  numRows: number | null;
  /** null: to the last column of the sheet (whole rows). */
  numCols: number | null;
}

export function columnToLetter(col: number): string {
  let letter = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  }
  return letter;
}

export function letterToColumn(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

interface Part {
  col: number | null;
  row: number | null;
}

function parsePart(text: string, a1: string): Part {
  const m = PART.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) throw rangeNotFound(a1);
  return { col: m[1] ? letterToColumn(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

function rangeNotFound(a1: string): Error {
  return invalidArgument(`Range not found: ${a1}`);
}

function splitSheet(a1: string): { sheet: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: a1 };
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: a1.slice(bang + 1) };
}

export function parseA1(a1: string): A1Ref {
  const { sheet, ref } = splitSheet(a1.trim());
  const [startText, endText] = ref.split(':');
  const start = parsePart(startText, a1);
  const end = endText === undefined ? start : parsePart(endText, a1);
  const fromCol = start.col ?? 1;
  const fromRow = start.row ?? 1;
  if (start.row === null && start.col === null) throw rangeNotFound(a1);
  // "2:4" has no columns: whole rows. "B:C" or "A2:A" has no end row: to the last row.
  const numCols = end.col === null ? null : end.col - fromCol + 1;
  const numRows = end.row === null ? null : end.row - fromRow + 1;
  if ((numCols !== null && numCols < 1) || (numRows !== null && numRows < 1)) {
    throw rangeNotFound(a1);
  }
  return { sheet, row: fromRow, col: fromCol, numRows, numCols };
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A1 text of a block; whole columns/rows are written the way Sheets writes them ("B:B", "2:2"). */
export function formatA1(
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  wholeColumns: boolean,
  wholeRows: boolean,
): string {
  const lastCol = col + numCols - 1;
  const lastRow = row + numRows - 1;
  if (wholeColumns) return `${columnToLetter(col)}:${columnToLetter(lastCol)}`;
  if (wholeRows) return `${row}:${lastRow}`;
  const first = `${columnToLetter(col)}${row}`;
  return numRows === 1 && numCols === 1 ? first : `${first}:${columnToLetter(lastCol)}${lastRow}`;
}

/**
 * A1 text of a block whose ends may be open (null: to the grid's last row or column), as
 * parseA1 reads it back: "B2:C5", "B2", open "B2:B", whole columns "C:D", whole rows "3:4".
 */
export function formatOpenA1(ref: Omit<A1Ref, 'sheet'>): string {
  if (ref.numRows === null && ref.numCols === null) {
    throw new Error('A range open both ways has no A1 notation');
  }
  const firstCol = columnToLetter(ref.col);
  const lastCol = ref.numCols === null ? '' : columnToLetter(ref.col + ref.numCols - 1);
  const lastRow = ref.numRows === null ? '' : String(ref.row + ref.numRows - 1);
  if (ref.numRows === null && ref.row === 1) return `${firstCol}:${lastCol}`;
  if (ref.numCols === null && ref.col === 1) return `${ref.row}:${lastRow}`;
  const first = `${firstCol}${ref.row}`;
  if (ref.numRows === 1 && ref.numCols === 1) return first;
  return `${first}:${lastCol}${lastRow}`;
}
