export {
  detrendedLag1,
  estimateAr1,
  MAX_AUTOCORRELATION,
  MIN_AUTOCORRELATION_VALUES,
} from './autocorrelation';
export { type CounterpartRule, parseCounterpartRule } from './counterpartRule';
export { type Direction, parseDirection } from './direction';
export { InputError } from './errors';
export { type HealthBand, type HealthStatus, kpiHealth } from './health';
export {
  ISOLATION_DEFAULTS,
  type IsolationDetail,
  type IsolationOptions,
  type IsolationSettings,
  isolationDetailWith,
  kpiIsolation,
  kpiIsolationDetail,
  MIN_ISOLATION_WINDOW,
} from './isolation';
export {
  type FlaggedRun,
  flaggedRuns,
  measuredSpan,
  perUnitOf,
  type SeriesChange,
  seriesChange,
} from './isolationRuns';
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
export {
  type CountingPeriod,
  countedActual,
  serialDay,
  TARGET_MEASURES,
  type TargetMeasure,
  type TimeColumn,
} from './targetMeasure';
export { theilSenFit, theilSenSlope } from './theilSen';
export {
  AUTOCORRELATION_HISTORY,
  kpiTrend,
  MIN_TREND_VALUES,
  type TrendStatus,
  trendReadLength,
  trendStatusOf,
  trendTest,
  withSerialCorrelation,
} from './trend';
export { parseTrendMethod, type TrendMethod } from './trendMethod';
export { hamedRaoFactor } from './varianceInflation';
