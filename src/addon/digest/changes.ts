// What is news for the change digest, from the statuses of the previous run and this one.
// Pure.
//
// A change is news when its condition holds now and did not in the previous run:
//   isolated   a KPI's last judged row is coloured (optimized in isolation);
//   unhealthy  KPI_HEALTH says UNHEALTHY;
//   stale      the latest value stayed the same for the chosen number of runs (STALE);
//   offTrack   TARGET_PACE says OFF TRACK;
//   missed     TARGET_PACE says MISSED.
// A column the previous run did not see (the digest was just turned on, the column newly
// marked) sets the baseline: nothing about it is news yet. Going back (healthy again, on
// track again) is not news.
//
// Changes that could not be sent (quota used up, a failed send) wait. The rule for them:
// the next run that sends, sends those that still hold then, with that run's own news; one
// whose condition no longer holds is dropped (the problem went away by itself); one whose
// column that run did not reach (it stopped near its time limit) keeps waiting.
import { en } from '../../i18n/en';
import type { ChangeKind, Seen, Waiting } from './state';
import { MAX_WAITING } from './state';

/**
 * The identifiers KPI_HEALTH and TARGET_PACE return, as src/i18n/status.ts maps them: the
 * English catalogue holds each status word as its identifier.
 */
export const UNHEALTHY = en['status.unhealthy'];
export const OFF_TRACK = en['status.offTrack'];
export const MISSED = en['status.missed'];

/** One marked column as this run saw it. */
export interface ColumnNow {
  /** The column's key across runs ("<sheetId>:<columnId>"). */
  key: string;
  isolated: boolean;
  health: string;
  stale: boolean;
  pace: string;
}

const HOLDS: Record<ChangeKind, (column: Omit<ColumnNow, 'key'>) => boolean> = {
  isolated: (c) => c.isolated,
  unhealthy: (c) => c.health === UNHEALTHY,
  stale: (c) => c.stale,
  offTrack: (c) => c.pace === OFF_TRACK,
  missed: (c) => c.pace === MISSED,
};

const KINDS = Object.keys(HOLDS) as ChangeKind[];

export function seenNow(column: ColumnNow): Seen {
  const { isolated, health, stale, pace } = column;
  return { v: 1, isolated, health: health.slice(0, 100), stale, pace: pace.slice(0, 100) };
}

/** The kinds that became true since `previous` (none without a previous run). */
export function changesOf(previous: Seen | null, now: ColumnNow): ChangeKind[] {
  if (previous === null) return [];
  return KINDS.filter((kind) => HOLDS[kind](now) && !HOLDS[kind](previous));
}

export const holds = (kind: ChangeKind, column: ColumnNow) => HOLDS[kind](column);

/**
 * What an email of this run should carry: the changes still waiting that still hold, then
 * this run's news, each (column, kind) once, the earliest `since` kept; and what keeps
 * waiting without being looked at (its column was not reached).
 */
export function newsOf(
  columns: readonly ColumnNow[],
  previous: (key: string) => Seen | null,
  waiting: readonly Waiting[],
  now: string,
): { news: Waiting[]; unreached: Waiting[] } {
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const news: Waiting[] = [];
  const unreached: Waiting[] = [];
  const seen = new Set<string>();
  const add = (list: Waiting[], item: Waiting) => {
    const id = `${item.column}\u0000${item.kind}`;
    if (seen.has(id)) return;
    seen.add(id);
    list.push(item);
  };
  for (const item of waiting) {
    const column = byKey.get(item.column);
    if (!column) add(unreached, item);
    else if (holds(item.kind, column)) add(news, item);
  }
  for (const column of columns) {
    for (const kind of changesOf(previous(column.key), column)) {
      add(news, { column: column.key, kind, since: now });
    }
  }
  return { news, unreached };
}

/** What is stored as waiting: at most MAX_WAITING, the earliest first. */
export const toWait = (items: readonly Waiting[]) => items.slice(0, MAX_WAITING);
