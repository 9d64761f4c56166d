// A block of cells held by something that must follow structural edits (conditional-format
// rule ranges, named ranges). Whole columns span every row, so row edits leave them alone;
// an open end ("B2:B") reaches the grid's last row however the grid grows.
import type { Dimension } from './context';
import { deleteFromSpan, insertInSpan, moveSpan, type Span } from './dimension';

export interface GridRange {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** Spans every row ("B:B"). */
  wholeColumns: boolean;
  /** Spans every column ("2:2"). */
  wholeRows: boolean;
  /** Runs to the grid's last row ("B2:B", and whole columns); numRows is then as of now. */
  toLastRow?: boolean;
  /** Runs to the grid's last column (whole rows). */
  toLastColumn?: boolean;
}

/** Open along `dim`: the far end follows the grid, only the start moves. */
function openAlong(g: GridRange, dim: Dimension): boolean {
  return dim === 'ROWS' ? g.toLastRow === true : g.toLastColumn === true;
}

const UNBOUNDED = Number.MAX_SAFE_INTEGER / 4;

function spanOf(g: GridRange, dim: Dimension): Span {
  return dim === 'COLUMNS'
    ? { start: g.col, count: g.numCols }
    : { start: g.row, count: g.numRows };
}

function withSpan(g: GridRange, dim: Dimension, s: Span): GridRange {
  return dim === 'COLUMNS'
    ? { ...g, col: s.start, numCols: s.count }
    : { ...g, row: s.start, numRows: s.count };
}

/** True when `dim` edits do not touch this range's extent along `dim` (it spans all of it). */
function spansAll(g: GridRange, dim: Dimension): boolean {
  return dim === 'ROWS' ? g.wholeColumns : g.wholeRows;
}

export function insertIntoGrid(g: GridRange, dim: Dimension, at: number, n: number): GridRange {
  if (spansAll(g, dim)) return g;
  if (openAlong(g, dim)) {
    const start = insertInSpan({ start: spanOf(g, dim).start, count: UNBOUNDED }, at, n).start;
    return withSpan(g, dim, { start, count: spanOf(g, dim).count });
  }
  return withSpan(g, dim, insertInSpan(spanOf(g, dim), at, n));
}

export function deleteFromGrid(
  g: GridRange,
  dim: Dimension,
  at: number,
  n: number,
): GridRange | null {
  if (spansAll(g, dim)) return g;
  if (openAlong(g, dim)) {
    const left = deleteFromSpan({ start: spanOf(g, dim).start, count: UNBOUNDED }, at, n);
    return left ? withSpan(g, dim, { start: left.start, count: spanOf(g, dim).count }) : null;
  }
  const s = deleteFromSpan(spanOf(g, dim), at, n);
  return s ? withSpan(g, dim, s) : null;
}

export function moveInGrid(
  g: GridRange,
  dim: Dimension,
  from: number,
  n: number,
  dest: number,
): GridRange[] {
  // An open end cannot be torn apart index by index; it keeps its place.
  if (spansAll(g, dim) || openAlong(g, dim)) return [g];
  return moveSpan(spanOf(g, dim), from, n, dest).map((s) => withSpan(g, dim, s));
}

export function containsCell(g: GridRange, row: number, col: number): boolean {
  const rowIn = g.wholeColumns || (row >= g.row && (g.toLastRow || row < g.row + g.numRows));
  const colIn = g.wholeRows || (col >= g.col && (g.toLastColumn || col < g.col + g.numCols));
  return rowIn && colIn;
}
