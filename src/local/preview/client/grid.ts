// The virtualized grid: only the rows in view (plus a margin) are in the DOM; a spacer as
// tall as the sheet gives the scrollbar its size, and rows arrive from the API in blocks
// as the user scrolls. A 50,000-row sheet costs what a 50-row one does.

import type { CellBlock, SheetWindow } from '../protocol';
import { getJson, sheetPath } from './api';
import {
  BLANK,
  type CellView,
  COL_WIDTH,
  cellHtml,
  columnLetter,
  ROW_HEIGHT,
  ROW_NUMBER_WIDTH,
} from './cells';

const BLOCK_ROWS = 100;
/** Rows rendered beyond the viewport on each side, so a small scroll shows no gap. */
const OVERSCAN = 8;
/** Empty rows and columns shown past the data, room to type new values. */
const EXTRA_ROWS = 30;
const MIN_ROWS = 60;
const MIN_COLS = 8;

export interface GridElements {
  scroller: HTMLElement;
  header: HTMLElement;
  body: HTMLElement;
  rows: HTMLElement;
}

export class Grid {
  sheet = '';
  lastRow = 0;
  lastColumn = 0;
  selected = { r: 0, c: 0 };
  /** The selected block around the current cell (one cell unless a script selected more). */
  block: CellBlock = { row: 0, col: 0, numRows: 1, numCols: 1 };
  /** Called after every paint; the page uses it for the formula bar and timings. */
  onPaint: () => void = () => {};
  /** Called when the user moves the selection (not when selectBlock shows a script's). */
  onSelect: (block: CellBlock) => void = () => {};
  onError: (error: Error) => void = () => {};

  private blocks = new Map<number, SheetWindow>();
  /** Blocks from before a refresh, shown until fresh ones arrive, so edits never flash. */
  private stale = new Map<number, SheetWindow>();
  private loading = new Map<number, Promise<void>>();
  private generation = 0;
  private frame = 0;

  constructor(private readonly el: GridElements) {
    el.scroller.addEventListener('scroll', () => this.schedule(), { passive: true });
    new ResizeObserver(() => this.schedule()).observe(el.scroller);
  }

  get rowCount(): number {
    return Math.max(this.lastRow + EXTRA_ROWS, MIN_ROWS);
  }

  get colCount(): number {
    return Math.max(this.lastColumn + 2, MIN_COLS);
  }

  /** Show another sheet from its top. */
  async open(sheet: string): Promise<void> {
    this.sheet = sheet;
    this.generation++;
    this.blocks.clear();
    this.stale.clear();
    this.loading.clear();
    this.selected = { r: 0, c: 0 };
    this.block = { row: 0, col: 0, numRows: 1, numCols: 1 };
    this.el.scroller.scrollTop = 0;
    this.el.scroller.scrollLeft = 0;
    await this.load();
  }

  /** Refetch what is in view (the data changed: an edit, a script run, the clock). */
  async refresh(): Promise<void> {
    this.generation++;
    this.stale = new Map([...this.stale, ...this.blocks]);
    this.blocks = new Map();
    this.loading.clear();
    await this.load();
    this.stale.clear();
  }

  cell(r: number, c: number): CellView {
    const block = Math.floor(r / BLOCK_ROWS);
    const window = this.blocks.get(block) ?? this.stale.get(block);
    if (!window) return BLANK;
    const i = r - window.row;
    if (i < 0 || i >= window.displayValues.length || c >= window.lastColumn) return BLANK;
    return {
      value: window.displayValues[i][c] ?? '',
      formula: window.formulas[i][c] ?? '',
      background: window.backgrounds[i]?.[c] ?? null,
      error: window.errors[i]?.[c] ?? null,
      sparkline: window.sparklines[i]?.[c] ?? null,
    };
  }

  /** What the editor and formula bar start from: the formula, else the shown value. */
  raw(r: number, c: number): string {
    const view = this.cell(r, c);
    return view.formula || view.value;
  }

  /** The user selects one cell (a click, the arrow keys). */
  select(r: number, c: number): void {
    this.selected = {
      r: Math.max(0, Math.min(r, this.rowCount - 1)),
      c: Math.max(0, Math.min(c, this.colCount - 1)),
    };
    this.block = { row: this.selected.r, col: this.selected.c, numRows: 1, numCols: 1 };
    this.scrollIntoView(this.selected.r, this.selected.c);
    this.paint();
    this.onSelect({ ...this.block });
  }

  /** Shows a block a script selected (Range.activate): its top-left cell is the current one. */
  selectBlock(block: CellBlock): void {
    this.block = { ...block };
    this.selected = { r: block.row, c: block.col };
    // The whole block in view when it fits, else its first rows.
    this.scrollIntoView(block.row + block.numRows - 1, block.col);
    this.scrollIntoView(block.row, block.col);
    this.paint();
  }

  /** The selection in A1 notation, as the name box shows it ("C15:C28"). */
  blockA1(): string {
    const { row, col, numRows, numCols } = this.block;
    const start = `${columnLetter(col)}${row + 1}`;
    if (numRows === 1 && numCols === 1) return start;
    return `${start}:${columnLetter(col + numCols - 1)}${row + numRows}`;
  }

  private inBlock(r: number, c: number): boolean {
    const b = this.block;
    return (
      (b.numRows > 1 || b.numCols > 1) &&
      r >= b.row &&
      r < b.row + b.numRows &&
      c >= b.col &&
      c < b.col + b.numCols
    );
  }

  /** Pixel box of a cell inside the grid body (for the editor overlay). */
  cellBox(r: number, c: number): { top: number; left: number } {
    return { top: r * ROW_HEIGHT, left: ROW_NUMBER_WIDTH + c * COL_WIDTH };
  }

  private scrollIntoView(r: number, c: number): void {
    const s = this.el.scroller;
    const header = ROW_HEIGHT;
    const top = r * ROW_HEIGHT;
    if (top < s.scrollTop) s.scrollTop = top;
    else if (top + ROW_HEIGHT > s.scrollTop + s.clientHeight - header) {
      s.scrollTop = top + ROW_HEIGHT - s.clientHeight + header;
    }
    const left = c * COL_WIDTH;
    const visibleWidth = s.clientWidth - ROW_NUMBER_WIDTH;
    if (left < s.scrollLeft) s.scrollLeft = left;
    else if (left + COL_WIDTH > s.scrollLeft + visibleWidth) {
      s.scrollLeft = left + COL_WIDTH - visibleWidth;
    }
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
      this.load().catch((error: unknown) => this.onError(asError(error)));
    });
  }

  private visibleRows(): [number, number] {
    const s = this.el.scroller;
    const first = Math.max(0, Math.floor(s.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const count = Math.ceil(s.clientHeight / ROW_HEIGHT) + 2 * OVERSCAN;
    return [first, Math.min(this.rowCount, first + count)];
  }

  /** Fetch the blocks in view that are missing; paint as each one arrives. */
  private async load(): Promise<void> {
    if (!this.sheet) return;
    const [first, last] = this.visibleRows();
    const wanted: Promise<void>[] = [];
    for (let b = Math.floor(first / BLOCK_ROWS); b * BLOCK_ROWS < Math.max(last, 1); b++) {
      if (this.blocks.has(b)) continue;
      let pending = this.loading.get(b);
      if (!pending) {
        pending = this.fetchBlock(b);
        this.loading.set(b, pending);
      }
      wanted.push(pending);
    }
    await Promise.all(wanted);
  }

  private async fetchBlock(block: number): Promise<void> {
    const generation = this.generation;
    const sheet = this.sheet;
    const query = `?row=${block * BLOCK_ROWS}&rows=${BLOCK_ROWS}`;
    let window: SheetWindow;
    try {
      window = await getJson<SheetWindow>(sheetPath(sheet) + query);
    } catch (error) {
      // Forget the failed fetch so the next scroll or refresh tries again.
      if (generation === this.generation) this.loading.delete(block);
      throw error;
    }
    if (generation !== this.generation || sheet !== this.sheet) return;
    this.loading.delete(block);
    this.blocks.set(block, window);
    this.lastRow = window.lastRow;
    this.lastColumn = window.lastColumn;
    this.paint();
    // The first block tells how tall the sheet is; the viewport may now need more rows.
    if (this.visibleRows()[1] > (block + 1) * BLOCK_ROWS) await this.load();
  }

  /** Rebuild the header and the rows in view from the cached blocks. */
  paint(): void {
    const cols = this.colCount;
    const width = ROW_NUMBER_WIDTH + cols * COL_WIDTH;
    this.el.body.style.height = `${this.rowCount * ROW_HEIGHT}px`;
    this.el.body.style.width = `${width}px`;
    this.el.header.style.width = `${width}px`;
    if (this.el.header.childElementCount !== cols + 1) {
      let head = '<div class="corner"></div>';
      for (let c = 0; c < cols; c++) head += `<div class="colhead">${columnLetter(c)}</div>`;
      this.el.header.innerHTML = head;
    }
    const [first, last] = this.visibleRows();
    const { r: sr, c: sc } = this.selected;
    const parts: string[] = [];
    for (let r = first; r < last; r++) {
      parts.push(`<div class="row"><div class="rn">${r + 1}</div>`);
      for (let c = 0; c < cols; c++)
        parts.push(cellHtml(this.cell(r, c), r, c, r === sr && c === sc, this.inBlock(r, c)));
      parts.push('</div>');
    }
    this.el.rows.style.top = `${first * ROW_HEIGHT}px`;
    this.el.rows.innerHTML = parts.join('');
    this.onPaint();
  }
}

export const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));
