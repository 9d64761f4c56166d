// Ranges between the runtime's A1 ("B2:B" open to the last row, "C:D" whole columns) and
// XLSX references, which have no open ends: an open end is the sheet's last row or column
// (1,048,576 rows, 16,384 columns), and reading one back opens it again.
import { type A1Ref, columnToLetter, formatOpenA1, parseA1, quoteSheetName } from '../services/a1';

export const XLSX_ROWS = 1_048_576;
export const XLSX_COLUMNS = 16_384;

/**
 * An XLSX reference for A1 text. `absolute` ($B$2, for defined names) writes whole columns
 * and rows as Excel does ("$C:$D", "$3:$4"); otherwise (conditional-format ranges) every
 * reference names its corner cells ("C1:D1048576").
 */
export function toXlsxRef(a1: string, absolute: boolean): string {
  const ref = parseA1(a1);
  const $ = absolute ? '$' : '';
  const first = columnToLetter(ref.col);
  if (absolute && ref.numRows === null && ref.row === 1 && ref.numCols !== null) {
    return `$${first}:$${columnToLetter(ref.col + ref.numCols - 1)}`;
  }
  if (absolute && ref.numCols === null && ref.col === 1 && ref.numRows !== null) {
    return `$${ref.row}:$${ref.row + ref.numRows - 1}`;
  }
  const lastRow = ref.numRows === null ? XLSX_ROWS : ref.row + ref.numRows - 1;
  const lastCol = ref.numCols === null ? XLSX_COLUMNS : ref.col + ref.numCols - 1;
  const start = `${$}${first}${$}${ref.row}`;
  if (lastRow === ref.row && lastCol === ref.col) return start;
  return `${start}:${$}${columnToLetter(lastCol)}${$}${lastRow}`;
}

/** "'KPI Guard settings'!$B$1": the sheet always quoted, which every reader accepts. */
export function sheetRef(sheet: string, a1: string): string {
  const quoted = quoteSheetName(sheet);
  const name = quoted.startsWith("'") ? quoted : `'${quoted}'`;
  return `${name}!${toXlsxRef(a1, true)}`;
}

export interface XlsxRange {
  /** The sheet named before "!", if any. */
  sheet: string | null;
  /** The runtime's A1, open where the reference reaches the sheet's edge. */
  a1: string;
}

/** A reference read back ("Data!$B$2:$B$1048576" → Data, "B2:B"); null if it is not one. */
export function fromXlsxRef(text: string): XlsxRange | null {
  let ref: A1Ref;
  try {
    ref = parseA1(text);
  } catch {
    return null;
  }
  if (ref.row < 1 || ref.col < 1) return null;
  const lastRow = ref.numRows === null ? XLSX_ROWS : ref.row + ref.numRows - 1;
  const lastCol = ref.numCols === null ? XLSX_COLUMNS : ref.col + ref.numCols - 1;
  if (lastRow > XLSX_ROWS || lastCol > XLSX_COLUMNS) return null;
  const numRows = lastRow === XLSX_ROWS ? null : lastRow - ref.row + 1;
  const numCols = lastCol === XLSX_COLUMNS ? null : lastCol - ref.col + 1;
  // The whole sheet ("A1:XFD1048576") has no A1 text in Sheets' notation.
  if (numRows === null && numCols === null) return null;
  return { sheet: ref.sheet, a1: formatOpenA1({ row: ref.row, col: ref.col, numRows, numCols }) };
}
