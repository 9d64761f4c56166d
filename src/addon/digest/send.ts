// The change digest, after a scheduled run (one call from schedule/run.ts): compares what the
// run saw with what the run before saw, and when something became worse sends ONE email to
// the person who turned the digest on. Never more than one per run, never a retry loop.
//
// https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota():
//   "Returns the number of recipients you can send emails to for the rest of the day." It is
//   asked first, once: with no recipient left the changes wait in the outbox (document
//   properties) and the sidebar says so; the next run that has quota sends those still news.
// https://developers.google.com/apps-script/guides/services/quotas: "If you exceed a quota
//   or limitation, your script throws an exception and execution stops." A send that throws
//   anyway (an address Google refuses, a failing service) is caught and recorded the same
//   way: the run's snapshot, counts and colours never depend on the email.
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions:
//   "Add-ons don't automatically send the user an email when code run by an installable
//   trigger throws an exception." Hence the outbox record the sidebar shows.
import { uiLocale } from '../../i18n/locale';
import { type Translator, translator } from '../../i18n/translate';
import { type ColumnNow, newsOf, seenNow, toWait } from './changes';
import { composeDigest } from './compose';
import { type DigestColumn, digestLines } from './lines';
import {
  isDigestProperty,
  OUTBOX_PROPERTY,
  type Outbox,
  outboxOf,
  SEEN_PREFIX,
  seenOf,
  seenProperty,
  serializeOutbox,
  serializeSeen,
  type Waiting,
} from './state';
import type { Subscriber } from './subscriber';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { DigestColumn } from './lines';

export interface DigestRun {
  /** Who turned the digest on (from the schedule), or none: then nothing happens. */
  subscriber: Subscriber | null | undefined;
  /** The document properties as the run read them at its start. */
  properties: Record<string, string>;
  timeZone: string;
  /** When the run started (ms). */
  started: number;
  /** The columns this run took snapshots of (it may stop early: the rest wait). */
  columns: readonly DigestColumn[];
  /** The keys of every marked column, reached or not: the others' state is obsolete. */
  allKeys: ReadonlySet<string>;
  /** A sheet's data cells by column position, as the run read them. */
  cellsOf: DigestColumnsReader;
}

export type DigestColumnsReader = (
  source: DigestColumn['source'],
) => (position: number) => readonly unknown[];

/** What the digest did: nothing (off), nothing new, sent, waiting for quota, or failed. */
export type DigestStatus = 'off' | 'quiet' | 'sent' | 'quota' | 'failed';

/**
 * The subscriber's words: their own language setting as Session gave it when they turned the
 * digest on (Dutch for nl, nl_NL, nl_BE, English otherwise); the spreadsheet's locale only
 * when Session gave none (one Spreadsheet call, then).
 */
function wordsFor(spreadsheet: Spreadsheet, subscriber: Subscriber): Translator {
  return translator(uiLocale(subscriber.locale, () => spreadsheet.getSpreadsheetLocale()));
}

function columnNow(column: DigestColumn): ColumnNow {
  const { snapshot } = column;
  return {
    key: column.key,
    isolated: snapshot.isolated,
    health: typeof snapshot.health === 'string' ? snapshot.health : '',
    stale: column.staleRuns !== null,
    pace: typeof snapshot.pace === 'string' ? snapshot.pace : '',
  };
}

/** A moment as the reader writes it, on the spreadsheet's clock: "13 apr 2026 06:00". */
function formatTime(words: Translator, ms: number, timeZone: string): string {
  const [day, time] = Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm').split(' ');
  return `${words.day(day)} ${time}`;
}

/** The hook. Writes its state in one setProperties; never throws into the run. */
export function digestAfterRun(spreadsheet: Spreadsheet, run: DigestRun): DigestStatus {
  if (!run.subscriber) return 'off';
  try {
    return deliver(spreadsheet, run, run.subscriber);
  } catch (error) {
    // Not even the state could be written (a property quota, say): the next run tries again.
    console.log(`KPI Guard: the change digest failed: ${String(error)}`);
    return 'failed';
  }
}

function deliver(spreadsheet: Spreadsheet, run: DigestRun, subscriber: Subscriber): DigestStatus {
  const store = PropertiesService.getDocumentProperties();
  const at = new Date(run.started).toISOString();
  const watched = run.columns.filter((c) => c.column.settings.role !== 'time');
  const nows = watched.map(columnNow);
  const outbox = outboxOf(run.properties);
  const { news, unreached } = newsOf(
    nows,
    (key) => seenOf(run.properties, key),
    outbox.waiting,
    at,
  );
  let next: Outbox;
  let status: DigestStatus;
  if (news.length === 0) {
    status = 'quiet';
    next =
      unreached.length > 0
        ? { ...outbox, waiting: toWait(unreached) }
        : { ...outbox, waiting: [], quotaUsedAt: null, failure: null };
  } else {
    const attempt = send(spreadsheet, run, subscriber, news, watched);
    status = attempt.status;
    const waiting = toWait(status === 'sent' ? unreached : [...unreached, ...news]);
    if (attempt.status === 'sent') {
      next = { ...outbox, waiting, quotaUsedAt: null, failure: null, lastSentAt: at };
    } else if (attempt.status === 'quota') {
      next = { ...outbox, waiting, quotaUsedAt: at, failure: null };
    } else {
      next = { ...outbox, waiting, quotaUsedAt: null, failure: { reason: attempt.reason, at } };
    }
  }
  const writes: Record<string, string> = { [OUTBOX_PROPERTY]: serializeOutbox(next) };
  for (const now of nows) writes[seenProperty(now.key)] = serializeSeen(seenNow(now));
  store.setProperties(writes);
  // Columns no longer marked: what the runs saw of them goes.
  for (const key of Object.keys(run.properties)) {
    if (key.startsWith(SEEN_PREFIX) && !run.allKeys.has(key.slice(SEEN_PREFIX.length))) {
      store.deleteProperty(key);
    }
  }
  return status;
}

/**
 * The one attempt of this run: the quota first (with none left nothing is attempted, and
 * nothing loops), then one email carrying every change.
 */
function send(
  spreadsheet: Spreadsheet,
  run: DigestRun,
  subscriber: Subscriber,
  news: readonly Waiting[],
  watched: readonly DigestColumn[],
): { status: 'sent' } | { status: 'quota' } | { status: 'failed'; reason: string } {
  try {
    if (MailApp.getRemainingDailyQuota() < 1) return { status: 'quota' };
    const words = wordsFor(spreadsheet, subscriber);
    const lines = digestLines(news, new Map(watched.map((c) => [c.key, c])), {
      url: spreadsheet.getUrl(),
      cellsOf: run.cellsOf,
      dayOf: (date) => Utilities.formatDate(date, run.timeZone, 'yyyy-MM-dd'),
      words,
    });
    const email = composeDigest(words, {
      spreadsheet: spreadsheet.getName(),
      time: formatTime(words, run.started, run.timeZone),
      lines,
    });
    MailApp.sendEmail({
      to: subscriber.email,
      subject: email.subject,
      body: email.body,
      htmlBody: email.htmlBody,
      name: words.t('addon.name'),
    });
    return { status: 'sent' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'failed', reason: reason.slice(0, 500) };
  }
}

/** A new subscriber (or none) starts without what the runs saw for the one before. */
export function forgetDigestState(): void {
  const store = PropertiesService.getDocumentProperties();
  for (const key of store.getKeys()) if (isDigestProperty(key)) store.deleteProperty(key);
}
