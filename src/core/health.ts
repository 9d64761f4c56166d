import type { Direction } from './direction';
import { InputError } from './errors';
import { kpiTrend } from './trend';
import type { TrendMethod } from './trendMethod';

export type HealthStatus = 'HEALTHY' | 'WATCH' | 'UNHEALTHY' | 'NO DATA';

/** The healthy range of a KPI; either edge may be left open. */
export interface HealthBand {
  min?: number;
  max?: number;
}

/** Share of the band's width (or of |edge| with one edge) that counts as near an edge. */
const EDGE_MARGIN = 0.1;

/**
 * The latest value against the healthy band: outside is UNHEALTHY; inside but near an edge,
 * or while the trend over `window` values is WORSENING, is WATCH; else HEALTHY.
 * `values` are the present values in order; the trend is corrected for serial correlation
 * read from up to 52 of them unless `method` is "classic".
 */
export function kpiHealth(
  values: readonly number[],
  direction: Direction,
  band: HealthBand,
  window: number,
  method: TrendMethod = 'auto',
): HealthStatus {
  const { min, max } = band;
  if (min !== undefined && !Number.isFinite(min)) {
    throw new InputError(`healthy_min (${min}) must be a finite number or left empty`);
  }
  if (max !== undefined && !Number.isFinite(max)) {
    throw new InputError(`healthy_max (${max}) must be a finite number or left empty`);
  }
  if (min !== undefined && max !== undefined && min > max) {
    throw new InputError(`healthy_min (${min}) is above healthy_max (${max}); swap them`);
  }
  if (values.length === 0) return 'NO DATA';
  const latest = values[values.length - 1];
  if ((min !== undefined && latest < min) || (max !== undefined && latest > max)) {
    return 'UNHEALTHY';
  }
  if (kpiTrend(values, direction, window, method) === 'WORSENING') return 'WATCH';
  return isNearEdge(latest, min, max) ? 'WATCH' : 'HEALTHY';
}

/** Whether a value inside the band is within the margin of either given edge (inclusive). */
function isNearEdge(value: number, min?: number, max?: number): boolean {
  if (min !== undefined && max !== undefined) {
    const margin = EDGE_MARGIN * (max - min);
    return value - min <= margin || max - value <= margin;
  }
  if (min !== undefined) return value - min <= EDGE_MARGIN * Math.abs(min);
  if (max !== undefined) return max - value <= EDGE_MARGIN * Math.abs(max);
  return false;
}
