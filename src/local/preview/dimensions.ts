// lastRow/lastColumn per sheet, remembered until the workbook reports a change. The grid
// asks for them with every window of rows, and on a big sheet finding the last used column
// means scanning whole columns; without a change there is nothing new to find.

import type { PreviewWorkbook } from './runtimePort';

export interface Dimensions {
  lastRow: number;
  lastColumn: number;
}

export class SheetDimensions {
  private readonly known = new Map<string, Dimensions>();
  private readonly unsubscribe: () => void;
  private readonly cache: boolean;

  constructor(private readonly workbook: PreviewWorkbook) {
    // Without change notifications nothing can be remembered safely: always ask.
    const off = workbook.onChange?.(() => this.known.clear());
    this.unsubscribe = typeof off === 'function' ? () => void off() : () => {};
    this.cache = workbook.onChange !== undefined;
  }

  of(sheet: string): Dimensions {
    const known = this.known.get(sheet);
    if (known) return known;
    const dims = {
      lastRow: this.workbook.lastRow(sheet),
      lastColumn: this.workbook.lastColumn(sheet),
    };
    if (this.cache) this.known.set(sheet, dims);
    return dims;
  }

  dispose(): void {
    this.unsubscribe();
    this.known.clear();
  }
}
