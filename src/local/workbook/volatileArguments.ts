// Sheets refuses a custom function whose arguments depend on a volatile function, directly or
// through referenced cells: https://developers.google.com/apps-script/guides/sheets/functions#arguments
// "Custom function arguments must be deterministic. That is, built-in spreadsheet functions
// that return a different result each time they calculate — such as NOW() or RAND() — are not
// allowed as arguments to a custom function. If a custom function tries to return a value based
// on one of these volatile built-in functions, it displays Loading... indefinitely."
// A cell that never finishes loading is not something a test can wait for, so the emulator
// answers at once with the error Sheets shows for the same formula (not in Google's docs;
// reported by users, and it names the functions it means: TODAY() is not among them).

import type { SimpleCellAddress } from 'hyperformula';
import {
  type Ast,
  type CellArea,
  callsAny,
  type DependencyGraphShape,
  verticesDependingOn,
} from './hfInternals';

export const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  'NOW',
  'RAND',
  'RANDARRAY',
  'RANDBETWEEN',
]);

export const VOLATILE_ARGUMENT_MESSAGE =
  'This function is not allowed to reference a cell with NOW(), RAND(), RANDARRAY(), or RANDBETWEEN().';

/** The cells whose value depends on a volatile function, computed once per recalculation. */
export interface VolatileTaint {
  vertices: Set<unknown>;
  areas: CellArea[];
}

export function volatileTaint(graph: DependencyGraphShape): VolatileTaint {
  return verticesDependingOn(graph, VOLATILE_FUNCTIONS);
}

interface Box {
  sheet: number;
  rows: [number, number];
  cols: [number, number];
}

interface CellAddressLike {
  toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress;
}
interface ColumnAddressLike {
  toSimpleColumnAddress(base: SimpleCellAddress): { sheet: number; col: number };
}
interface RowAddressLike {
  toSimpleRowAddress(base: SimpleCellAddress): { sheet: number; row: number };
}

type RefNode =
  | { type: 'CELL_REFERENCE'; reference: CellAddressLike }
  | { type: 'CELL_RANGE'; start: CellAddressLike; end: CellAddressLike }
  | { type: 'COLUMN_RANGE'; start: ColumnAddressLike; end: ColumnAddressLike }
  | { type: 'ROW_RANGE'; start: RowAddressLike; end: RowAddressLike };

const span = (a: number, b: number): [number, number] => [Math.min(a, b), Math.max(a, b)];

/** The block of cells a reference node reads, resolved against the formula's address. */
function boxOf(node: RefNode, at: SimpleCellAddress): Box {
  switch (node.type) {
    case 'CELL_REFERENCE': {
      const a = node.reference.toSimpleCellAddress(at);
      return { sheet: a.sheet, rows: [a.row, a.row], cols: [a.col, a.col] };
    }
    case 'CELL_RANGE': {
      const a = node.start.toSimpleCellAddress(at);
      const b = node.end.toSimpleCellAddress(at);
      return { sheet: a.sheet, rows: span(a.row, b.row), cols: span(a.col, b.col) };
    }
    case 'COLUMN_RANGE': {
      const a = node.start.toSimpleColumnAddress(at);
      const b = node.end.toSimpleColumnAddress(at);
      return { sheet: a.sheet, rows: [0, Number.POSITIVE_INFINITY], cols: span(a.col, b.col) };
    }
    case 'ROW_RANGE': {
      const a = node.start.toSimpleRowAddress(at);
      const b = node.end.toSimpleRowAddress(at);
      return { sheet: a.sheet, rows: span(a.row, b.row), cols: [0, Number.POSITIVE_INFINITY] };
    }
  }
}

function overlaps(box: Box, area: CellArea): boolean {
  return (
    box.sheet === area.sheet &&
    box.rows[0] < area.row + area.height &&
    area.row <= box.rows[1] &&
    box.cols[0] < area.col + area.width &&
    area.col <= box.cols[1]
  );
}

const REF_TYPES = new Set(['CELL_REFERENCE', 'CELL_RANGE', 'COLUMN_RANGE', 'ROW_RANGE']);

/**
 * True when an argument expression calls a volatile function or reads a cell whose value
 * depends on one (through any chain of formulas, ranges or named ranges).
 */
export function dependsOnVolatile(
  arg: Ast,
  at: SimpleCellAddress,
  graph: DependencyGraphShape,
  taint: () => VolatileTaint,
): boolean {
  if (callsAny(arg, VOLATILE_FUNCTIONS)) return true;
  const visit = (node: unknown): boolean => {
    if (typeof node !== 'object' || node === null) return false;
    if (Array.isArray(node)) return node.some(visit);
    const type = (node as { type?: unknown }).type;
    if (typeof type === 'string' && REF_TYPES.has(type)) {
      const box = boxOf(node as RefNode, at);
      return taint().areas.some((area) => overlaps(box, area));
    }
    if (type === 'NAMED_EXPRESSION') {
      const name = String((node as { expressionName?: unknown }).expressionName);
      const named = graph.namedExpressions.nearestNamedExpression(name, at.sheet);
      return named !== undefined && taint().vertices.has(graph.getCell(named.address));
    }
    return Object.values(node).some((child) => typeof child === 'object' && visit(child));
  };
  return visit(arg);
}
