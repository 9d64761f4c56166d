// Runs time-driven triggers as the clock passes their due times, earliest first, each with
// the clock set to its due time and a time-driven event object:
// https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
import type { Clock } from '../services/clock';
import type { TriggerStore } from '../services/scriptApp';
import type { TriggerData } from '../services/triggers';
import { nextRun } from '../services/triggers';
import { zonedParts } from '../services/zonedTime';

export interface TriggerRun {
  handler: string;
  triggerUid: string;
  at: Date;
  error: string | null;
}

export type RunHandler = (trigger: TriggerData, event: Record<string, unknown>) => void;

/** ISO week number, as the event's week-of-year. */
function isoWeek(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

export function clockEvent(
  trigger: TriggerData,
  at: number,
  timeZone: string,
): Record<string, unknown> {
  const z = zonedParts(at, timeZone);
  return {
    authMode: 'FULL',
    'day-of-month': z.day,
    'day-of-week': z.weekday === 0 ? 7 : z.weekday,
    hour: z.hour,
    minute: z.minute,
    month: z.month,
    second: z.second,
    timezone: timeZone,
    triggerUid: trigger.id,
    'week-of-year': isoWeek(z.year, z.month, z.day),
    year: z.year,
  };
}

export function installScheduler(
  clock: Clock,
  store: TriggerStore,
  timeZone: string,
  run: RunHandler,
  runs: TriggerRun[],
): void {
  clock.onAdvance((until) => {
    // A handler may create or delete triggers, so the next due one is looked up each time.
    for (;;) {
      const due = store.triggers
        .filter((t) => t.nextRun !== null && t.nextRun <= until)
        .sort((a, b) => (a.nextRun ?? 0) - (b.nextRun ?? 0))[0];
      if (!due || due.nextRun === null) return;
      const at = due.nextRun;
      clock.setTime(at);
      due.nextRun = due.schedule ? nextRun(due.schedule, at) : null;
      let error: string | null = null;
      try {
        run(due, clockEvent(due, at, due.schedule?.timeZone ?? timeZone));
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      runs.push({ handler: due.handler, triggerUid: due.id, at: new Date(at), error });
    }
  });
}
