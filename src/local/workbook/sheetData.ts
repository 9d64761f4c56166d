// Whole-sheet views: the used extent (Apps Script's getLastRow/getLastColumn) and the
// plain-data form of a sheet (for CSV/XLSX writers and the preview).

import { CellType, type HyperFormula } from 'hyperformula';
import type { CellValue, SheetData } from '../types';
import { readBlock } from './cells';
import type { SparseGrid } from './grid';
import { fromEngineFormula } from './openRanges';

// The extent is found by scanning back from HyperFormula's sheet dimensions (an upper
// bound: they do not shrink when cells are cleared) and stopping at the first cell with
// content, so a full sheet costs a handful of cell checks instead of a pass over every row.
// Each check is one address-map lookup (getCellType), never a serialization.

/**
 * A cell "has content" if it holds a value or a formula (even one showing ""), or shows a
 * non-blank value spilled by an array formula. Backgrounds are not content.
 */
function hasContent(hf: HyperFormula, sheet: number, row: number, col: number): boolean {
  const address = { sheet, row, col };
  switch (hf.getCellType(address)) {
    case CellType.EMPTY:
      return false;
    case CellType.ARRAY: {
      const v = hf.getCellValue(address);
      return v !== null && v !== undefined && v !== '';
    }
    default:
      return true;
  }
}

/** 1-based last row with content; 0 when the sheet is empty. Rows from the bottom up. */
export function lastUsedRow(hf: HyperFormula, sheet: number): number {
  const { width, height } = hf.getSheetDimensions(sheet);
  for (let r = height - 1; r >= 0; r--) {
    for (let c = width - 1; c >= 0; c--) if (hasContent(hf, sheet, r, c)) return r + 1;
  }
  return 0;
}

/**
 * 1-based last column with content; 0 when empty. Columns from the right; in each, the
 * header row first (the widest row of most sheets), then from the last used row up. So a
 * full sheet, or one whose last column is used only in its header, costs a few checks; a
 * last column used only somewhere in the middle costs one pass over that column.
 */
export function lastUsedColumn(hf: HyperFormula, sheet: number, lastRow?: number): number {
  const height = lastRow ?? lastUsedRow(hf, sheet);
  const { width } = hf.getSheetDimensions(sheet);
  if (height === 0) return 0;
  for (let c = width - 1; c >= 0; c--) {
    if (hasContent(hf, sheet, 0, c)) return c + 1;
    for (let r = height - 1; r >= 1; r--) if (hasContent(hf, sheet, r, c)) return c + 1;
  }
  return 0;
}

/**
 * Formulas as "=..." text, other cells as values (Dates for date cells), blanks as null.
 * Cells filled by a spilling formula are null: writing their values back would block it.
 */
export function sheetToData(
  hf: HyperFormula,
  sheet: number,
  side: { backgrounds: SparseGrid; numberFormats: SparseGrid },
): SheetData {
  const name = hf.getSheetName(sheet) ?? '';
  const numRows = lastUsedRow(hf, sheet);
  const numCols = lastUsedColumn(hf, sheet, numRows);
  const cells: (CellValue | null)[][] = [];
  if (numRows > 0 && numCols > 0) {
    const range = {
      start: { sheet, row: 0, col: 0 },
      end: { sheet, row: numRows - 1, col: numCols - 1 },
    };
    const formulas = hf.getRangeFormulas(range);
    const serialized = hf.getRangeSerialized(range);
    const { values } = readBlock(hf, { sheet, row: 0, col: 0, numRows, numCols });
    for (let i = 0; i < numRows; i++) {
      const row: (CellValue | null)[] = [];
      for (let j = 0; j < numCols; j++) {
        const formula = formulas[i]?.[j];
        const raw = serialized[i]?.[j];
        if (formula !== undefined) row.push(fromEngineFormula(formula));
        else if (hf.isCellPartOfArray({ sheet, row: i, col: j })) row.push(null);
        else if (raw === null || raw === undefined || raw === '') row.push(null);
        else row.push(values[i][j] === '' ? null : values[i][j]);
      }
      cells.push(row);
    }
  }
  const data: SheetData = { name, cells };
  const backgrounds = side.backgrounds.toArray();
  if (backgrounds.length > 0) data.backgrounds = backgrounds;
  const numberFormats = side.numberFormats.toArray();
  if (numberFormats.length > 0) data.numberFormats = numberFormats;
  return data;
}
