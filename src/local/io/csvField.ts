// One cell as CSV text that reads back as the same value: the shown text when it does, the
// plain number when the format would round it, and text that would be read as a number
// kept as text with a leading apostrophe (as typing it into Sheets does).

import type { CellValue } from '../types';
import { formatCellText, parseCellInput } from './cellText';
import { CONVENTIONS, type Convention, formatWithPattern } from './numberFormat';

export function csvField(
  value: CellValue | null | undefined,
  format: string | null,
  convention: Convention,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return protectText(value, convention);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (format !== null) {
    const shown = formatWithPattern(value, format, convention);
    if (shown !== null && readsBackAs(shown, value, format, convention)) return shown;
  }
  if (value instanceof Date) return formatCellText(value);
  return plainNumber(value, convention);
}

/** The shortest text that is exactly this number, with the convention's decimal mark. */
export function plainNumber(n: number, convention: Convention): string {
  const text = String(n);
  return convention === 'nl' ? text.replace('.', CONVENTIONS.nl.decimal) : text;
}

function readsBackAs(
  text: string,
  value: number | Date,
  format: string,
  convention: Convention,
): boolean {
  const back = parseCellInput(text, convention);
  const same =
    value instanceof Date
      ? back.value instanceof Date && back.value.getTime() === value.getTime()
      : back.value === value;
  return same && back.format === format;
}

/** Formulas stay formulas; text that a reader would type as something else gets a "'". */
function protectText(text: string, convention: Convention): string {
  if (text.startsWith('=')) return text;
  const back = parseCellInput(text, convention);
  return back.value === text ? text : `'${text}`;
}
