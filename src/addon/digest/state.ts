// What the change digest remembers between scheduled runs, in document properties under
// KPI Guard's prefix (so Remove KPI Guard takes it away):
//  - per marked column, the statuses the previous run saw (kpiguard.digest.seen.<key>): one
//    small property each, so the 9 KB a value may hold never limits the number of columns;
//  - the outbox (kpiguard.digest.outbox): changes still waiting to be sent because the day's
//    mail quota was used up or the send failed, when that was found, and when the last email
//    went out.
// Validated on read: an unreadable entry counts as absent. Pure but for the property names.
import * as v from 'valibot';
import { PROPERTY_PREFIX } from '../artifacts';
import { parseStored } from '../settings/schema';

export const DIGEST_PREFIX = `${PROPERTY_PREFIX}digest.`;
export const SEEN_PREFIX = `${DIGEST_PREFIX}seen.`;
export const OUTBOX_PROPERTY = `${DIGEST_PREFIX}outbox`;

/** At most this many changes wait (each ~100 characters: the outbox stays within 8,000). */
export const MAX_WAITING = 50;

export const CHANGE_KINDS = ['isolated', 'unhealthy', 'stale', 'offTrack', 'missed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const SeenSchema = v.strictObject({
  v: v.literal(1),
  isolated: v.boolean(),
  /** KPI_HEALTH's word ("UNHEALTHY"), "" for a target. */
  health: text(100),
  stale: v.boolean(),
  /** TARGET_PACE's word ("OFF TRACK", "MISSED"), "" for a KPI. */
  pace: text(100),
});
export type Seen = v.InferOutput<typeof SeenSchema>;

const WaitingSchema = v.strictObject({
  /** The column's key across runs ("<sheetId>:<columnId>"). */
  column: text(200),
  kind: v.picklist(CHANGE_KINDS),
  /** When a run first found it (ISO 8601). */
  since: text(40),
});
export type Waiting = v.InferOutput<typeof WaitingSchema>;

const OutboxSchema = v.strictObject({
  v: v.literal(1),
  waiting: v.pipe(v.array(WaitingSchema), v.maxLength(MAX_WAITING)),
  /** When a run found the day's quota used up, while changes wait (ISO 8601). */
  quotaUsedAt: v.nullable(text(40)),
  /** Why the last send failed, and when. */
  failure: v.nullable(v.strictObject({ reason: text(500), at: text(40) })),
  /** When the last digest email went out. */
  lastSentAt: v.nullable(text(40)),
});
export type Outbox = v.InferOutput<typeof OutboxSchema>;

export const EMPTY_OUTBOX: Outbox = {
  v: 1,
  waiting: [],
  quotaUsedAt: null,
  failure: null,
  lastSentAt: null,
};

export const seenProperty = (columnKey: string) => `${SEEN_PREFIX}${columnKey}`;

export function seenOf(properties: Record<string, string>, columnKey: string): Seen | null {
  const parsed = parseStored(SeenSchema, properties[seenProperty(columnKey)] ?? null);
  return parsed.ok ? parsed.value : null;
}

export function outboxOf(properties: Record<string, string>): Outbox {
  const parsed = parseStored(OutboxSchema, properties[OUTBOX_PROPERTY] ?? null);
  return parsed.ok ? parsed.value : EMPTY_OUTBOX;
}

export const serializeSeen = (seen: Seen) => JSON.stringify(v.parse(SeenSchema, seen));
export const serializeOutbox = (outbox: Outbox) => JSON.stringify(v.parse(OutboxSchema, outbox));

/** Every digest property: what a new subscription starts without. */
export const isDigestProperty = (key: string) => key.startsWith(DIGEST_PREFIX);
