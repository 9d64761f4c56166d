// The schedule the user chose in the sidebar, kept in one document property and validated on
// every read: how often the recalculation runs and after how many unchanged runs a KPI is
// STALE. A missing or unreadable property means Off, so a document whose KPI Guard settings
// were removed stops its runs (the run deletes its own trigger).
import * as v from 'valibot';
import { PROPERTY_PREFIX } from '../artifacts';
import { SubscriberSchema } from '../digest/subscriber';
import { parseStored } from '../settings/schema';

export const RECALCULATE = ['off', 'hourly', 'daily', 'weekly'] as const;
export type Recalculate = (typeof RECALCULATE)[number];

export const SCHEDULE_PROPERTY = `${PROPERTY_PREFIX}schedule`;
export const DEFAULT_STALE_AFTER = 3;
export const MAX_STALE_AFTER = 1000;

const SCHEDULE_VERSION = 1;

export const ScheduleSchema = v.strictObject({
  v: v.literal(SCHEDULE_VERSION),
  recalculate: v.picklist(RECALCULATE),
  staleAfter: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(MAX_STALE_AFTER)),
  rev: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  /**
   * The unique id of the trigger made for this choice. Triggers belong to the user who made
   * them, so another editor's earlier choice may still have one: a run whose trigger is not
   * this one deletes itself, and the document keeps exactly one.
   */
  trigger: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(200)))),
  /**
   * The change digest: who ticked "Email me when something changes" (and their language),
   * or none. Only while the schedule is on: choosing Off turns it off.
   */
  digest: v.optional(v.nullable(SubscriberSchema)),
});
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

/** What an unset (or unreadable) schedule means: no runs, the default STALE count. */
export const NO_SCHEDULE: Schedule = {
  v: SCHEDULE_VERSION,
  recalculate: 'off',
  staleAfter: DEFAULT_STALE_AFTER,
  rev: 0,
};

/** The stored schedule, from the document's properties as getProperties answers them. */
export function scheduleOf(properties: Record<string, string>): Schedule {
  const parsed = parseStored(ScheduleSchema, properties[SCHEDULE_PROPERTY] ?? null);
  return parsed.ok ? parsed.value : NO_SCHEDULE;
}

/** The property text for a schedule, checked against the schema it is read with. */
export function serializeSchedule(schedule: Omit<Schedule, 'v'>): string {
  return JSON.stringify(v.parse(ScheduleSchema, { v: SCHEDULE_VERSION, ...schedule }));
}
