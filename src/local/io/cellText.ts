// What a cell makes of typed text, as Sheets reads input in the spreadsheet's locale: shared
// by the CSV and XLSX readers, the preview's cell editor and Range.setValues. Numbers may
// carry a currency sign, thousands marks, a percent sign or parentheses for a negative
// ("$42,820", "€ 1.234,50", "12%", "(1,200)"); the number format they imply is kept, as
// Sheets keeps it on the cell. Dates are UTC midnights: the add-on's manifest pins the
// script time zone to Etc/UTC, and exceljs reads and writes dates as UTC too.

import { parseDate, parseNumber } from 'numfmt';
import type { CellValue } from '../types';
import { CONVENTIONS, type Convention, serialToUtcDate } from './numberFormat';

/** A cell's value and the number format its text implied (null: automatic). */
export interface CellInput {
  value: CellValue;
  format: string | null;
}

const PLAIN: Record<Convention, RegExp> = {
  en: /^[+-]?(?:\d+\.?\d*|\.\d+)$/,
  nl: /^[+-]?\d+(?:,\d*)?$/,
};
const CURRENCY = /[$€£¥]/;
const NUMERIC_DATE = /^\d{1,4}([-/.])\d{1,2}\1\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** Dates that show as the grid shows any date: no format worth keeping. */
const DEFAULT_DATE_FORMATS = new Set(['yyyy-mm-dd']);

/**
 * The typed value of cell text: "" stays blank, "=..." stays a formula (a string), a leading
 * apostrophe keeps the rest as text (as in Sheets, '0612 stays "0612"), TRUE/FALSE,
 * numbers and numeric dates are typed, everything else is kept as text.
 */
export function parseCellInput(text: string, convention: Convention = 'en'): CellInput {
  const trimmed = text.trim();
  if (trimmed === '') return { value: '', format: null };
  if (trimmed.startsWith('=')) return { value: trimmed, format: null };
  if (text.startsWith("'")) return { value: text.slice(1), format: null };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE') return { value: true, format: null };
  if (upper === 'FALSE') return { value: false, format: null };
  return (
    parseNumberText(trimmed, convention) ??
    parseDateText(trimmed, convention) ?? { value: text, format: null }
  );
}

/** The value alone: parseCellInput without the format. */
export function parseCellText(text: string, convention: Convention = 'en'): CellValue {
  return parseCellInput(text, convention).value;
}

/** A number in the convention's marks, with the format its signs imply; null if not one. */
export function parseNumberText(text: string, convention: Convention): CellInput | null {
  if (PLAIN[convention].test(text)) {
    const n = Number(convention === 'nl' ? text.replace(',', '.') : text);
    return Number.isFinite(n) ? { value: n, format: null } : null;
  }
  if (!/\d/.test(text) || !groupsAreWhole(text, convention)) return null;
  const parsed = parseNumber(text, { locale: CONVENTIONS[convention].tag });
  if (!parsed || typeof parsed.v !== 'number' || !Number.isFinite(parsed.v)) return null;
  return { value: parsed.v + 0, format: numberFormatOf(text, parsed.z ?? null) };
}

/**
 * Thousands marks only between whole groups of three ("1,234,567"), so "1,23" or "1.2.3"
 * stays text rather than becoming 123: a mark in the wrong place is not a number.
 */
function groupsAreWhole(text: string, convention: Convention): boolean {
  const { group, decimal } = CONVENTIONS[convention];
  const core = text.replace(/[^\d.,]/g, '');
  if (!core.includes(group)) return true;
  const g = `\\${group}`;
  const d = `\\${decimal}`;
  return new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d*)?$`).test(core);
}

/**
 * numfmt's implied format, made as Sheets writes currency patterns: the symbol quoted (with
 * the space the text had) and negatives in parentheses kept as a second section.
 */
function numberFormatOf(text: string, implied: string | null): string | null {
  let format = implied;
  const symbol = CURRENCY.exec(text)?.[0];
  if (format && symbol && format.includes(symbol)) {
    const spaced = new RegExp(`\\${symbol}\\s+[\\d(.,-]|\\d\\s+\\${symbol}`).test(text);
    const number = format.replace(symbol, '');
    format = format.startsWith(symbol)
      ? `"${symbol}${spaced ? ' ' : ''}"${number}`
      : `${number}"${spaced ? ' ' : ''}${symbol}"`;
  }
  if (/^\(.*\)$/.test(text)) {
    const positive = format ?? '0';
    format = `${positive};(${positive})`;
  }
  return format;
}

/** A numeric date (day-first in nl, month-first in en; ISO in both); null if not one. */
export function parseDateText(text: string, convention: Convention): CellInput | null {
  // Numeric dates only: numfmt also reads "1-2" as a date in the current year, which would
  // turn scores and ranges into dates that change with the calendar.
  if (!NUMERIC_DATE.test(text)) return null;
  const parsed = parseDate(text, { locale: CONVENTIONS[convention].tag });
  if (!parsed || typeof parsed.v !== 'number') return null;
  const format = parsed.z && !DEFAULT_DATE_FORMATS.has(parsed.z) ? parsed.z : null;
  return { value: serialToUtcDate(parsed.v), format };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Text for a cell value that parseCellInput reads back as the same value (en, no format). */
export function formatCellText(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const mi = value.getUTCMinutes();
    const s = value.getUTCSeconds();
    if (h === 0 && mi === 0 && s === 0) return day;
    return `${day} ${pad(h)}:${pad(mi)}${s ? `:${pad(s)}` : ''}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
