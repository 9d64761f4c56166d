// Sheets functions HyperFormula 3.5 lacks that the add-on may put in cells.
// - SPARKLINE(data, [options]): in Sheets a sparkline cell has no value (getValues gives "");
//   the drawing data is read separately by Workbook.getSparkline.
// - INDIRECT(ref_text, [is_a1]): A1 text references, optionally 'Sheet name'!-qualified.
//   It is volatile (re-evaluated on every change) because the cells it reads are not known
//   to the dependency graph; see EngineContext.volatileRead for the ordering caveat.

import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  type SimpleCellAddress,
  SimpleRangeValue,
} from 'hyperformula';
import { type EngineContext, fitToReservedArea } from './engineContext';
import type { InterpreterState, InterpreterValue, ProcedureAst } from './hfInternals';

export interface A1Range {
  sheetName: string | null;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

const A1_REF =
  /^\s*(?:(?:'((?:[^']|'')+)'|([^'!:\s]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?\s*$/;

/** "C" -> 2 (0-based). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "A1", "$B$2:C9", "Data!A1", "'My Sheet'!A1:B5"; null if it is none of these. */
export function parseA1Range(text: string): A1Range | null {
  const m = A1_REF.exec(text);
  if (!m) return null;
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const r1 = Number(m[4]) - 1;
  const c1 = columnIndex(m[3]);
  const r2 = m[6] !== undefined ? Number(m[6]) - 1 : r1;
  const c2 = m[5] !== undefined ? columnIndex(m[5]) : c1;
  if (r1 < 0 || r2 < 0) return null;
  return {
    sheetName,
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numCols: Math.abs(c2 - c1) + 1,
  };
}

export function makeExtraFunctionsPlugin(ctx: EngineContext): FunctionPluginDefinition {
  class ExtraFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions = {
      SPARKLINE: { method: 'sparkline', vectorizationForbidden: true },
      INDIRECT: {
        method: 'indirect',
        sizeOfResultArrayMethod: 'indirectSize',
        isVolatile: true,
        vectorizationForbidden: true,
      },
    };

    sparkline(): InterpreterValue {
      return EmptyValue;
    }

    indirect(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      ctx.volatileRead = true;
      const target = this.target(ast, state);
      if (target instanceof CellError) return target;
      const data = [];
      for (let r = 0; r < target.numRows; r++) {
        const row = [];
        for (let c = 0; c < target.numCols; c++) {
          row.push(
            this.readCell({ sheet: target.sheet, row: target.row + r, col: target.col + c }),
          );
        }
        data.push(row);
      }
      const value =
        data.length === 1 && data[0].length === 1 ? data[0][0] : SimpleRangeValue.onlyValues(data);
      return fitToReservedArea(this.dependencyGraph, ctx, ast, state, value);
    }

    indirectSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
      try {
        const target = this.target(ast, state);
        if (target instanceof CellError) return ArraySize.scalar();
        return new ArraySize(target.numCols, target.numRows);
      } catch {
        return ArraySize.scalar();
      }
    }

    private readCell(address: SimpleCellAddress) {
      try {
        return this.dependencyGraph.getScalarValue(address);
      } catch {
        // A formula not computed yet in this pass; the Workbook's extra pass fills it in.
        return EmptyValue;
      }
    }

    private target(
      ast: ProcedureAst,
      state: InterpreterState,
    ): (A1Range & { sheet: number }) | CellError {
      if (ast.args.length < 1 || ast.args.length > 2) {
        return new CellError(ErrorType.NA, 'Wrong number of arguments.');
      }
      if (ast.args.length === 2) {
        const a1 = this.evaluateAst(ast.args[1], state);
        if (a1 === false || a1 === 0) {
          return new CellError(ErrorType.REF, 'R1C1 references are not supported here.');
        }
      }
      let text = this.evaluateAst(ast.args[0], state);
      if (text instanceof SimpleRangeValue) text = text.data[0][0];
      if (text instanceof CellError) return text;
      if (typeof text !== 'string') {
        return new CellError(ErrorType.REF, 'INDIRECT needs a reference as text.');
      }
      const range = parseA1Range(text);
      if (!range) return new CellError(ErrorType.REF, `Invalid cell reference: ${text}`);
      const sheet =
        range.sheetName === null
          ? state.formulaAddress.sheet
          : this.dependencyGraph.sheetMapping.getSheetId(range.sheetName);
      if (sheet === undefined) {
        return new CellError(ErrorType.REF, `Unresolved sheet name '${range.sheetName}'.`);
      }
      return { ...range, sheet };
    }
  }
  return ExtraFunctionsPlugin;
}
