// What a cell makes of typed text, as Sheets reads input in the spreadsheet's locale: shared
// by the CSV and XLSX readers, the preview's cell editor and Range.setValues. Numbers may
// carry a currency sign, thousands marks, a percent sign or parentheses for a negative
// ("$42,820", "€ 1.234,50", "12%", "(1,200)"); the number format they imply is kept, as
// Sheets keeps it on the cell. Dates are UTC midnights: the add-on's manifest pins the
// script time zone to Etc/UTC, and exceljs reads and writes dates as UTC too.

import { parseNumber } from 'numfmt';
import type { CellValue } from '../types';
import { CONVENTIONS, type Convention } from './numberFormat';

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
const NUMERIC_DATE =
  /^(\d{1,4})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** Thousands marks only between whole groups of three, the decimal part after them. */
const GROUPED: Record<Convention, RegExp> = {
  en: /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/,
  nl: /^\d{1,3}(?:\.\d{3})+(?:,\d*)?$/,
};

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
  const common = commonNumberText(text, convention);
  return common === undefined ? numfmtNumberText(text, convention) : common;
}

/** Any number text numfmt reads (exponents, spaced signs, …), held to whole thousands groups. */
export function numfmtNumberText(text: string, convention: Convention): CellInput | null {
  if (!/\d/.test(text) || !groupsAreWhole(text, convention)) return null;
  const parsed = parseNumber(text, { locale: CONVENTIONS[convention].tag });
  if (!parsed || typeof parsed.v !== 'number' || !Number.isFinite(parsed.v)) return null;
  return { value: parsed.v + 0, format: numberFormatOf(text, parsed.z ?? null) };
}

const COMMON: Record<Convention, RegExp> = {
  en: /^(\()?(-)?([$€£¥])?(\s?)(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%)?(\))?$/,
  nl: /^(\()?(-)?([$€£¥])?(\s?)(-)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%)?(\))?$/,
};

/**
 * The everyday shapes ("$42,820", "€ 1.234,50", "12,5%", "(1,200)", "-$5") read without
 * numfmt's general parser, which costs ten times as much on a 50,000-row file; the same
 * value and format as numfmtNumberText (a property test holds them equal). Undefined for
 * any other shape.
 */
export function commonNumberText(text: string, convention: Convention): CellInput | undefined {
  const m = COMMON[convention].exec(text);
  if (!m) return undefined;
  const [, open, minus1, symbol, , minus2, whole, decimals, percent, close] = m;
  if (Boolean(open) !== Boolean(close) || (minus1 && minus2) || (open && (minus1 || minus2))) {
    return undefined;
  }
  if (percent && symbol) return undefined;
  const digits = whole.replace(/[,.]/g, '');
  let value = Number.parseFloat(decimals === undefined ? digits : `${digits}.${decimals}`);
  if (percent) value *= 0.01;
  if (open || minus1 || minus2) value *= -1;
  const grouped = digits.length !== whole.length;
  const fraction = decimals !== undefined;
  let format: string | null = null;
  if (percent) format = fraction ? '0.00%' : '0%';
  else if (symbol || grouped) format = `${symbol ?? ''}${fraction ? '#,##0.00' : '#,##0'}`;
  return { value: value + 0, format: numberFormatOf(text, format) };
}

/**
 * Thousands marks only between whole groups of three ("1,234,567"), so "1,23" or "1.2.3"
 * stays text rather than becoming 123: a mark in the wrong place is not a number.
 */
function groupsAreWhole(text: string, convention: Convention): boolean {
  const core = text.replace(/[^\d.,]/g, '');
  return !core.includes(CONVENTIONS[convention].group) || GROUPED[convention].test(core);
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

/**
 * A numeric date with its year (day-first in nl, month-first in en; year-first in both), an
 * optional time of day, and the format it was written in ("dd-mm-yyyy", "m/d/yyyy"); null
 * if not one. Dates without a year ("1-2") stay text: Sheets would put them in the current
 * year, and a score or a range would turn into a date that changes with the calendar.
 * Two-digit years are 1930–2029, as Sheets reads them.
 */
export function parseDateText(text: string, convention: Convention): CellInput | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const [, a, sep, b, c, hh, mi, ss] = m;
  // A point between day, month and year is Dutch (and German); English dates never use it.
  if (sep === '.' && convention === 'en') return null;
  let parts: { y: string; mo: string; d: string; order: 'ymd' | 'mdy' | 'dmy' };
  if (a.length === 4) parts = { y: a, mo: b, d: c, order: 'ymd' };
  else if (a.length > 2) return null;
  else if (convention === 'nl') parts = { y: c, mo: b, d: a, order: 'dmy' };
  else parts = { y: c, mo: a, d: b, order: 'mdy' };
  if (parts.order === 'ymd' && c.length > 2) return null;
  const yy = Number(parts.y);
  const year = parts.y.length === 4 ? yy : yy < 30 ? 2000 + yy : 1900 + yy;
  const [month, day] = [Number(parts.mo), Number(parts.d)];
  const [h, min, s] = [Number(hh ?? 0), Number(mi ?? 0), Number(ss ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, h, min, s));
  // Date.UTC rolls 2024-02-30 over into March; such text is not a date, keep it as text.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return { value: date, format: dateFormatOf(parts, sep, hh, ss) };
}

/** The pattern a date was written in; null for yyyy-mm-dd, which is how dates show anyway. */
function dateFormatOf(
  parts: { y: string; mo: string; d: string; order: 'ymd' | 'mdy' | 'dmy' },
  sep: string,
  hh: string | undefined,
  ss: string | undefined,
): string | null {
  const token = (text: string, letter: string) => (text.length === 2 ? letter + letter : letter);
  const y = parts.y.length === 4 ? 'yyyy' : 'yy';
  const mo = token(parts.mo, 'm');
  const d = token(parts.d, 'd');
  const day =
    parts.order === 'ymd'
      ? [y, mo, d].join(sep)
      : parts.order === 'mdy'
        ? [mo, d, y].join(sep)
        : [d, mo, y].join(sep);
  const time = hh === undefined ? '' : ` ${token(hh, 'h')}:mm${ss === undefined ? '' : ':ss'}`;
  const format = day + time;
  return format === 'yyyy-mm-dd' ? null : format;
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
