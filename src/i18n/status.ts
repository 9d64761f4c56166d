// The status words the custom functions return, each with its catalogue key. The words stay
// English in cells (conditional formats and users' formulas match them); the sidebar and the
// dashboard show the reader's word beside them. Typed by core's own status unions, so a new
// status fails to compile here until it has a word.
import type { HealthStatus } from '../core/health';
import type { PaceStatus } from '../core/pace';
import type { TrendStatus } from '../core/trend';
import type { MessageKey } from './en';

export type Status = HealthStatus | TrendStatus | PaceStatus;

const HEALTH: Record<HealthStatus, MessageKey> = {
  HEALTHY: 'status.healthy',
  WATCH: 'status.watch',
  UNHEALTHY: 'status.unhealthy',
  'NO DATA': 'status.noData',
};

const TREND: Record<TrendStatus, MessageKey> = {
  IMPROVING: 'status.improving',
  WORSENING: 'status.worsening',
  STABLE: 'status.stable',
  'INSUFFICIENT DATA': 'status.insufficientData',
};

const PACE: Record<PaceStatus, MessageKey> = {
  'NOT STARTED': 'status.notStarted',
  ACHIEVED: 'status.achieved',
  MISSED: 'status.missed',
  'ON TRACK': 'status.onTrack',
  'AT RISK': 'status.atRisk',
  'OFF TRACK': 'status.offTrack',
};

/** Every word each status function can return: KPI_HEALTH, KPI_TREND, TARGET_PACE. */
export const STATUSES = {
  health: Object.keys(HEALTH) as HealthStatus[],
  trend: Object.keys(TREND) as TrendStatus[],
  pace: Object.keys(PACE) as PaceStatus[],
} as const;

/** identifier → key; a word no function returns has none. */
export const STATUS_KEYS: Readonly<Record<string, MessageKey | undefined>> = {
  ...HEALTH,
  ...TREND,
  ...PACE,
};
