// Editing: select with the mouse or arrows, type or double-click (or Enter/F2) to open the
// in-cell editor, Enter/Tab to commit, Escape to cancel; the formula bar edits the same
// cell. A commit posts the edit, then refreshes the rows in view so dependents repaint.

import { postJson } from './api';
import { columnLetter } from './cells';
import type { Grid } from './grid';

export interface EditTiming {
  /** performance.now() when the edit was sent, and when its result was painted. */
  startedAt: number;
  paintedAt: number;
}

export interface EditorElements {
  scroller: HTMLElement;
  editor: HTMLInputElement;
  formula: HTMLInputElement;
  cellRef: HTMLElement;
}

export class Editor {
  lastEdit: EditTiming | null = null;
  onStatus: (message: string, isError?: boolean) => void = () => {};
  /** An edit reached the workbook. */
  onEdited: () => void = () => {};
  /** The selected cell's error message ("" when it has none), after every paint. */
  onSelectedError: (text: string) => void = () => {};
  private editing: { r: number; c: number } | null = null;

  constructor(
    private readonly grid: Grid,
    private readonly el: EditorElements,
  ) {
    const { scroller, editor, formula } = el;
    scroller.addEventListener('mousedown', (event) => {
      const cell = cellOf(event.target);
      if (!cell || event.target === editor) return;
      if (this.editing) void this.commit(editor.value);
      grid.select(cell.r, cell.c);
      scroller.focus();
      event.preventDefault();
    });
    scroller.addEventListener('dblclick', (event) => {
      const cell = cellOf(event.target);
      if (cell) this.begin(grid.raw(cell.r, cell.c));
    });
    scroller.addEventListener('keydown', (event) => this.onGridKey(event));
    editor.addEventListener('keydown', (event) => this.onEditorKey(event));
    editor.addEventListener('blur', () => {
      if (this.editing) void this.commit(editor.value);
    });
    formula.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.save(grid.selected.r, grid.selected.c, formula.value).then(() => {
          scroller.focus();
        });
      } else if (event.key === 'Escape') {
        this.showSelection();
        scroller.focus();
      }
    });
  }

  /** Formula bar and name box follow the selection after every paint. */
  showSelection(): void {
    const { r, c } = this.grid.selected;
    const ref = `${columnLetter(c)}${r + 1}`;
    this.el.cellRef.textContent = this.grid.blockA1();
    if (document.activeElement !== this.el.formula) this.el.formula.value = this.grid.raw(r, c);
    const error = this.grid.cell(r, c).error;
    this.onSelectedError(error ? `${ref}: ${error}` : '');
  }

  private onGridKey(event: KeyboardEvent): void {
    if (this.editing || event.target !== this.el.scroller) return;
    const { r, c } = this.grid.selected;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.grid.select(r + move[0], c + move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.begin(this.grid.raw(r, c));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void this.save(r, c, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.begin(event.key);
    }
  }

  private onEditorKey(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const [dr, dc] = event.key === 'Enter' ? [1, 0] : [0, event.shiftKey ? -1 : 1];
      const { r, c } = this.grid.selected;
      void this.commit(this.el.editor.value).then(() => this.grid.select(r + dr, c + dc));
      this.el.scroller.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.cancel();
    }
  }

  private begin(initial: string): void {
    const { r, c } = this.grid.selected;
    const { editor } = this.el;
    const box = this.grid.cellBox(r, c);
    this.editing = { r, c };
    editor.style.top = `${box.top}px`;
    editor.style.left = `${box.left}px`;
    editor.value = initial;
    editor.hidden = false;
    editor.focus();
    editor.setSelectionRange(initial.length, initial.length);
  }

  private cancel(): void {
    this.editing = null;
    this.el.editor.hidden = true;
    this.el.scroller.focus();
  }

  private async commit(text: string): Promise<void> {
    const target = this.editing;
    if (!target) return;
    this.editing = null;
    this.el.editor.hidden = true;
    await this.save(target.r, target.c, text);
  }

  /** Send one cell edit and repaint; unchanged text is not sent. */
  async save(r: number, c: number, text: string): Promise<void> {
    if (text === this.grid.raw(r, c)) return;
    const startedAt = performance.now();
    const ref = `${columnLetter(c)}${r + 1}`;
    try {
      await postJson(`/api/cells/${encodeURIComponent(this.grid.sheet)}`, {
        row: r,
        col: c,
        value: text,
      });
      this.onEdited();
      await this.grid.refresh();
      this.lastEdit = { startedAt, paintedAt: performance.now() };
      this.onStatus(`Updated ${ref}`);
    } catch (error) {
      this.onStatus(`Could not update ${ref}: ${(error as Error).message}`, true);
    }
  }
}

function cellOf(target: EventTarget | null): { r: number; c: number } | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('.cell') : null;
  if (!cell) return null;
  return { r: Number(cell.dataset.r), c: Number(cell.dataset.c) };
}
