// The schedule part of the sidebar's save request, as a valibot schema (the server parses it
// before anything else), and what the sidebar is shown of the schedule. No Apps Script types:
// the sidebar's compiler sees these.
import * as v from 'valibot';
import type { DigestView } from '../digest/contract';
import { RECALCULATE, type Recalculate } from './settings';

export const ScheduleDraftSchema = v.strictObject({
  recalculate: v.picklist(RECALCULATE),
  /** As typed (checked on the server), or a number. */
  staleAfter: v.union([v.pipe(v.string(), v.maxLength(100)), v.pipe(v.number(), v.finite())]),
  /** The revision of the schedule the sidebar was shown: 0 when none was ever saved. */
  revision: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  /** "Email me when something changes", ticked or not; absent: left as it is. */
  digest: v.optional(v.boolean()),
});
export type ScheduleDraft = v.InferOutput<typeof ScheduleDraftSchema>;

export interface ScheduleView {
  recalculate: Recalculate;
  staleAfter: number;
  revision: number;
  /** The spreadsheet's time zone, which daily and weekly runs keep. */
  timeZone: string;
  /** The hour daily and weekly runs come around. */
  hour: number;
  /** The sheet the snapshots go to. */
  history: string;
  /** The change digest: on or off, to whom, and what waits. */
  digest: DigestView;
}

/** A column of this sheet the scheduled run found STALE, by its sidebar key. */
export interface StaleMark {
  key: string;
  runs: number;
}
