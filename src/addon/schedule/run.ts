// The scheduled recalculation: what the time-driven trigger runs, under the document lock.
//  (a) KPIGUARD_AS_OF becomes today, so TARGET_PACE and other date-dependent formulas move;
//  (b) one dated snapshot row per marked column goes to 'KPI Guard history', in one write
//      after every row is computed, so a run that fails part-way writes no snapshot at all;
//  (c) a KPI whose latest value stayed the same for the chosen number of runs is STALE: the
//      counts in document properties, the marks in the table the dashboard looks up;
//  (d) the colours are repainted, so their rules reach rows added since (colours/repaint.ts);
//  before that, the change digest may send its one email (digest/send.ts).
// A run whose schedule was turned off or whose marked columns are all gone deletes its own
// trigger. Near the time limit it stops between columns and the next run resumes there.
//
// https://developers.google.com/apps-script/guides/services/quotas: "Script runtime 6 min /
//   execution"; what passes it is stopped where it is, so the run keeps a budget well inside.
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions:
//   "Add-ons don't automatically send the user an email when code run by an installable
//   trigger throws an exception. It is up to the developer to check for and handle failure
//   cases gracefully." A failed run leaves everything as the last good run left it.
import { type Translator, translator } from '../../i18n/translate';
import { textCell } from '../a1';
import { writeAsOfDate } from '../asOf';
import { repaintAllSheets } from '../colours';
import { staleKey } from '../dashboard/layout';
import { type MarkedSheet, markedSheets } from '../dashboard/markedSheets';
import { type DigestColumn, type DigestStatus, digestAfterRun } from '../digest/send';
import { appendHistory, type HistoryRow } from '../history/append';
import { latestSignature, snapshotOf } from '../history/snapshot';
import { timeColumnOf } from '../marking/glance';
import type { MarkedColumn } from '../settings/sheetSettings';
import { spreadsheetLocale } from '../uiLocale';
import { CURSOR_PROPERTY, cursorOf, orderFrom, serializeCursor } from './cursor';
import { type Schedule, scheduleOf } from './settings';
import {
  isStale,
  nextStaleState,
  STALE_PREFIX,
  type StaleState,
  serializeStale,
  staleProperty,
  staleStateOf,
} from './staleState';
import { writeStaleTable } from './staleTable';
import { deleteScheduleTrigger } from './trigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Columns are started only while the run is younger than this: 6 minutes less room to write. */
export const RUN_BUDGET_MS = 4.5 * 60_000;
/** A run waits this long for a save or a build to finish, then leaves it to the next run. */
const LOCK_WAIT_MS = 30_000;

export interface RunOutcome {
  /** What the run did: ran, found nothing to do (and removed its trigger), or was blocked. */
  status: 'ran' | 'unscheduled' | 'busy';
  snapshots: number;
  /** Columns left for the next run (it was near its time limit). */
  remaining: number;
  /** What the change digest did after the run. */
  digest?: DigestStatus;
}

/** One column to snapshot, and the key it is known by across runs. */
export interface Job {
  source: MarkedSheet;
  column: MarkedColumn;
  key: string;
}

function jobsOf(sources: readonly MarkedSheet[]): Job[] {
  return sources.flatMap((source) =>
    source.settings.columns
      .filter((column) => column.settings.role !== 'none')
      .map((column) => ({
        source,
        column,
        key: staleKey(source.settings.sheetId, column.settings.id),
      })),
  );
}

/**
 * A sheet's data rows over every column a snapshot reads (marked columns and the columns they
 * link to), in one getValues whatever the number of rows; read when its first column comes.
 */
function sheetReader(): (source: MarkedSheet) => (position: number) => readonly unknown[] {
  const read = new Map<number, (position: number) => readonly unknown[]>();
  return (source) => {
    const known = read.get(source.settings.sheetId);
    if (known) return known;
    const { sheet, settings } = source;
    const positions = settings.columns.map((c) => c.position);
    const first = Math.min(...positions);
    const width = Math.max(...positions) - first + 1;
    const rows = sheet.getLastRow() - settings.headerRow;
    const values =
      rows > 0 ? sheet.getRange(settings.headerRow + 1, first, rows, width).getValues() : [];
    const columns = new Map<number, unknown[]>();
    const cellsAt = (position: number) => {
      let cells = columns.get(position);
      if (!cells) {
        cells = values.map((row) => row[position - first]);
        columns.set(position, cells);
      }
      return cells;
    };
    read.set(settings.sheetId, cellsAt);
    return cellsAt;
  };
}

function roleWord({ t }: Translator, column: MarkedColumn): string {
  return t(`role.${column.settings.role}` as 'role.kpi');
}

/** Stored text stays text in the sheet (a status, a name like "2024"). */
const text = (value: unknown) =>
  typeof value === 'string' && value !== '' ? textCell(value) : value;

interface Taken {
  rows: HistoryRow[];
  states: Map<string, StaleState>;
  done: number;
  /** The snapshots taken, for the change digest. */
  columns: DigestColumn[];
  cellsOf: (source: MarkedSheet) => (position: number) => readonly unknown[];
}

/** Snapshots columns in order until the budget runs out (always at least one). */
function takeSnapshots(
  jobs: readonly Job[],
  context: {
    started: number;
    /** When the run started, as the spreadsheet's clock shows it (Sheets reads it as a date). */
    takenAt: string;
    asOf: string;
    /** A date's day, YYYY-MM-DD, in the spreadsheet's time zone. */
    dayOf: (date: Date) => string;
    schedule: Schedule;
    properties: Record<string, string>;
    /** The spreadsheet's language: roles, isolation states and STALE in the rows. */
    words: Translator;
  },
): Taken {
  const { words } = context;
  const cellsOf = sheetReader();
  const taken: Taken = { rows: [], states: new Map(), done: 0, columns: [], cellsOf };
  for (const job of jobs) {
    if (taken.done > 0 && Date.now() - context.started > RUN_BUDGET_MS) break;
    const { source, column } = job;
    const cellsAt = cellsOf(source);
    const time = timeColumnOf(source.settings, cellsAt, context.dayOf);
    const snapshot = snapshotOf(column, cellsAt, context.asOf, words, time);
    let stale = '';
    let staleRuns: number | null = null;
    if (column.settings.role === 'kpi') {
      const property = staleProperty(source.settings.sheetId, column.settings.id);
      const state = nextStaleState(
        staleStateOf(context.properties, property),
        latestSignature(snapshot),
      );
      taken.states.set(property, state);
      if (isStale(state, context.schedule.staleAfter)) {
        stale = words.t('status.stale');
        staleRuns = state.unchanged;
      }
    }
    taken.columns.push({ ...job, snapshot, staleRuns });
    taken.rows.push([
      // Dates as the spreadsheet's wall clock, which Sheets reads as dates in its own zone.
      context.takenAt,
      context.asOf,
      ...[
        source.settings.sheetName,
        column.name,
        roleWord(words, column),
        snapshot.value,
        snapshot.health,
        snapshot.trend,
        snapshot.progress,
        snapshot.pace,
        snapshot.isolation,
        stale,
      ].map(text),
    ]);
    taken.done++;
  }
  return taken;
}

/** The keys of every KPI that is STALE after this run, in dashboard order. */
function staleKeys(
  jobs: readonly Job[],
  properties: Record<string, string>,
  updated: ReadonlyMap<string, StaleState>,
  staleAfter: number,
): string[] {
  return jobs
    .filter((job) => {
      if (job.column.settings.role !== 'kpi') return false;
      const property = staleProperty(job.source.settings.sheetId, job.column.settings.id);
      return isStale(updated.get(property) ?? staleStateOf(properties, property), staleAfter);
    })
    .map((job) => job.key);
}

/** Counts of KPIs no longer marked: removed, so they cannot come back stale. */
function obsoleteStaleProperties(properties: Record<string, string>, jobs: readonly Job[]) {
  const current = new Set(
    jobs.map((job) => staleProperty(job.source.settings.sheetId, job.column.settings.id)),
  );
  return Object.keys(properties).filter((key) => key.startsWith(STALE_PREFIX) && !current.has(key));
}

/** The trigger that started this run, from the time-driven event object. */
function triggerUidOf(event: unknown): string | null {
  const uid = (event as { triggerUid?: unknown } | null | undefined)?.triggerUid;
  return typeof uid === 'string' || typeof uid === 'number' ? String(uid) : null;
}

/** The run itself, once the lock is held. */
export function recalculate(
  spreadsheet: Spreadsheet,
  started: number,
  triggerUid: string | null,
): RunOutcome {
  const store = PropertiesService.getDocumentProperties();
  const properties = store.getProperties();
  const schedule = scheduleOf(properties);
  // A trigger left from an earlier choice (another editor's, whose triggers this user cannot
  // see) is not the schedule's: it ends itself, and the schedule's own trigger runs.
  const replaced = Boolean(schedule.trigger && triggerUid && schedule.trigger !== triggerUid);
  // Words in the spreadsheet's language, read once per run (names, history, STALE, helper).
  const locale = spreadsheetLocale(spreadsheet);
  const words = translator(locale);
  const sources =
    schedule.recalculate === 'off' || replaced ? [] : markedSheets(spreadsheet, locale);
  if (sources.length === 0) {
    deleteScheduleTrigger(spreadsheet);
    if (CURSOR_PROPERTY in properties && !replaced) store.deleteProperty(CURSOR_PROPERTY);
    return { status: 'unscheduled', snapshots: 0, remaining: 0 };
  }
  const asOf = writeAsOfDate(spreadsheet);
  const jobs = jobsOf(sources);
  const ordered = orderFrom(jobs, cursorOf(properties));
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const taken = takeSnapshots(ordered, {
    started,
    takenAt: Utilities.formatDate(new Date(started), timeZone, 'yyyy-MM-dd HH:mm:ss'),
    asOf,
    dayOf: (date) => Utilities.formatDate(date, timeZone, 'yyyy-MM-dd'),
    schedule,
    properties,
    words,
  });
  appendHistory(spreadsheet, taken.rows, words);
  writeStaleTable(
    spreadsheet,
    staleKeys(jobs, properties, taken.states, schedule.staleAfter),
    words,
  );
  const remaining = ordered.length - taken.done;
  const writes: Record<string, string> = {};
  for (const [key, state] of taken.states) writes[key] = serializeStale(state);
  if (remaining > 0) writes[CURSOR_PROPERTY] = serializeCursor(ordered[taken.done].key);
  store.setProperties(writes);
  if (remaining === 0 && CURSOR_PROPERTY in properties) store.deleteProperty(CURSOR_PROPERTY);
  for (const key of obsoleteStaleProperties(properties, jobs)) store.deleteProperty(key);
  // The digest reads what the run read; it never throws into the run.
  const digest = digestAfterRun(spreadsheet, {
    subscriber: schedule.digest,
    properties,
    timeZone,
    started,
    columns: taken.columns,
    allKeys: new Set(jobs.map((job) => job.key)),
    cellsOf: taken.cellsOf,
  });
  // Last: the snapshot and the counts are already whole if repainting fails.
  repaintAllSheets(spreadsheet, locale);
  return { status: 'ran', snapshots: taken.done, remaining, digest };
}

/** The trigger's handler. */
export function runScheduledRecalculation(event?: unknown): RunOutcome {
  const started = Date.now();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(LOCK_WAIT_MS)) {
    console.log('KPI Guard: another KPI Guard write held the document; the next run recalculates');
    return { status: 'busy', snapshots: 0, remaining: 0 };
  }
  try {
    const outcome = recalculate(spreadsheet, started, triggerUidOf(event));
    // https://developers.google.com/apps-script/reference/lock/lock#releaseLock(): flush before
    // releasing, so the writes land while this run still holds the lock.
    SpreadsheetApp.flush();
    return outcome;
  } finally {
    lock.releaseLock();
  }
}
