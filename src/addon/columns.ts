// Sidebar endpoint: the active sheet's column headers, read in one call whatever its size.
import { columnLetter } from './columnLetter';

export interface ColumnInfo {
  index: number;
  letter: string;
  header: string;
}

export interface SheetColumns {
  sheet: string;
  columns: ColumnInfo[];
}

export function getSheetColumns(): SheetColumns {
  const sheet = SpreadsheetApp.getActiveSheet();
  const lastColumn = sheet.getLastColumn();
  const headers = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getDisplayValues()[0] : [];
  return {
    sheet: sheet.getName(),
    columns: headers.map((header, i) => ({ index: i + 1, letter: columnLetter(i + 1), header })),
  };
}
