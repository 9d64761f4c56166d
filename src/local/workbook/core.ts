// The state every Workbook operation shares, and the one path each kind of access takes:
// edits recalculate, settle and notify (unless batching); reads flush pending batched edits
// first. The public operations are layered on top (structure.ts, workbook.ts).

import type { HyperFormula } from 'hyperformula';
import { type Convention, conventionOf } from '../io/numberFormat';
import type { CustomFunctionHost } from '../types';
import type { InitialSheets } from './build';
import type { Block } from './cells';
import type { WorkbookClock } from './dates';
import { Engine } from './engine';
import { type GridSize, gridSize } from './engineContext';
import { ShiftedEvaluator } from './formulaEval';
import { SparseGrid } from './grid';
import { lastUsedColumn, lastUsedRow } from './sheetData';

export interface WorkbookOptions {
  customFunctions?: { names: readonly string[]; host: CustomFunctionHost };
  /** What NOW() and TODAY() read. Default: this machine's clock and time zone. */
  clock?: WorkbookClock;
  /** The spreadsheet's locale ("en_US", "nl_NL"): how typed text is read and numbers shown. */
  locale?: string;
}

export type ChangeListener = (changedSheets: string[]) => void;

/** A sheet's used extent, 1-based; each side computed on first use after an edit. */
interface Extent {
  rows?: number;
  cols?: number;
}

export class WorkbookCore {
  protected readonly engine: Engine;
  protected readonly hf: HyperFormula;
  protected readonly order: number[] = [];
  protected readonly backgrounds = new Map<number, SparseGrid>();
  /** Number-format patterns by sheet id, kept beside the engine like backgrounds. */
  protected readonly numberFormats = new Map<number, SparseGrid>();
  /** The spreadsheet locale ("en_US"); its convention reads input and writes display text. */
  readonly locale: string;
  protected readonly convention: Convention;
  /** Bumped by every write (values, formats, structure; not recalculation): "unsaved edits". */
  revision = 0;
  protected readonly shifted: ShiftedEvaluator;
  private readonly listeners = new Set<ChangeListener>();
  /**
   * lastRow/lastColumn by sheet id. The Apps Script emulation asks on every sheet lookup, so
   * the answer is kept until the next edit; any edit drops them all, since a formula on one
   * sheet can spill further because of a change on another.
   */
  private readonly extents = new Map<number, Extent>();
  private batchDepth = 0;
  /** Removed sheets are reported once by name, so a preview can drop their tabs. */
  protected removedNames: string[] = [];

  /** `initial` (from fromData) builds the engine with those sheets in one step. */
  constructor(opts: WorkbookOptions = {}, initial?: InitialSheets) {
    const fns = opts.customFunctions;
    this.locale = opts.locale ?? initial?.locale ?? 'en_US';
    this.convention = conventionOf(this.locale);
    this.engine = new Engine(fns?.names ?? [], fns?.host, initial?.contents, opts.clock);
    this.hf = this.engine.hf;
    this.shifted = new ShiftedEvaluator(this.hf);
    if (!initial) return;
    initial.names.forEach((name, i) => {
      const id = this.hf.getSheetId(name) as number;
      this.order.push(id);
      this.backgrounds.set(id, initial.backgrounds[i]);
      this.numberFormats.set(id, initial.numberFormats[i]);
    });
    // The build evaluated everything; what is left is the settling an edit would get
    // (custom-function spills re-sized, INDIRECT's extra pass). Nobody can listen yet.
    this.engine.beginEdit();
    this.settle();
    this.engine.changed.clear();
  }

  sheetNames(): string[] {
    return this.order.map((id) => this.hf.getSheetName(id) ?? '');
  }

  hasSheet(name: string): boolean {
    const id = this.hf.getSheetId(name);
    return id !== undefined && this.order.includes(id);
  }

  /** 1-based last row with content (values, formulas or spilled results); 0 when empty. */
  lastRow(sheet: string): number {
    const id = this.sheetId(sheet);
    return this.read(() => {
      const extent = this.extent(id);
      extent.rows ??= lastUsedRow(this.hf, id);
      return extent.rows;
    });
  }

  /** 1-based last column with content, counted like lastRow; 0 when empty. */
  lastColumn(sheet: string): number {
    const id = this.sheetId(sheet);
    return this.read(() => {
      const extent = this.extent(id);
      extent.rows ??= lastUsedRow(this.hf, id);
      extent.cols ??= lastUsedColumn(this.hf, id, extent.rows);
      return extent.cols;
    });
  }

  /**
   * The sheet's grid, as Apps Script's getMaxRows/getMaxColumns count it: a new sheet has
   * 1000 rows and 26 columns; inserting and deleting rows and columns changes that, and
   * cells written past the edge widen it.
   */
  gridSize(sheet: string): GridSize {
    const id = this.sheetId(sheet);
    const used = this.hf.getSheetDimensions(id);
    return gridSize(this.engine.ctx, id, { rows: used.height, cols: used.width });
  }

  /** Runs many edits with one recalculation at the end (reads inside still see fresh values). */
  batch(fn: () => void): void {
    if (this.batchDepth === 0) {
      this.engine.beginEdit();
      this.hf.suspendEvaluation();
    }
    this.batchDepth++;
    try {
      fn();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) {
        this.hf.resumeEvaluation();
        this.settle();
        this.emit([]);
      }
    }
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined || !this.order.includes(id)) throw new Error(`No sheet named "${name}"`);
    return id;
  }

  protected grid(sheet: string, store = this.backgrounds): SparseGrid {
    const id = this.sheetId(sheet);
    let grid = store.get(id);
    if (!grid) {
      grid = new SparseGrid();
      store.set(id, grid);
    }
    return grid;
  }

  protected block(
    sheet: string,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): Block {
    return { sheet: this.sheetId(sheet), row, col, numRows, numCols };
  }

  /** Every mutation goes through here: recalc (unless batching), settle, notify. */
  protected edit(fn: () => void): void {
    this.revision++;
    this.shifted.invalidateValues();
    this.extents.clear();
    this.engine.graphChanged();
    if (this.batchDepth > 0) {
      fn();
      return;
    }
    this.engine.beginEdit();
    fn();
    this.settle();
    this.emit([]);
  }

  /**
   * Every read goes through here. HyperFormula refuses reads while evaluation is suspended,
   * and Sheets flushes pending edits before a read anyway, so a read inside batch()
   * evaluates what is pending and then goes on batching.
   */
  protected read<T>(fn: () => T): T {
    if (this.batchDepth === 0 || !this.hf.isEvaluationSuspended()) return fn();
    this.hf.resumeEvaluation();
    this.settle();
    try {
      return fn();
    } finally {
      this.hf.suspendEvaluation();
    }
  }

  protected emit(extra: number[]): void {
    for (const id of extra) this.engine.changed.add(id);
    if (this.batchDepth > 0) return;
    const names = this.order
      .filter((id) => this.engine.changed.has(id))
      .map((id) => this.hf.getSheetName(id) ?? '');
    names.push(...this.removedNames);
    this.removedNames = [];
    this.engine.changed.clear();
    if (names.length === 0) return;
    for (const l of [...this.listeners]) l(names);
  }

  private settle(): void {
    this.engine.settle();
    this.shifted.invalidateValues();
    this.extents.clear();
  }

  private extent(id: number): Extent {
    let extent = this.extents.get(id);
    if (!extent) {
      extent = {};
      this.extents.set(id, extent);
    }
    return extent;
  }
}
