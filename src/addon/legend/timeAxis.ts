// The Time column as the legend words it: the period of a run ("from 18 Mar to 22 Jul 2024",
// "Week 12–31", "rows 12–31") and the unit of a rate ("a month"), inferred from the spacing of
// its dates. Pure.
import { dateTime } from '../../core/series';
import type { PeriodView, RateUnit } from './contract';

export interface TimeAxis {
  /** The Time column's cells below the header, or null without a Time column. */
  cells: readonly unknown[] | null;
  header: string;
  unit: RateUnit;
}

const DAY_MS = 86_400_000;

/** Median spacing in days → the unit one row stands for; "row" when it is none of them. */
const UNITS: readonly { unit: RateUnit; min: number; max: number }[] = [
  { unit: 'day', min: 0.5, max: 1.5 },
  { unit: 'week', min: 5, max: 9 },
  { unit: 'month', min: 26, max: 35 },
  { unit: 'quarter', min: 80, max: 100 },
  { unit: 'year', min: 350, max: 380 },
];

/** The unit of a Time column's rows, from the median gap between consecutive dates. */
export function unitOfDates(cells: readonly unknown[]): RateUnit {
  const times: number[] = [];
  for (const cell of cells) {
    const ms = dateTime(cell);
    if (ms !== null && Number.isFinite(ms)) times.push(ms);
  }
  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) gaps.push((times[i] - times[i - 1]) / DAY_MS);
  if (gaps.length === 0) return 'row';
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const median = gaps.length % 2 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
  return UNITS.find((u) => median >= u.min && median <= u.max)?.unit ?? 'row';
}

export function timeAxis(cells: readonly unknown[] | null, header: string): TimeAxis {
  return { cells, header, unit: cells ? unitOfDates(cells) : 'row' };
}

/**
 * Rows [start, end] (indices below the header) in the Time column's terms: dates as
 * YYYY-MM-DD through `dayOf` (the spreadsheet's time zone), numbers with the column's header,
 * text as it is; else sheet rows.
 */
export function periodOf(
  axis: TimeAxis,
  start: number,
  end: number,
  firstRow: number,
  dayOf: (date: Date) => string,
): PeriodView {
  const from = axis.cells?.[start];
  const to = axis.cells?.[end];
  const fromMs = dateTime(from);
  const toMs = dateTime(to);
  if (fromMs !== null && toMs !== null && Number.isFinite(fromMs) && Number.isFinite(toMs)) {
    return { kind: 'dates', from: dayOf(new Date(fromMs)), to: dayOf(new Date(toMs)) };
  }
  if (typeof from === 'number' && typeof to === 'number') {
    return { kind: 'numbers', header: axis.header, from, to };
  }
  if (typeof from === 'string' && typeof to === 'string' && from.trim() && to.trim()) {
    return { kind: 'text', from: from.trim(), to: to.trim() };
  }
  return { kind: 'rows', from: firstRow + start, to: firstRow + end };
}
