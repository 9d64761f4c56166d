// Sheets functions HyperFormula 3.5 lacks that the add-on may put in cells, and the clock.
// - SPARKLINE(data, [options]): in Sheets a sparkline cell has no value (getValues gives "");
//   the drawing data is read separately by Workbook.getSparkline.
// - INDIRECT(ref_text, [is_a1]): A1 text references, optionally 'Sheet name'!-qualified.
//   It is volatile (re-evaluated on every change) because the cells it reads are not known
//   to the dependency graph; see EngineContext.volatileRead for the ordering caveat.
// - NOW() and TODAY() read the workbook's clock (the runtime's, which the preview advances)
//   in the spreadsheet's time zone, where HyperFormula's own read this machine's.
// - RANDARRAY([rows], [columns]): random numbers in [0, 1), volatile like RAND().
// - KG_OPEN_RANGE(start, columns): an open-ended "B2:B" (see openRanges.ts), from the start
//   cell to the last row of the sheet's grid.

import {
  ArraySize,
  CellError,
  CellValueDetailedType,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  type SimpleCellAddress,
  SimpleRangeValue,
} from 'hyperformula';
import { serialAt } from './dates';
import { type EngineContext, fitToReservedArea } from './engineContext';
import { readCells, sheetGrid } from './gridRead';
import type { InterpreterState, InterpreterValue, ProcedureAst } from './hfInternals';
import { OPEN_RANGE_FUNCTION } from './openRanges';

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

interface OpenStart {
  type: string;
  reference: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
}
interface OpenColumns {
  type: string;
  start: { toSimpleColumnAddress(base: SimpleCellAddress): { col: number } };
  end: { toSimpleColumnAddress(base: SimpleCellAddress): { col: number } };
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
      [OPEN_RANGE_FUNCTION]: {
        method: 'openRange',
        sizeOfResultArrayMethod: 'openRangeSize',
        vectorizationForbidden: true,
      },
      NOW: { method: 'now', parameters: [], isVolatile: true },
      TODAY: { method: 'today', parameters: [], isVolatile: true },
      RANDARRAY: {
        method: 'randarray',
        sizeOfResultArrayMethod: 'randarraySize',
        parameters: [
          { argumentType: FunctionArgumentType.INTEGER, defaultValue: 1, minValue: 1 },
          { argumentType: FunctionArgumentType.INTEGER, defaultValue: 1, minValue: 1 },
        ],
        isVolatile: true,
        vectorizationForbidden: true,
      },
    };

    now(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      return this.runFunction(ast.args, state, this.metadata('NOW'), () =>
        this.returnNumberWrapper(
          serialAt(ctx.clock.now(), ctx.clock.timeZone),
          CellValueDetailedType.NUMBER_DATETIME,
        ),
      );
    }

    today(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
        this.returnNumberWrapper(
          Math.floor(serialAt(ctx.clock.now(), ctx.clock.timeZone)),
          CellValueDetailedType.NUMBER_DATE,
        ),
      );
    }

    randarray(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      return this.runFunction(ast.args, state, this.metadata('RANDARRAY'), (rows, cols) => {
        const data = Array.from({ length: Number(rows) }, () =>
          Array.from({ length: Number(cols) }, () => Math.random()),
        );
        const value =
          data.length === 1 && data[0].length === 1
            ? data[0][0]
            : SimpleRangeValue.onlyNumbers(data);
        return fitToReservedArea(this.dependencyGraph, ctx, ast, state, value);
      });
    }

    randarraySize(ast: ProcedureAst, state: InterpreterState): ArraySize {
      const literal = (i: number): number => {
        const arg = ast.args[i] as { type?: string; value?: unknown } | undefined;
        return arg?.type === 'NUMBER' && typeof arg.value === 'number' ? arg.value : 1;
      };
      if (state.formulaAddress === undefined) return ArraySize.scalar();
      return new ArraySize(Math.max(1, literal(1)), Math.max(1, literal(0)));
    }

    sparkline(): InterpreterValue {
      return EmptyValue;
    }

    indirect(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      ctx.volatileRead = true;
      const target = this.target(ast, state);
      if (target instanceof CellError) return target;
      const value = readCells(
        this.dependencyGraph,
        target.sheet,
        target.row,
        target.col,
        target.numRows,
        target.numCols,
      );
      return fitToReservedArea(this.dependencyGraph, ctx, ast, state, value);
    }

    openRange(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      const block = this.openBlock(ast, state);
      if (block instanceof CellError) return block;
      const { sheet, row, col, height, width } = block;
      const value = readCells(this.dependencyGraph, sheet, row, col, height, width);
      return fitToReservedArea(this.dependencyGraph, ctx, ast, state, value);
    }

    openRangeSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
      const block = this.openBlock(ast, state);
      return block instanceof CellError
        ? ArraySize.scalar()
        : new ArraySize(block.width, block.height);
    }

    /** The cells of KG_OPEN_RANGE(start, columns): start row to the grid's last row. */
    private openBlock(ast: ProcedureAst, state: InterpreterState) {
      const [start, columns] = ast.args as unknown as [OpenStart, OpenColumns];
      if (start?.type !== 'CELL_REFERENCE' || columns?.type !== 'COLUMN_RANGE') {
        return new CellError(ErrorType.REF, 'An open range needs a start cell and its columns.');
      }
      const at = start.reference.toSimpleCellAddress(state.formulaAddress);
      const first = columns.start.toSimpleColumnAddress(state.formulaAddress).col;
      const last = columns.end.toSimpleColumnAddress(state.formulaAddress).col;
      const grid = sheetGrid(ctx, this.dependencyGraph, at.sheet);
      const height = grid.rows - at.row;
      if (height < 1) return new CellError(ErrorType.REF, 'The range starts below the last row.');
      return { sheet: at.sheet, row: at.row, col: first, height, width: last - first + 1 };
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
