export { type Direction, parseDirection } from './direction';
export { InputError } from './errors';
export { type HealthBand, type HealthStatus, kpiHealth } from './health';
export { kpiIsolation } from './isolation';
export {
  type MannKendallResult,
  mannKendall,
  mannKendallBruteForce,
  SIGNIFICANT_Z,
  trailingMannKendall,
} from './mannKendall';
export { erfc, twoSidedPValue } from './normal';
export { type PaceInput, type PaceStatus, targetPace } from './pace';
export { targetProgress } from './progress';
export { dateTime, presentValues, toNumberOrNull } from './series';
export { theilSenSlope } from './theilSen';
export { kpiTrend, MIN_TREND_VALUES, type TrendStatus, trendStatusOf } from './trend';
