// The schedule part of a sidebar save: checked against what is stored (under the save's
// lock) before anything is written, then stored with its trigger replaced.
import { type Message, message } from '../../i18n/translate';
import { forgetDigestState } from '../digest/send';
import { activeSubscriber, type Subscriber, sameSubscriber } from '../digest/subscriber';
import type { FieldError } from '../marking/contract';
import { numberFrom } from '../marking/drafts';
import type { ScheduleDraft } from './request';
import { MAX_STALE_AFTER, SCHEDULE_PROPERTY, type Schedule, serializeSchedule } from './settings';
import { setScheduleTrigger } from './trigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type SchedulePlan =
  | { ok: true; next: Omit<Schedule, 'v'> | null }
  | { ok: false; message: Message; errors: FieldError[] };

/**
 * The schedule to store (null: nothing changed), or why not. Pure but for `whoAsks`, asked
 * only when the digest is being turned on: the person saving, who will get the emails.
 */
export function planSchedule(
  current: Schedule,
  draft: ScheduleDraft | null | undefined,
  whoAsks: () => Subscriber | null = activeSubscriber,
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
  // The digest follows an email after a scheduled run: Off turns it off. Turned on, it goes
  // to whoever ticked it; left on, it stays with the person it was.
  const stored = current.recalculate === 'off' ? null : (current.digest ?? null);
  const wanted = draft.recalculate !== 'off' && (draft.digest ?? stored !== null);
  let digest: Subscriber | null = null;
  if (wanted) {
    digest = stored ?? whoAsks();
    if (digest === null) {
      return {
        ok: false,
        message: message('save.invalid'),
        errors: [{ key: '', field: 'digest', message: message('invalid.digestNoEmail') }],
      };
    }
  }
  if (
    draft.recalculate === current.recalculate &&
    staleAfter === current.staleAfter &&
    sameSubscriber(digest, stored)
  ) {
    return { ok: true, next: null };
  }
  return {
    ok: true,
    next: {
      recalculate: draft.recalculate,
      staleAfter,
      rev: current.rev + 1,
      trigger: null,
      digest,
    },
  };
}

/**
 * Replaces the trigger, then stores the schedule (under the caller's document lock). A
 * refused trigger (Google's limits) stores nothing and says why beside the select.
 */
export function applySchedule(
  spreadsheet: Spreadsheet,
  current: Schedule,
  next: Omit<Schedule, 'v'>,
): FieldError | null {
  let trigger: string | null;
  try {
    trigger = setScheduleTrigger(spreadsheet, next.recalculate);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { key: '', field: 'recalculate', message: message('invalid.trigger', { reason }) };
  }
  // A digest turned on, off or over to someone else starts without the old one's state.
  const stored = current.recalculate === 'off' ? null : (current.digest ?? null);
  if (!sameSubscriber(stored, next.digest)) forgetDigestState();
  PropertiesService.getDocumentProperties().setProperty(
    SCHEDULE_PROPERTY,
    serializeSchedule({ ...next, trigger }),
  );
  return null;
}
