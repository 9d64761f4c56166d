// The statuses the sidebar shows at a glance, computed by the same functions a formula on
// the column would call (KPI_HEALTH, KPI_TREND, TARGET_PROGRESS, TARGET_PACE), so the
// sidebar and the sheet never disagree. Pure.
import { toNumberOrNull } from '../../core/series';
import { customFunctions } from '../../functions/table';
import type { ColumnSettings } from '../settings/schema';
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

function latestPresent(cells: readonly unknown[]): number | null {
  for (let i = cells.length - 1; i >= 0; i--) {
    const value = toNumberOrNull(cells[i]);
    if (value !== null) return value;
  }
  return null;
}

/** The column's statuses, or null for a role that has none. */
export function glanceOf(
  settings: ColumnSettings,
  cells: readonly unknown[],
  asOf: string,
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
    const latest = latestPresent(cells);
    const { goal, baseline } = settings;
    if (latest === null) {
      return {
        role: 'target',
        progress: { ok: true, value: null },
        pace: { ok: true, value: null },
      };
    }
    return {
      role: 'target',
      progress: outcome(() => Number(f.TARGET_PROGRESS(latest, goal, baseline))),
      pace: outcome(() =>
        String(
          f.TARGET_PACE(
            latest,
            goal,
            baseline,
            dayDate(settings.start),
            dayDate(settings.end),
            dayDate(asOf),
          ),
        ),
      ),
    };
  }
  return null;
}
