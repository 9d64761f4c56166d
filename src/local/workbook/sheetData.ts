// Whole-sheet views: the used extent (Apps Script's getLastRow/getLastColumn) and the
// plain-data form of a sheet (for CSV/XLSX writers and the preview).

import type { HyperFormula } from 'hyperformula';
import type { CellValue, SheetData } from '../types';
import { readBlock } from './cells';
import type { SparseGrid } from './grid';

/** A cell "has content" if it holds a value or formula, or shows a spilled array value. */
function rowHasContent(hf: HyperFormula, sheet: number, row: number, width: number): boolean {
  const range = { start: { sheet, row, col: 0 }, end: { sheet, row, col: width - 1 } };
  const serialized = hf.getRangeSerialized(range)[0] ?? [];
  if (serialized.some((v) => v !== null && v !== undefined && v !== '')) return true;
  const values = hf.getRangeValues(range)[0] ?? [];
  return values.some((v) => v !== null && v !== undefined && v !== '');
}

function colHasContent(hf: HyperFormula, sheet: number, col: number, height: number): boolean {
  const range = { start: { sheet, row: 0, col }, end: { sheet, row: height - 1, col } };
  const serialized = hf.getRangeSerialized(range);
  if (serialized.some((r) => r[0] !== null && r[0] !== undefined && r[0] !== '')) return true;
  return hf.getRangeValues(range).some((r) => r[0] !== null && r[0] !== undefined && r[0] !== '');
}

export function lastUsedRow(hf: HyperFormula, sheet: number): number {
  const { width, height } = hf.getSheetDimensions(sheet);
  if (width === 0) return 0;
  for (let r = height - 1; r >= 0; r--) if (rowHasContent(hf, sheet, r, width)) return r + 1;
  return 0;
}

export function lastUsedColumn(hf: HyperFormula, sheet: number): number {
  const { width, height } = hf.getSheetDimensions(sheet);
  if (height === 0) return 0;
  for (let c = width - 1; c >= 0; c--) if (colHasContent(hf, sheet, c, height)) return c + 1;
  return 0;
}

/**
 * Formulas as "=..." text, other cells as values (Dates for date cells), blanks as null.
 * Cells filled by a spilling formula are null: writing their values back would block it.
 */
export function sheetToData(hf: HyperFormula, sheet: number, backgrounds: SparseGrid): SheetData {
  const name = hf.getSheetName(sheet) ?? '';
  const numRows = lastUsedRow(hf, sheet);
  const numCols = lastUsedColumn(hf, sheet);
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
        if (formula !== undefined) row.push(formula);
        else if (hf.isCellPartOfArray({ sheet, row: i, col: j })) row.push(null);
        else if (raw === null || raw === undefined || raw === '') row.push(null);
        else row.push(values[i][j] === '' ? null : values[i][j]);
      }
      cells.push(row);
    }
  }
  const bg = backgrounds.toArray();
  return bg.length > 0 ? { name, cells, backgrounds: bg } : { name, cells };
}
