// Conversions between HyperFormula's values and Apps Script's cell values, and the text a
// cell shows. Internal interpreter values (what a FunctionPlugin sees) are typed `unknown`
// here on purpose: HyperFormula does not export their classes (DateNumber, ...), so they
// are recognised by shape.

import {
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  SimpleRangeValue,
} from 'hyperformula';
import type { Convention } from '../io/numberFormat';
import type { CellValue } from '../types';
import { formatDate, formatTime, serialToDate } from './dates';

/** Number subtypes HyperFormula tracks per value (CellValueDetailedType's number members). */
export type NumberKind =
  | 'NUMBER_RAW'
  | 'NUMBER_DATE'
  | 'NUMBER_TIME'
  | 'NUMBER_DATETIME'
  | 'NUMBER_CURRENCY'
  | 'NUMBER_PERCENT';

/** A HyperFormula "rich number": a number carrying a date/time/percent subtype. */
interface RichNumberLike {
  val: number;
  getDetailedType(): string;
}

export function isRichNumber(v: unknown): v is RichNumberLike {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as RichNumberLike).val === 'number' &&
    typeof (v as RichNumberLike).getDetailedType === 'function'
  );
}

export function isDateKind(kind: string): boolean {
  return kind === 'NUMBER_DATE' || kind === 'NUMBER_DATETIME' || kind === 'NUMBER_TIME';
}

/**
 * The error text Sheets shows. HyperFormula has a few codes Sheets lacks: a blocked spill
 * and a circular reference are "#REF!" in Sheets, and a license stop is a plain "#ERROR!".
 */
export function errorCode(type: ErrorType | string): string {
  switch (type) {
    case ErrorType.DIV_BY_ZERO:
      return '#DIV/0!';
    case ErrorType.NAME:
      return '#NAME?';
    case ErrorType.VALUE:
      return '#VALUE!';
    case ErrorType.NUM:
      return '#NUM!';
    case ErrorType.NA:
      return '#N/A';
    case ErrorType.CYCLE:
    case ErrorType.REF:
    case ErrorType.SPILL:
      return '#REF!';
    default:
      return '#ERROR!';
  }
}

/** A tooltip message like Sheets gives, when HyperFormula's own one says too little. */
export function errorMessage(type: ErrorType | string, message: string | undefined): string {
  if (type === ErrorType.SPILL) {
    return 'Array result was not expanded because it would overwrite data.';
  }
  if (type === ErrorType.CYCLE) return 'Circular dependency detected.';
  return message ?? '';
}

/** A number of a date kind as the Date it shows. */
export function numberToCell(val: number, kind: string): CellValue {
  return isDateKind(kind) ? serialToDate(val) : val;
}

/**
 * One internal scalar to an Apps Script value. Errors become their code string (this is what
 * a custom function sees for an error cell inside a range, and what getValues returns).
 */
export function internalScalarToCell(v: unknown): CellValue {
  if (v === EmptyValue || v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isRichNumber(v)) return numberToCell(v.val, v.getDetailedType());
  if (v instanceof CellError) return errorCode(v.type);
  return String(v);
}

/** Internal value (scalar or range) to a scalar or a 2-D array of Apps Script values. */
export function internalToCell(v: unknown): CellValue | CellValue[][] {
  if (v instanceof SimpleRangeValue) {
    return v.data.map((row) => row.map(internalScalarToCell));
  }
  return internalScalarToCell(v);
}

/** An exported HyperFormula value (getCellValue & co.) plus its detailed type, as Apps Script. */
export function exportedToCell(v: unknown, kind: string): CellValue {
  if (v === null || v === undefined) return '';
  if (v instanceof DetailedCellError) return errorCode(v.type);
  if (typeof v === 'number') return numberToCell(v, kind);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** A number without binary float noise: 0.1+0.2 shows "0.3", as Sheets' automatic format does. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : n < 0 ? '-Infinity' : 'NaN';
  const clean = Number(n.toPrecision(15));
  return String(Object.is(clean, -0) ? 0 : clean);
}

/** The text a cell shows for a value of the given kind (automatic format). */
export function displayText(value: CellValue, kind: string, convention: Convention = 'en'): string {
  if (value instanceof Date) {
    return kind === 'NUMBER_TIME' ? formatTime(value) : formatDate(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const text = kind === 'NUMBER_PERCENT' ? `${formatNumber(value * 100)}%` : formatNumber(value);
    return convention === 'nl' ? text.replace('.', ',') : text;
  }
  return value;
}
