// The one time-driven trigger that runs the scheduled recalculation in this document.
//
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions:
//   "Each add-on can only have one trigger of each type, per user, per document." and
//   "Time-driven triggers cannot run more frequently than once per hour."
// https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers:
//   "(Note that an add-on can use a time-driven trigger once per hour at most.) The time may
//   be slightly randomized — for example, if you create a recurring 9 a.m. trigger, Apps
//   Script chooses a time between 9 a.m. and 10 a.m."
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String):
//   "Specifies the timezone for the specified dates/time when the trigger runs. By default,
//   the timezone is that of the script." A daily or weekly run is therefore given the
//   spreadsheet's time zone, not the add-on's.
// https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet):
//   the user's installable triggers in this spreadsheet, for this add-on only: how the one
//   trigger is found again, to replace it or delete it.
import type { Recalculate } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/** The public function the trigger runs (a stub in dist/Stubs.js). */
export const RUN_HANDLER = 'runScheduledRecalculation';

/** Daily and weekly runs come around this hour, before a working day starts. */
export const RUN_HOUR = 6;

/**
 * This add-on's time-driven triggers in this document for this user: at most one can exist,
 * and it is KPI Guard's scheduled run whatever handler an older version gave it.
 */
export function scheduleTriggers(spreadsheet: Spreadsheet): Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter(
    (trigger) => trigger.getEventType() === ScriptApp.EventType.CLOCK,
  );
}

/** Deletes the schedule's trigger; true if there was one. */
export function deleteScheduleTrigger(spreadsheet: Spreadsheet): boolean {
  const found = scheduleTriggers(spreadsheet);
  for (const trigger of found) ScriptApp.deleteTrigger(trigger);
  return found.length > 0;
}

/**
 * Replaces the schedule's trigger by one for `recalculate` (none for Off). Returns the new
 * trigger's unique id, or null.
 */
export function setScheduleTrigger(
  spreadsheet: Spreadsheet,
  recalculate: Recalculate,
): string | null {
  // The old one goes first: a second time-driven trigger would be refused.
  deleteScheduleTrigger(spreadsheet);
  if (recalculate === 'off') return null;
  const clock = ScriptApp.newTrigger(RUN_HANDLER).timeBased();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  let trigger: Trigger;
  if (recalculate === 'hourly') {
    trigger = clock.everyHours(1).create();
  } else if (recalculate === 'daily') {
    trigger = clock.everyDays(1).atHour(RUN_HOUR).inTimezone(timeZone).create();
  } else {
    trigger = clock
      .everyWeeks(1)
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(RUN_HOUR)
      .inTimezone(timeZone)
      .create();
  }
  return trigger.getUniqueId();
}
