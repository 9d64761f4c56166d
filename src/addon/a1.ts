// A1 text for the formulas KPI Guard writes into cells: sheet names quoted as Sheets quotes
// them, open-ended column ranges ("'Sheet'!C2:C", which follow rows added later) and string
// literals. Pure.
import { columnLetter } from './columnLetter';

/** 'Sheet name'! with any quote doubled; always quoted, which Sheets accepts for every name. */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/** One column from `fromRow` to the sheet's last row, however many rows it gains. */
export function openColumn(sheetName: string, position: number, fromRow: number): string {
  const letter = columnLetter(position);
  return `${sheetPrefix(sheetName)}${letter}${fromRow}:${letter}`;
}

/** One cell, absolute: 'Sheet'!$C$1. */
export function absoluteCell(sheetName: string, position: number, row: number): string {
  return `${sheetPrefix(sheetName)}$${columnLetter(position)}$${row}`;
}

/** A formula string literal: "say ""hi""". */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Text for setValues that stays text: Sheets reads a written string as typed input ("2024"
 * becomes a number, "=x" a formula) unless it starts with an apostrophe, which the cell drops.
 */
export function textCell(text: string): string {
  return `'${text}`;
}
