// Evaluating formulas that are not in any cell: conditional-format custom formulas applied
// to each cell of a range, and a SPARKLINE's data for drawing; and what Sheets allows in a
// conditional-format formula.

import { type HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { CellValue } from '../types';
import { evaluateAt, isProcedure, type ParsedFormula, parseFormula } from './hfInternals';
import { toEngineFormula } from './openRanges';
import { internalScalarToCell, isRichNumber } from './values';

const MAX_CACHED_VALUES = 200_000;

/**
 * evaluateShifted is called once per visible cell, so each formula text is parsed once per
 * sheet (the AST keeps references relative to A1) and each (cell, formula) value is kept
 * until the next edit.
 */
export class ShiftedEvaluator {
  private readonly parsed = new Map<string, ParsedFormula | null>();
  private readonly values = new Map<string, CellValue>();

  constructor(private readonly hf: HyperFormula) {}

  /** After any edit: values may differ. */
  invalidateValues(): void {
    this.values.clear();
  }

  /** After sheets are added, removed or renamed: sheet names in texts may resolve differently. */
  invalidateAll(): void {
    this.parsed.clear();
    this.values.clear();
  }

  /**
   * `formula` as written for the cell `anchor` (0-based; a conditional format's top-left cell)
   * and copied dRows down and dCols right: relative references shift, and ROW()/COLUMN()
   * answer the cell it is evaluated at, as in Sheets.
   */
  evaluate(
    sheetId: number,
    formula: string,
    dRows: number,
    dCols: number,
    anchor: { row: number; col: number } = { row: 0, col: 0 },
  ): CellValue {
    const row = anchor.row + dRows;
    const col = anchor.col + dCols;
    const valueKey = `${sheetId}:${row}:${col}:${anchor.row}:${anchor.col}:${formula}`;
    const known = this.values.get(valueKey);
    if (known !== undefined) return known;
    const parseKey = `${sheetId}:${anchor.row}:${anchor.col}:${formula}`;
    let parsed = this.parsed.get(parseKey);
    if (parsed === undefined) {
      parsed = parseFormula(this.hf, toEngineFormula(formula), { sheet: sheetId, ...anchor });
      this.parsed.set(parseKey, parsed);
    }
    let value: CellValue;
    if (parsed === null) {
      value = '#ERROR!';
    } else {
      const address = { sheet: sheetId, row, col };
      const raw = evaluateAt(this.hf, parsed.ast, address, parsed.dependencies);
      // A range result (e.g. =A1:B2) counts as its top-left value, like a scalar context.
      value = internalScalarToCell(raw instanceof SimpleRangeValue ? raw.data[0]?.[0] : raw);
    }
    if (this.values.size >= MAX_CACHED_VALUES) this.values.clear();
    this.values.set(valueKey, value);
    return value;
  }
}

/**
 * Why Sheets would never apply a conditional-format formula on `sheetId`, or null if it would.
 * https://support.google.com/docs/answer/78413: "Formulas can only reference the same sheet,
 * using standard notation "(='sheetname'!cell)." To reference another sheet in the formula,
 * use the INDIRECT function." Nor do they run custom functions (the README's Limits; Google's
 * pages do not say so in words).
 */
export function conditionalFormulaProblem(
  hf: HyperFormula,
  sheetId: number,
  formula: string,
  customNames: ReadonlySet<string>,
): string | null {
  const parsed = parseFormula(hf, toEngineFormula(formula), { sheet: sheetId, row: 0, col: 0 });
  if (!parsed) return 'it is not a valid formula';
  let problem: string | null = null;
  const visit = (node: unknown): void => {
    if (problem !== null || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as { procedureName?: unknown; reference?: unknown; start?: unknown };
    if (typeof n.procedureName === 'string' && customNames.has(n.procedureName)) {
      problem = `it calls the custom function ${n.procedureName}`;
      return;
    }
    for (const ref of [n.reference, n.start]) {
      const sheet = (ref as { sheet?: unknown } | undefined)?.sheet;
      if (typeof sheet === 'number' && sheet !== sheetId) {
        const name = hf.getSheetName(sheet) ?? 'another sheet';
        problem = `it refers to the sheet '${name}' (another sheet only through INDIRECT)`;
        return;
      }
    }
    for (const child of Object.values(node)) if (typeof child === 'object') visit(child);
  };
  visit(parsed.ast);
  return problem;
}

/** The numbers a SPARKLINE cell would draw, or null when the cell holds no SPARKLINE. */
export function sparklineData(
  hf: HyperFormula,
  sheetId: number,
  row: number,
  col: number,
): number[] | null {
  const address = { sheet: sheetId, row, col };
  const formula = hf.getCellFormula(address);
  if (formula === undefined || !/^=\s*SPARKLINE\s*\(/i.test(formula)) return null;
  const parsed = parseFormula(hf, formula, address);
  if (!parsed || !isProcedure(parsed.ast, 'SPARKLINE') || parsed.ast.args.length === 0) {
    return null;
  }
  const data = evaluateAt(hf, parsed.ast.args[0], address, parsed.dependencies);
  const cells = data instanceof SimpleRangeValue ? data.data.flat() : [data];
  const out: number[] = [];
  for (const v of cells) {
    if (typeof v === 'number') out.push(v);
    else if (isRichNumber(v)) out.push(v.val);
  }
  return out;
}
