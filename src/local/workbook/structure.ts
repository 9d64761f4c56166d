// Sheet-level and structural operations: adding, removing, renaming and ordering sheets;
// inserting, deleting and moving rows and columns. Backgrounds and number formats kept
// beside the engine follow the same edits HyperFormula applies to cells and formulas.

import { WorkbookCore } from './core';
import { SparseGrid } from './grid';

export class WorkbookStructure extends WorkbookCore {
  addSheet(name: string, index = this.order.length): void {
    if (this.hasSheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    this.edit(() => {
      const id = this.hf.getSheetId(this.hf.addSheet(name)) as number;
      this.order.splice(Math.max(0, Math.min(index, this.order.length)), 0, id);
      this.backgrounds.set(id, new SparseGrid());
      this.numberFormats.set(id, new SparseGrid());
      this.engine.changed.add(id);
      this.shifted.invalidateAll();
    });
  }

  removeSheet(name: string): void {
    const id = this.sheetId(name);
    this.edit(() => {
      this.hf.removeSheet(id);
      this.engine.ctx.declaredGrid.delete(id);
      this.order.splice(this.order.indexOf(id), 1);
      this.backgrounds.delete(id);
      this.numberFormats.delete(id);
      this.engine.changed.delete(id);
      this.removedNames.push(name);
      this.shifted.invalidateAll();
    });
  }

  renameSheet(from: string, to: string): void {
    const id = this.sheetId(from);
    if (from.toLowerCase() !== to.toLowerCase() && this.hasSheet(to)) {
      throw new Error(`A sheet named "${to}" already exists`);
    }
    this.edit(() => {
      this.hf.renameSheet(id, to);
      this.engine.changed.add(id);
      this.shifted.invalidateAll();
    });
  }

  moveSheet(name: string, index: number): void {
    const id = this.sheetId(name);
    this.revision++;
    this.order.splice(this.order.indexOf(id), 1);
    this.order.splice(Math.max(0, Math.min(index, this.order.length)), 0, id);
    this.emit([id]);
  }

  insertRows(sheet: string, row: number, n: number): void {
    this.resizeGrid(sheet, n, 0);
    this.structural(
      sheet,
      (id) => this.hf.addRows(id, [row, n]),
      (grid) => grid.insertRows(row, n),
    );
  }

  deleteRows(sheet: string, row: number, n: number): void {
    this.resizeGrid(sheet, -n, 0);
    this.structural(
      sheet,
      (id) => this.hf.removeRows(id, [row, n]),
      (grid) => grid.deleteRows(row, n),
    );
  }

  insertColumns(sheet: string, col: number, n: number): void {
    this.resizeGrid(sheet, 0, n);
    this.structural(
      sheet,
      (id) => this.hf.addColumns(id, [col, n]),
      (grid) => grid.insertColumns(col, n),
    );
  }

  deleteColumns(sheet: string, col: number, n: number): void {
    this.resizeGrid(sheet, 0, -n);
    this.structural(
      sheet,
      (id) => this.hf.removeColumns(id, [col, n]),
      (grid) => grid.deleteColumns(col, n),
    );
  }

  /** Moves n columns from fromCol to before the column that was at toCol (pre-move index). */
  moveColumns(sheet: string, fromCol: number, n: number, toCol: number): void {
    if (toCol >= fromCol && toCol <= fromCol + n) return;
    this.structural(
      sheet,
      (id) => this.hf.moveColumns(id, fromCol, n, toCol),
      (grid) => grid.moveColumns(fromCol, n, toCol),
    );
  }

  moveRows(sheet: string, fromRow: number, n: number, toRow: number): void {
    if (toRow >= fromRow && toRow <= fromRow + n) return;
    this.structural(
      sheet,
      (id) => this.hf.moveRows(id, fromRow, n, toRow),
      (grid) => grid.moveRows(fromRow, n, toRow),
    );
  }

  /** The grid grows and shrinks with inserted and deleted rows and columns (never below 1). */
  private resizeGrid(sheet: string, rows: number, cols: number): void {
    const now = this.gridSize(sheet);
    this.engine.ctx.declaredGrid.set(this.sheetId(sheet), {
      rows: Math.max(1, now.rows + rows),
      cols: Math.max(1, now.cols + cols),
    });
  }

  /** One structural edit: the engine's cells and every grid kept beside them move alike. */
  private structural(
    sheet: string,
    engineOp: (id: number) => void,
    gridOp: (grid: SparseGrid) => void,
  ): void {
    const id = this.sheetId(sheet);
    const grids = [this.grid(sheet), this.grid(sheet, this.numberFormats)];
    this.edit(() => {
      engineOp(id);
      for (const grid of grids) gridOp(grid);
      this.engine.changed.add(id);
    });
  }
}
