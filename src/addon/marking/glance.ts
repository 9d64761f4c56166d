// The statuses the sidebar shows at a glance, computed by the same functions a formula on
// the column would call (KPI_HEALTH, KPI_TREND, TARGET_PROGRESS, TARGET_PACE), so the
// sidebar and the sheet never disagree. Pure.
import { countedActual, type TimeColumn } from '../../core/targetMeasure';
import { customFunctions } from '../../functions/table';
import type { ColumnSettings } from '../settings/schema';
import type { SheetSettings } from '../settings/sheetSettings';
import type { Glance, Outcome } from './contract';

function outcome<T>(compute: () => T): Outcome<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A YYYY-MM-DD day as the Date a date cell holds (midnight UTC: the manifest's zone). */
export function dayDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * The sheet's Time column as a target counted over its period reads it, or null when the
 * sheet has none.
 */
export function timeColumnOf(
  settings: SheetSettings,
  cellsAt: (position: number) => readonly unknown[],
  dateDay: (date: Date) => string,
): TimeColumn | null {
  const time = settings.columns.find((c) => c.settings.role === 'time');
  return time ? { cells: cellsAt(time.position), dateDay } : null;
}

/**
 * The column's statuses, or null for a role that has none. A target's are computed on the
 * amount countedActual counts by its measure, with the sheet's Time column (timeColumnOf).
 */
export function glanceOf(
  settings: ColumnSettings,
  cells: readonly unknown[],
  asOf: string,
  time: TimeColumn | null,
): Glance | null {
  const f = customFunctions;
  if (settings.role === 'kpi') {
    const grid = cells.map((cell) => [cell]);
    const { direction } = settings;
    return {
      role: 'kpi',
      health: outcome(() =>
        String(f.KPI_HEALTH(grid, direction, settings.healthyMin ?? '', settings.healthyMax ?? '')),
      ),
      trend: outcome(() => String(f.KPI_TREND(grid, direction))),
    };
  }
  if (settings.role === 'target') {
    const { goal, baseline, start, end } = settings;
    const actual = countedActual(settings.measure, cells, { start, end, asOf }, time);
    if (actual === null) {
      return {
        role: 'target',
        progress: { ok: true, value: null },
        pace: { ok: true, value: null },
      };
    }
    return {
      role: 'target',
      progress: outcome(() => Number(f.TARGET_PROGRESS(actual, goal, baseline))),
      pace: outcome(() =>
        String(f.TARGET_PACE(actual, goal, baseline, dayDate(start), dayDate(end), dayDate(asOf))),
      ),
    };
  }
  return null;
}
