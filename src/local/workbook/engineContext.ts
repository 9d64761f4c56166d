// State shared between a Workbook and the function plugins HyperFormula instantiates for it.
// HyperFormula constructs plugins itself (one per engine), so the plugin classes are made
// per Workbook by a factory that closes over one of these.

import { type HyperFormula, type SimpleCellAddress, SimpleRangeValue } from 'hyperformula';
import type { CustomFunctionHost } from '../types';
import { SYSTEM_CLOCK, type WorkbookClock } from './dates';
import type {
  FormulaVertexLike,
  InterpreterState,
  InterpreterValue,
  ProcedureAst,
} from './hfInternals';
import type { VolatileTaint } from './volatileArguments';

/** What a host call produced: a value, or the message it threw. */
export type HostOutcome = { ok: true; value: unknown } | { ok: false; message: string };

export class EngineContext {
  host: CustomFunctionHost | undefined;
  /**
   * Top-level array formulas whose result no longer fits the area HyperFormula reserved
   * (it fixes that area when the formula is entered). The Workbook re-enters them so the
   * area is predicted again from the now-evaluated arguments.
   */
  readonly resizeRequests = new Map<string, SimpleCellAddress>();
  /**
   * Host results computed while predicting an array size, reused by the evaluation that
   * follows at the same address with equal arguments, so the host runs once per evaluation.
   * Cleared after every Workbook operation so nothing stale survives.
   */
  readonly pending = new Map<string, { args: unknown[]; outcome: HostOutcome }>();
  /** INDIRECT read cells it has no dependency edge to; one more pass refreshes them. */
  volatileRead = false;
  /**
   * Which cells depend on NOW(), RAND(), ... (see volatileArguments.ts): worked out when a
   * custom function first needs it during a recalculation, forgotten when the graph changes.
   */
  taint: VolatileTaint | null = null;
  /**
   * Grid sizes that differ from a new sheet's 1000 x 26 (rows and columns inserted or
   * deleted), by sheet id. A grid is never smaller than the cells in use.
   */
  readonly declaredGrid = new Map<number, GridSize>();

  constructor(
    host?: CustomFunctionHost,
    readonly clock: WorkbookClock = SYSTEM_CLOCK,
  ) {
    this.host = host;
  }

  callHost(name: string, args: unknown[]): HostOutcome {
    if (!this.host) return { ok: false, message: `Unknown function: ${name}` };
    try {
      return { ok: true, value: this.host(name, args) };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }
}

export interface GridSize {
  rows: number;
  cols: number;
}

/** Sheets gives a new sheet 1000 rows and 26 columns. */
export const DEFAULT_GRID: GridSize = { rows: 1000, cols: 26 };

/** The grid of a sheet: what was declared for it, grown to the cells in use. */
export function gridSize(ctx: EngineContext, sheet: number, used: GridSize): GridSize {
  const declared = ctx.declaredGrid.get(sheet) ?? DEFAULT_GRID;
  return { rows: Math.max(declared.rows, used.rows), cols: Math.max(declared.cols, used.cols) };
}

export function addressKey(a: SimpleCellAddress): string {
  return `${a.sheet}:${a.row}:${a.col}`;
}

type DependencyGraph = HyperFormula['dependencyGraph'];

function sizeOf(value: InterpreterValue): { height: number; width: number } {
  return value instanceof SimpleRangeValue
    ? { height: value.height(), width: value.width() }
    : { height: 1, width: 1 };
}

/**
 * When `ast` is the whole formula of its cell, makes `value` fit the area HyperFormula
 * reserved for it (it throws on an array larger than that area) and asks for a re-entry
 * when the shapes differ. Nested calls (SUM(F(...))) and evaluateShifted pass through.
 */
export function fitToReservedArea(
  graph: DependencyGraph,
  ctx: EngineContext,
  ast: ProcedureAst,
  state: InterpreterState,
  value: InterpreterValue,
): InterpreterValue {
  // Named expressions evaluate at an address outside any sheet: nothing is reserved there.
  if (state.formulaAddress.sheet < 0) return value;
  const vertex = graph.getCell(state.formulaAddress) as FormulaVertexLike | undefined;
  if (!vertex || vertex.formula !== ast) return value;
  const got = sizeOf(value);
  if (got.height === vertex.height && got.width === vertex.width) return value;
  ctx.resizeRequests.set(addressKey(state.formulaAddress), { ...state.formulaAddress });
  if (!(value instanceof SimpleRangeValue)) return value;
  if (vertex.height === 1 && vertex.width === 1) return value.data[0][0];
  if (got.height <= vertex.height && got.width <= vertex.width) return value;
  const clipped = value.data.slice(0, vertex.height).map((row) => row.slice(0, vertex.width));
  return SimpleRangeValue.onlyValues(clipped);
}
