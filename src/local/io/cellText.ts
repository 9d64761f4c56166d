// Typing of cell text as a user would enter it in Sheets, shared by the CSV reader and the
// preview's cell editor, plus the inverse used by the CSV writer.
// Dates are UTC midnights: the add-on's manifest pins the script time zone to Etc/UTC, and
// exceljs reads and writes dates as UTC too, so a date survives CSV ⇄ XLSX unchanged.

import type { CellValue } from '../types';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A valid calendar date/time (UTC) from ISO-like text, or null if the text is not one. */
export function parseIsoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((part) => (part ? Number(part) : 0));
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls 2024-02-30 over into March; such text is not a date, keep it as text.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return null;
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  return date;
}

/**
 * The typed value of cell text: "" stays blank, "=..." stays a formula (a string), numbers,
 * TRUE/FALSE and yyyy-mm-dd dates are typed, everything else is kept as text.
 */
export function parseCellText(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (trimmed.startsWith('=')) return trimmed;
  if (NUMBER.test(trimmed)) {
    const n = Number(trimmed);
    if (Number.isFinite(n)) return n;
  }
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return parseIsoDate(trimmed) ?? text;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Text for a cell value that parseCellText reads back as the same value. */
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
