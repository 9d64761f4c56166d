// One dated snapshot row per marked column: its latest value and what KPI Guard's functions
// say of it on the as-of date (health and trend of a KPI, progress and pace of a target) and,
// for a KPI with counterparts, the isolation state on its last judged row, naming the
// counterparts left behind. A snapshot is static, so it is computed here from the values the
// run read, by the same code the formulas run (src/functions over src/core). Pure.
import { kpiIsolationDetail } from '../../core/isolation';
import { toNumberOrNull } from '../../core/series';
import type { TimeColumn } from '../../core/targetMeasure';
import type { Translator } from '../../i18n/translate';
import type { Outcome } from '../marking/contract';
import { glanceOf } from '../marking/glance';
import type { MarkedColumn } from '../settings/sheetSettings';

export interface Snapshot {
  /** Index of the latest row with a value within the data rows, or null. */
  latestRow: number | null;
  /** That row's cell as read (a number or a date), or "" when there is none. */
  value: unknown;
  health: string;
  trend: string;
  progress: number | string;
  pace: string;
  isolation: string;
  /** A KPI whose last judged row is flagged: optimized in isolation (the change digest). */
  isolated: boolean;
  /** Then, the counterparts it left behind on that row. */
  leftBehind: string[];
}

/** The last row with a number or a date. */
function latestRow(cells: readonly unknown[]): number | null {
  for (let i = cells.length - 1; i >= 0; i--) if (toNumberOrNull(cells[i]) !== null) return i;
  return null;
}

/** A status, or the function's own message when it could not be computed. */
function word<T>(outcome: Outcome<T | null>): T | string {
  if (!outcome.ok) return outcome.error;
  return outcome.value ?? '';
}

/** The isolation state on the KPI's last judged row, in words and as data. */
export interface IsolationState {
  text: string;
  isolated: boolean;
  leftBehind: string[];
}

const state = (text: string, leftBehind: string[] = []): IsolationState => ({
  text,
  isolated: leftBehind.length > 0,
  leftBehind,
});

export function isolationOf(
  kpi: MarkedColumn,
  cellsAt: (position: number) => readonly unknown[],
  { t }: Translator,
): IsolationState {
  const s = kpi.settings;
  if (s.role !== 'kpi') return state('');
  if (kpi.counterparts.length === 0) return state(t('status.noCounterpart'));
  try {
    const detail = kpiIsolationDetail(
      cellsAt(kpi.position).map(toNumberOrNull),
      kpi.counterparts.map((link) => cellsAt(link.position).map(toNumberOrNull)),
      s.direction === 'up' ? 1 : -1,
      kpi.counterparts.map((link) => link.rule),
    );
    for (let row = detail.length - 1; row >= 0; row--) {
      const judged = detail[row];
      if (judged === null) continue;
      if (!judged.flagged) return state(t('status.notIsolated'));
      const names = judged.leftBehind.map((i) => kpi.counterparts[i].name);
      return state(t('status.isolated', { names: names.join(', ') }), names);
    }
    return state(t('status.notJudged'));
  } catch (error) {
    return state(error instanceof Error ? error.message : String(error));
  }
}

/** The isolation state on the KPI's last judged row, as the history sheet words it. */
export function isolationState(
  kpi: MarkedColumn,
  cellsAt: (position: number) => readonly unknown[],
  words: Translator,
): string {
  return isolationOf(kpi, cellsAt, words).text;
}

/**
 * The snapshot of a column. The statuses stay the identifiers the functions return (a record
 * for formulas to count); the isolation state is worded in `words`' language. A target's
 * progress and pace count by its measure, as the sidebar does (`time`: timeColumnOf).
 */
export function snapshotOf(
  column: MarkedColumn,
  cellsAt: (position: number) => readonly unknown[],
  asOf: string,
  words: Translator,
  time: TimeColumn | null,
): Snapshot {
  const cells = cellsAt(column.position);
  const row = latestRow(cells);
  const isolation = isolationOf(column, cellsAt, words);
  const snapshot: Snapshot = {
    latestRow: row,
    value: row === null ? '' : cells[row],
    health: '',
    trend: '',
    progress: '',
    pace: '',
    isolation: isolation.text,
    isolated: isolation.isolated,
    leftBehind: isolation.leftBehind,
  };
  const glance = glanceOf(column.settings, cells, asOf, time);
  if (glance?.role === 'kpi') {
    snapshot.health = word(glance.health);
    snapshot.trend = word(glance.trend);
  } else if (glance?.role === 'target') {
    snapshot.progress = word(glance.progress);
    snapshot.pace = word(glance.pace);
  }
  return snapshot;
}

/** What the STALE count compares from run to run: the latest row and its value. */
export function latestSignature(snapshot: Snapshot): string | null {
  if (snapshot.latestRow === null) return null;
  const value = snapshot.value instanceof Date ? snapshot.value.getTime() : snapshot.value;
  return `${snapshot.latestRow}|${String(value)}`;
}
