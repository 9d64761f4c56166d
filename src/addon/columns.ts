// Sidebar endpoint: the active sheet's column headers, read in one call whatever its size.

export interface ColumnInfo {
  index: number;
  letter: string;
  header: string;
}

export interface SheetColumns {
  sheet: string;
  columns: ColumnInfo[];
}

export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  }
  return letter;
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
