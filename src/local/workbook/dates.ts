// Date <-> spreadsheet serial number, the way Sheets and Apps Script see them.
// Serial 0 is 1899-12-30 (HyperFormula's default nullDate matches), one unit per day.
// The conversion reads and builds the Date from its *local* calendar fields, so a cell
// showing 2024-01-05 round-trips to a Date whose getDate() is 5 whatever the TZ is.

import { zonedParts } from '../services/zonedTime';

const MS_PER_DAY = 86_400_000;
// Date.UTC handles years < 100 oddly only through the two-arg constructor; 1899 is fine.
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Serial number (days since 1899-12-30, fraction = time of day) of a Date's local fields. */
export function dateToSerial(date: Date): number {
  const utc = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return (utc - EPOCH_UTC) / MS_PER_DAY;
}

/** The local Date whose fields show the given serial number (rounded to the millisecond). */
export function serialToDate(serial: number): Date {
  const utc = new Date(EPOCH_UTC + Math.round(serial * MS_PER_DAY));
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
    utc.getUTCMilliseconds(),
  );
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** "yyyy-mm-dd", plus " hh:mm:ss" when the Date has a time of day. */
export function formatDate(date: Date, withTime = hasTime(date)): string {
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  if (!withTime) return day;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** "hh:mm:ss" for a time-only cell. */
export function formatTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

export function hasTime(date: Date): boolean {
  return (
    date.getHours() !== 0 ||
    date.getMinutes() !== 0 ||
    date.getSeconds() !== 0 ||
    date.getMilliseconds() !== 0
  );
}

export function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** Where NOW() and TODAY() read the time: the runtime's clock, in the spreadsheet's zone. */
export interface WorkbookClock {
  now(): number;
  /** IANA zone of the spreadsheet; absent: this machine's zone. */
  timeZone?: string;
}

export const SYSTEM_CLOCK: WorkbookClock = { now: () => Date.now() };

/** The serial number of an instant as the wall clock in `timeZone` shows it. */
export function serialAt(ms: number, timeZone?: string): number {
  if (!timeZone) return dateToSerial(new Date(ms));
  const z = zonedParts(ms, timeZone);
  const utc = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second, z.millisecond);
  return (utc - EPOCH_UTC) / MS_PER_DAY;
}
