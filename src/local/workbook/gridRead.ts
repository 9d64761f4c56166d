// Reading a block of cells from inside a function plugin, bounded by the sheet's grid. Sheets'
// grid is finite (a new sheet has 1000 rows), so "B:B" or "B2:B" is as tall as the grid;
// HyperFormula's own column ranges reach its configured maximum of a million rows, which a
// custom function must never receive.

import { EmptyValue, type SimpleCellAddress, SimpleRangeValue } from 'hyperformula';
import { type EngineContext, type GridSize, gridSize } from './engineContext';
import type { InterpreterValue } from './hfInternals';

export interface CellReader {
  getScalarValue(address: SimpleCellAddress): unknown;
  getSheetHeight(sheet: number): number;
  getSheetWidth(sheet: number): number;
}

export function sheetGrid(ctx: EngineContext, graph: CellReader, sheet: number): GridSize {
  return gridSize(ctx, sheet, {
    rows: graph.getSheetHeight(sheet),
    cols: graph.getSheetWidth(sheet),
  });
}

function readCell(graph: CellReader, address: SimpleCellAddress) {
  try {
    return graph.getScalarValue(address) as InterpreterValue;
  } catch {
    // A formula not computed yet in this pass; the Workbook's extra pass fills it in.
    return EmptyValue;
  }
}

/** The values of a block as one scalar (1 x 1) or a range value. */
export function readCells(
  graph: CellReader,
  sheet: number,
  row: number,
  col: number,
  height: number,
  width: number,
): InterpreterValue {
  const data = [];
  for (let r = 0; r < height; r++) {
    const line = [];
    for (let c = 0; c < width; c++)
      line.push(readCell(graph, { sheet, row: row + r, col: col + c }));
    data.push(line);
  }
  if (data.length === 1 && data[0].length === 1) return data[0][0];
  return SimpleRangeValue.onlyValues(data as never);
}

/**
 * A range value as the sheet's grid bounds it. HyperFormula sizes whole columns and rows
 * ("B:B", "2:2", named ranges of them) by the cells in use; Sheets by the grid, so a custom
 * function given B:B on a new sheet receives 1000 rows, blank ones as "".
 */
export function fitToGrid(
  ctx: EngineContext,
  graph: CellReader,
  value: InterpreterValue,
): InterpreterValue {
  if (!(value instanceof SimpleRangeValue) || !value.range) return value;
  const { start, end } = value.range;
  const grid = sheetGrid(ctx, graph, start.sheet);
  const height = end.row === Number.POSITIVE_INFINITY ? grid.rows - start.row : value.height();
  const width = end.col === Number.POSITIVE_INFINITY ? grid.cols - start.col : value.width();
  if (height === value.height() && width === value.width()) return value;
  if (height < 1 || width < 1) return SimpleRangeValue.onlyValues([[EmptyValue]]);
  return readCells(graph, start.sheet, start.row, start.col, height, width);
}
