// Sheet identity and per-sheet state the workbook engine does not keep: the stable sheet id
// (metadata and rules refer to sheets by id, so they survive renames), hidden state, frozen
// rows, and which sheet is active. The grid size is the workbook's (formulas need it too).
import type { WorkbookPort } from './workbookPort';

/**
 * A sheet's selection, 1-based; null sizes reach the grid's edge (a whole column). Each sheet
 * keeps its own, as in Sheets, where switching tabs back shows the cells selected there.
 */
export interface Selection {
  row: number;
  col: number;
  numRows: number | null;
  numCols: number | null;
}

export interface SheetState {
  id: number;
  name: string;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** What the user (or Range.activate) selected on this sheet; A1 until then. */
  selection: Selection;
  /** The grid (getMaxRows/getMaxColumns): a new sheet in Sheets has 1000 rows, 26 columns. */
  readonly maxRows: number;
  readonly maxColumns: number;
}

/** A sheet as a saved file recorded it (DocumentSheet). */
export interface SavedSheet {
  name: string;
  id?: number;
  hidden: boolean;
  frozenRows?: number;
  frozenColumns?: number;
}

export class SheetRegistry {
  private readonly byId = new Map<number, SheetState>();
  private nextId = 0;
  private activeId: number | null = null;

  constructor(private readonly workbook: () => WorkbookPort) {}

  /** Brings ids in line with the workbook's sheets (it may have been edited directly). */
  sync(): SheetState[] {
    const names = this.workbook().sheetNames();
    for (const [id, state] of this.byId) if (!names.includes(state.name)) this.byId.delete(id);
    const known = new Map([...this.byId.values()].map((s) => [s.name, s]));
    return names.map((name) => known.get(name) ?? this.register(name));
  }

  /**
   * Gives sheets the ids, visibility and frozen panes a saved file recorded, before anything
   * reads them: Sheets keeps a sheet's id for good, and stored settings name sheets by id.
   */
  restore(saved: readonly SavedSheet[]): void {
    for (const { name, id } of saved) {
      if (id === undefined) continue;
      if (this.byId.has(id)) throw new Error(`Two sheets cannot share the id ${id}`);
      this.register(name, id);
    }
    // Sheets saved without an id get fresh ones, after every restored id.
    for (const { name, hidden, frozenRows, frozenColumns } of saved) {
      const state = this.byName(name);
      if (!state) continue;
      state.hidden = hidden;
      state.frozenRows = frozenRows ?? 0;
      state.frozenColumns = frozenColumns ?? 0;
    }
  }

  private register(name: string, id = this.nextId): SheetState {
    this.nextId = Math.max(this.nextId, id + 1);
    const workbook = this.workbook;
    const state: SheetState = {
      id,
      name,
      hidden: false,
      frozenRows: 0,
      frozenColumns: 0,
      selection: { row: 1, col: 1, numRows: 1, numCols: 1 },
      get maxRows() {
        return workbook().gridSize(this.name).rows;
      },
      get maxColumns() {
        return workbook().gridSize(this.name).cols;
      },
    };
    this.byId.set(state.id, state);
    return state;
  }

  all(): SheetState[] {
    return this.sync();
  }

  byName(name: string): SheetState | null {
    return this.sync().find((s) => s.name === name) ?? null;
  }

  get(id: number): SheetState {
    const state = this.byId.get(id) ?? this.sync().find((s) => s.id === id);
    if (!state) throw new Error('This sheet has been deleted.');
    return state;
  }

  exists(id: number): boolean {
    this.sync();
    return this.byId.has(id);
  }

  rename(id: number, to: string): void {
    const state = this.get(id);
    this.workbook().renameSheet(state.name, to);
    state.name = to;
  }

  active(): SheetState {
    const sheets = this.sync();
    const visible = sheets.filter((s) => !s.hidden);
    const current = sheets.find((s) => s.id === this.activeId);
    const chosen = current ?? visible[0] ?? sheets[0];
    if (!chosen) throw new Error('The spreadsheet has no sheets.');
    this.activeId = chosen.id;
    return chosen;
  }

  setActive(id: number): void {
    this.activeId = this.get(id).id;
  }
}
