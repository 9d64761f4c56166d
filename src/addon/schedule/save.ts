// The schedule part of a sidebar save: checked against what is stored (under the save's
// lock) before anything is written, then stored with its trigger replaced.
import { type Message, message } from '../../i18n/translate';
import type { FieldError } from '../marking/contract';
import { numberFrom } from '../marking/drafts';
import type { ScheduleDraft } from './request';
import { MAX_STALE_AFTER, SCHEDULE_PROPERTY, type Schedule, serializeSchedule } from './settings';
import { setScheduleTrigger } from './trigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type SchedulePlan =
  | { ok: true; next: Omit<Schedule, 'v'> | null }
  | { ok: false; message: Message; errors: FieldError[] };

/** The schedule to store (null: nothing changed), or why not. Pure. */
export function planSchedule(
  current: Schedule,
  draft: ScheduleDraft | null | undefined,
): SchedulePlan {
  if (!draft) return { ok: true, next: null };
  if (draft.revision !== current.rev) {
    return { ok: false, message: message('save.scheduleStale'), errors: [] };
  }
  const staleAfter = numberFrom(draft.staleAfter);
  if (
    staleAfter === null ||
    !Number.isSafeInteger(staleAfter) ||
    staleAfter < 1 ||
    staleAfter > MAX_STALE_AFTER
  ) {
    const why = message('invalid.staleAfter', { max: MAX_STALE_AFTER });
    return {
      ok: false,
      message: message('save.invalid'),
      errors: [{ key: '', field: 'staleAfter', message: why }],
    };
  }
  if (draft.recalculate === current.recalculate && staleAfter === current.staleAfter) {
    return { ok: true, next: null };
  }
  return {
    ok: true,
    next: { recalculate: draft.recalculate, staleAfter, rev: current.rev + 1, trigger: null },
  };
}

/**
 * Replaces the trigger, then stores the schedule (under the caller's document lock). A
 * refused trigger (Google's limits) stores nothing and says why beside the select.
 */
export function applySchedule(
  spreadsheet: Spreadsheet,
  next: Omit<Schedule, 'v'>,
): FieldError | null {
  let trigger: string | null;
  try {
    trigger = setScheduleTrigger(spreadsheet, next.recalculate);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { key: '', field: 'recalculate', message: message('invalid.trigger', { reason }) };
  }
  PropertiesService.getDocumentProperties().setProperty(
    SCHEDULE_PROPERTY,
    serializeSchedule({ ...next, trigger }),
  );
  return null;
}
