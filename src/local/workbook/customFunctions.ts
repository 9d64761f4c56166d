// The add-on's custom functions as a HyperFormula plugin, with Apps Script's calling
// conventions: a single cell or scalar arrives as its value, a multi-cell range or array
// literal as a 2-D array ("" for blanks), Dates for date cells; the result is a scalar or a
// 2-D array that spills; a throw shows as #ERROR! with the thrown message.

import {
  ArraySize,
  CellError,
  CellValueDetailedType,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';
import { dateToSerial, hasTime, isValidDate } from './dates';
import {
  addressKey,
  type EngineContext,
  fitToReservedArea,
  type HostOutcome,
} from './engineContext';
import { fitToGrid } from './gridRead';
import {
  graphOf,
  type InterpreterState,
  type InterpreterValue,
  type ProcedureAst,
} from './hfInternals';
import { internalScalarToCell, internalToCell } from './values';
import { dependsOnVolatile, VOLATILE_ARGUMENT_MESSAGE, volatileTaint } from './volatileArguments';

/** Deep equality over converted arguments (primitives, Dates, nested arrays). */
export function sameArgs(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameArgs(a[i], b[i])) return false;
    return true;
  }
  return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
}

/** Host results are rows of values; a 1-D array is taken as a column, as Sheets shows it. */
function toRows(value: unknown[]): unknown[][] {
  const rows = value.map((row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length === width ? r : [...r, ...Array(width - r.length).fill('')]));
}

export function makeCustomFunctionPlugin(
  names: readonly string[],
  ctx: EngineContext,
): FunctionPluginDefinition {
  const implemented: ImplementedFunctions = {};
  for (const name of names) {
    implemented[name.toUpperCase()] = {
      method: 'callCustom',
      sizeOfResultArrayMethod: 'customSize',
      vectorizationForbidden: true,
    };
  }

  class CustomFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;

    callCustom(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      // The graph is stable while formulas evaluate, so the taint is worked out once.
      if (this.volatileArguments(ast, state, true)) {
        return new CellError(ErrorType.ERROR, VOLATILE_ARGUMENT_MESSAGE);
      }
      const args = this.convertArgs(ast, state);
      if (args instanceof CellError) return args;
      const key = `${addressKey(state.formulaAddress)}:${ast.procedureName}`;
      const cached = ctx.pending.get(key);
      ctx.pending.delete(key);
      const outcome =
        cached && sameArgs(cached.args, args)
          ? cached.outcome
          : ctx.callHost(ast.procedureName, args);
      const value = this.outcomeToInternal(outcome);
      return fitToReservedArea(this.dependencyGraph, ctx, ast, state, value);
    }

    /**
     * HyperFormula reserves a spill area when the formula is entered, before evaluating it;
     * the only way to know a custom function's shape is to run it, so this evaluates the
     * arguments (whatever is computed so far) and calls the host, keeping the result for the
     * evaluation that follows. Anything that fails here is sized as one cell; the Workbook
     * re-enters the formula once the real shape is known.
     */
    customSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
      let args: unknown[] | CellError;
      try {
        // Sized while the graph is still being built: the taint is worked out afresh.
        if (this.volatileArguments(ast, state, false)) return ArraySize.scalar();
        args = this.convertArgs(ast, state);
      } catch {
        return ArraySize.scalar();
      }
      if (args instanceof CellError) return ArraySize.scalar();
      const outcome = ctx.callHost(ast.procedureName, args);
      ctx.pending.set(`${addressKey(state.formulaAddress)}:${ast.procedureName}`, {
        args,
        outcome,
      });
      if (!outcome.ok || !Array.isArray(outcome.value) || outcome.value.length === 0) {
        return ArraySize.scalar();
      }
      const rows = toRows(outcome.value);
      return new ArraySize(Math.max(1, rows[0].length), rows.length);
    }

    /** Sheets refuses a custom function whose arguments depend on NOW(), RAND(), ... */
    private volatileArguments(ast: ProcedureAst, state: InterpreterState, memo: boolean): boolean {
      const graph = graphOf(this.dependencyGraph);
      const taint = () => {
        if (!memo) return volatileTaint(graph);
        ctx.taint ??= volatileTaint(graph);
        return ctx.taint;
      };
      return ast.args.some((arg) => dependsOnVolatile(arg, state.formulaAddress, graph, taint));
    }

    private convertArgs(ast: ProcedureAst, state: InterpreterState): unknown[] | CellError {
      const out: unknown[] = [];
      for (const arg of ast.args) {
        if ((arg as { type: string }).type === 'EMPTY') {
          out.push('');
          continue;
        }
        const v = fitToGrid(ctx, this.dependencyGraph, this.evaluateAst(arg, state));
        if (v instanceof CellError) return v;
        if (v instanceof SimpleRangeValue && v.height() === 1 && v.width() === 1) {
          const only = v.data[0][0];
          if (only instanceof CellError) return only;
          out.push(internalScalarToCell(only));
        } else {
          out.push(internalToCell(v));
        }
      }
      return out;
    }

    private outcomeToInternal(outcome: HostOutcome): InterpreterValue {
      if (!outcome.ok) return new CellError(ErrorType.ERROR, outcome.message);
      const value = outcome.value;
      if (!Array.isArray(value)) return this.scalarToInternal(value);
      if (value.length === 0) {
        return new CellError(ErrorType.NA, 'The function returned an empty array.');
      }
      const rows = toRows(value);
      if (rows[0].length === 0) {
        return new CellError(ErrorType.NA, 'The function returned an empty array.');
      }
      const data = rows.map((row) => row.map((cell) => this.scalarToInternal(cell)));
      if (data.length === 1 && data[0].length === 1) return data[0][0];
      return SimpleRangeValue.onlyValues(data);
    }

    private scalarToInternal(v: unknown) {
      if (v === null || v === undefined || v === '') return EmptyValue;
      if (typeof v === 'string' || typeof v === 'boolean') return v;
      if (typeof v === 'number') {
        return Number.isFinite(v)
          ? v
          : new CellError(ErrorType.NUM, 'Result is not a finite number.');
      }
      if (isValidDate(v)) {
        const type = hasTime(v)
          ? CellValueDetailedType.NUMBER_DATETIME
          : CellValueDetailedType.NUMBER_DATE;
        return this.returnNumberWrapper(dateToSerial(v), type);
      }
      if (v instanceof Error) return new CellError(ErrorType.ERROR, v.message);
      return String(v);
    }
  }

  return CustomFunctionsPlugin;
}
