// Turning plain WorkbookData into what HyperFormula.buildFromSheets takes, plus the side
// data the Workbook keeps beside the engine (sheet order, backgrounds).

import type { RawCellContent } from 'hyperformula';
import type { WorkbookData } from '../types';
import { toRaw } from './cells';
import { SparseGrid } from './grid';

export interface InitialSheets {
  /** Sheet name -> raw rows. Its key order is not the sheet order (see `names`). */
  contents: Record<string, RawCellContent[][]>;
  /** Names in workbook order: object keys that look like integers would sort first. */
  names: string[];
  /** Backgrounds, parallel to `names`. */
  backgrounds: SparseGrid[];
  /** Number formats, parallel to `names`. */
  numberFormats: SparseGrid[];
  locale?: string;
}

export function prepareSheets(data: WorkbookData): InitialSheets {
  // No prototype, so a sheet named "__proto__" or "constructor" is just a key.
  const contents: Record<string, RawCellContent[][]> = Object.create(null);
  const seen = new Set<string>();
  const names: string[] = [];
  const backgrounds: SparseGrid[] = [];
  const numberFormats: SparseGrid[] = [];
  for (const sheet of data.sheets) {
    // Sheet names are case-insensitive, as in Sheets and HyperFormula; same error as addSheet.
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) throw new Error(`A sheet named "${sheet.name}" already exists`);
    seen.add(key);
    names.push(sheet.name);
    // Dates stay Date objects: HyperFormula stores them as date-typed numbers.
    contents[sheet.name] = sheet.cells.map((row) => row.map(toRaw));
    backgrounds.push(SparseGrid.from(sheet.backgrounds));
    numberFormats.push(SparseGrid.from(sheet.numberFormats));
  }
  return { contents, names, backgrounds, numberFormats, locale: data.locale };
}
