// Which other columns a lone KPI should be paired with: the columns that fell behind while
// the KPI improved over the sheet's history, worst first. Pure; the sidebar shows the result.
import type { CounterpartRule } from './counterpartRule';
import type { Direction } from './direction';
import { kpiIsolation } from './isolation';
import { mannKendall } from './mannKendall';
import { SIGNIFICANT_Z } from './mannKendallResult';
import { MIN_TREND_VALUES } from './trend';

export type { CounterpartRule } from './counterpartRule';

export interface SuggestionCandidate<Id> {
  id: Id;
  /** One value per row, as tall as the KPI; null where missing. */
  values: readonly (number | null)[];
  /** Which way the candidate is good (a column not marked as anything: higher). */
  direction: Direction;
}

export interface Suggestion<Id> {
  id: Id;
  /** The rule the pairing should use: a guardrail that got worse, or a volume that lagged. */
  rule: CounterpartRule;
  /** Rows the isolation test flagged with this candidate, and rows it could judge. */
  flaggedRows: number;
  judgedRows: number;
  /** How far the candidate's trend fell short of the KPI's, in Mann–Kendall Z units. */
  shortfall: number;
}

/**
 * Candidates that fell behind while the KPI improved, ranked by the rows the isolation test
 * flags (ties broken by the shortfall). Over the whole history the KPI must improve
 * significantly and the candidate must not: a candidate improving with it is growing
 * together, never suggested. Empty when the KPI did not improve or nothing lagged.
 */
export function suggestCounterparts<Id>(
  kpi: readonly (number | null)[],
  kpiDirection: Direction,
  candidates: readonly SuggestionCandidate<Id>[],
): Suggestion<Id>[] {
  const kpiZ = goodZ(kpi, kpiDirection);
  if (kpiZ === null || kpiZ < SIGNIFICANT_Z) return [];
  const suggestions: Suggestion<Id>[] = [];
  for (const candidate of candidates) {
    if (candidate.values.length !== kpi.length) continue;
    const candidateZ = goodZ(candidate.values, candidate.direction);
    if (candidateZ === null || candidateZ >= SIGNIFICANT_Z) continue;
    const rule = ruleFor(kpiDirection, candidate.direction, candidateZ);
    const flags = isolationFlags(kpi, candidate.values, kpiDirection, rule);
    let flaggedRows = 0;
    let judgedRows = 0;
    for (const flag of flags) {
      if (flag !== null) judgedRows++;
      if (flag === true) flaggedRows++;
    }
    suggestions.push({
      id: candidate.id,
      rule,
      flaggedRows,
      judgedRows,
      shortfall: kpiZ - candidateZ,
    });
  }
  return suggestions.sort((a, b) => b.flaggedRows - a.flaggedRows || b.shortfall - a.shortfall);
}

/**
 * A candidate that got significantly worse is a guardrail; one that merely stayed behind a
 * higher-is-better KPI is a volume that should have kept pace (customers with leads).
 */
function ruleFor(kpiDirection: Direction, direction: Direction, candidateZ: number) {
  const guardrail: CounterpartRule = direction === 1 ? 'up' : 'down';
  if (candidateZ <= -SIGNIFICANT_Z) return guardrail;
  return kpiDirection === 1 && direction === 1 ? 'pace' : guardrail;
}

/** Mann–Kendall Z of the present values, signed so that positive is good; null if too few. */
function goodZ(values: readonly (number | null)[], direction: Direction): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < MIN_TREND_VALUES) return null;
  return mannKendall(present).z * direction;
}

/** The isolation test of one candidate, row by row, with KPI_ISOLATION's calibrated defaults. */
function isolationFlags(
  kpi: readonly (number | null)[],
  candidate: readonly (number | null)[],
  kpiDirection: Direction,
  rule: CounterpartRule,
): (boolean | null)[] {
  return kpiIsolation(kpi, [candidate], kpiDirection, [rule]);
}
