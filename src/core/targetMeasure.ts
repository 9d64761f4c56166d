// What a target's progress is counted on. A column holds either a level or a running total
// (revenue to date, headcount, weight): the amount reached is its latest value. Or it holds
// amounts per period (new customers per month, leads per week): the amount reached is their
// sum over the target's period. Every place that judges a target (the sidebar, the history,
// the change digest) counts through here, and the dashboard's formula mirrors it
// (src/addon/dashboard/formulas.ts: SUMIFS over the Time column). Pure.
import { dateTime, toNumberOrNull } from './series';

export const TARGET_MEASURES = ['latest', 'sum'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

/** A target's period and the day it is judged on, each YYYY-MM-DD. */
export interface CountingPeriod {
  start: string;
  end: string;
  asOf: string;
}

/** The sheet's Time column, which places each row on a day. */
export interface TimeColumn {
  /** Its cells, on the same rows as the target's. */
  cells: readonly unknown[];
  /** A date's day, YYYY-MM-DD, in the spreadsheet's time zone. */
  dateDay: (date: Date) => string;
}

/** Day 0 of Sheets' serial dates: 30 December 1899. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Sheets' last date, 31 December 9999, as a serial number. */
const MAX_SERIAL = 2_958_465;

/**
 * The day a number in the Time column stands for: Sheets stores a date as a serial day count,
 * and a formula comparing the cell with DATE() reads it so (a week number 12 is a day in
 * January 1900, before any target's period). Null outside Sheets' dates.
 */
export function serialDay(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  return new Date(SERIAL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `first` to `last` (YYYY-MM-DD), with their UTC midnights for the quick checks. */
interface DaySpan {
  first: string;
  last: string;
  fromMs: number;
  toMs: number;
}

/**
 * Whether a Time cell places its row within the span. A date is read in the spreadsheet's
 * time zone, but only near the edges: a zone is less than a day from UTC, so a date a day
 * inside or outside the UTC days is decided without asking, and a long column costs a
 * handful of calls to `dateDay`, not one per row.
 */
function placedWithin(cell: unknown, span: DaySpan, time: TimeColumn): boolean {
  if (typeof cell === 'number') {
    const day = serialDay(cell);
    return day !== null && day >= span.first && day <= span.last;
  }
  const ms = dateTime(cell);
  if (ms === null || !Number.isFinite(ms)) return false;
  if (ms < span.fromMs - DAY_MS || ms >= span.toMs + 2 * DAY_MS) return false;
  if (ms >= span.fromMs + DAY_MS && ms < span.toMs) return true;
  const day = time.dateDay(cell as Date);
  return day >= span.first && day <= span.last;
}

/** The latest present value of the column, or null. */
function latestOf(cells: readonly unknown[]): number | null {
  for (let i = cells.length - 1; i >= 0; i--) {
    const value = toNumberOrNull(cells[i]);
    if (value !== null) return value;
  }
  return null;
}

/**
 * The amount a target has reached: what TARGET_PROGRESS and TARGET_PACE take as `actual`.
 *   'latest': the latest present value of the column, wherever it is (null when none);
 *   'sum':    the sum of the numbers on the rows the Time column places from the start to
 *             the end of the period and not after the as-of date; without a Time column
 *             (`time` null) every row counts. Always a number: 0 when no row counts, as
 *             SUMIFS answers.
 * Blank, text, boolean and error cells are missing and add nothing; a row whose Time cell
 * holds no date is in no period. Dates in the target's own column are not amounts.
 */
export function countedActual(
  measure: TargetMeasure,
  cells: readonly unknown[],
  period: CountingPeriod,
  time: TimeColumn | null,
): number | null {
  if (measure === 'latest') return latestOf(cells);
  // The last day counted: the end, or the as-of date while the period runs (ISO days compare
  // as text; Math.min would not).
  let last = period.end;
  if (period.asOf < last) last = period.asOf;
  const span = {
    first: period.start,
    last,
    fromMs: Date.parse(period.start),
    toMs: Date.parse(last),
  };
  let sum = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell !== 'number' || !Number.isFinite(cell)) continue;
    if (time !== null && !placedWithin(time.cells[i], span, time)) continue;
    sum += cell;
  }
  return sum;
}
