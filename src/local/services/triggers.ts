// Installable triggers as data, and when a time-driven one is next due. Schedules follow the
// TriggerBuilder calls; Apps Script randomises the minute within the hour, this runtime does not.
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder
import { zonedParts } from './zonedTime';

export type EventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export interface ClockSchedule {
  /** Repeat interval in ms, or null for a one-off (at / after). */
  everyMs: number | null;
  /** Wall-clock hour/minute (daily and weekly triggers). */
  atHour: number | null;
  nearMinute: number;
  /** 0 = Sunday (weekly triggers). */
  weekDay: number | null;
  timeZone: string;
  /** One-off time. */
  at: number | null;
}

export interface TriggerData {
  id: string;
  handler: string;
  eventType: EventType;
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  user: string;
  schedule: ClockSchedule | null;
  nextRun: number | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The first wall-clock match at or after `from` (stepping 15 minutes covers odd offsets). */
function nextWallClock(from: number, s: ClockSchedule): number {
  const step = 15 * 60_000;
  let t = Math.ceil(from / step) * step;
  for (let i = 0; i < 4 * 24 * 8; i++, t += step) {
    const z = zonedParts(t, s.timeZone);
    if (z.hour !== s.atHour || z.minute !== 0) continue;
    if (s.weekDay !== null && z.weekday !== s.weekDay) continue;
    return t + s.nearMinute * 60_000;
  }
  return from;
}

/** When a new trigger first runs. */
export function firstRun(s: ClockSchedule, created: number): number {
  if (s.at !== null) return s.at;
  if (s.atHour !== null) return nextWallClock(created, s);
  if (s.weekDay !== null) {
    return nextWallClock(created, { ...s, atHour: zonedParts(created, s.timeZone).hour });
  }
  return created + (s.everyMs ?? DAY);
}

/** When a trigger runs after running at `ran`; null for a spent one-off. */
export function nextRun(s: ClockSchedule, ran: number): number | null {
  return s.everyMs === null ? null : ran + s.everyMs;
}

export { DAY, HOUR };
