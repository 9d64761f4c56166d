// The schedule: how often KPI Guard recalculates this document (a time-driven trigger),
// after how many unchanged runs a KPI is marked STALE, and whether the person saving wants
// an email when a run finds something changed for the worse. Saved with the sidebar's Save.
import type { Ref } from 'preact';
import type { DigestView, Recalculate, ScheduleView } from '../addon/endpoints';
import type { ScheduleEdit } from './drafts';
import { describedBy, Field } from './Field';
import { useI18n } from './i18n';

const OPTIONS: readonly Recalculate[] = ['off', 'hourly', 'daily', 'weekly'];

export interface ScheduleProps {
  schedule: ScheduleView;
  edit: ScheduleEdit;
  update: (edit: ScheduleEdit) => void;
  errorOf: (field: string) => string | undefined;
  /** The Recalculate select, which the menu's "Schedule…" focuses. */
  selectRef: Ref<HTMLSelectElement>;
}

export function ScheduleFields({ schedule, edit, update, errorOf, selectRef }: ScheduleProps) {
  const { t } = useI18n();
  const recalculateError = errorOf('recalculate');
  const staleError = errorOf('staleAfter');
  const digestError = errorOf('digest');
  return (
    <section class="schedule" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('schedule.heading')}</h2>
      <div class="pair">
        <Field
          label={t('schedule.recalculate')}
          error={recalculateError}
          errorId="error-schedule-recalculate"
        >
          <select
            ref={selectRef}
            aria-label={t('schedule.recalculate')}
            value={edit.recalculate}
            onChange={(e) => update({ ...edit, recalculate: e.currentTarget.value as Recalculate })}
            {...describedBy(recalculateError, 'error-schedule-recalculate')}
          >
            {OPTIONS.map((option) => (
              <option key={option} value={option}>
                {t(`schedule.${option}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('schedule.staleAfter')} error={staleError} errorId="error-schedule-stale">
          <input
            type="number"
            aria-label={t('schedule.staleAfter')}
            min={1}
            step={1}
            value={edit.staleAfter}
            onInput={(e) => update({ ...edit, staleAfter: e.currentTarget.value })}
            {...describedBy(staleError, 'error-schedule-stale')}
          />
        </Field>
      </div>
      <p class="hint">{t('schedule.staleHint')}</p>
      <p class="hint">
        {t('schedule.hint', {
          history: schedule.history,
          hour: String(schedule.hour).padStart(2, '0'),
          zone: schedule.timeZone,
        })}
      </p>
      <DigestField
        digest={schedule.digest}
        scheduled={edit.recalculate !== 'off'}
        checked={edit.recalculate !== 'off' && (edit.digest ?? schedule.digest.on)}
        onChange={(digest) => update({ ...edit, digest })}
        error={digestError}
      />
    </section>
  );
}

/**
 * "Email me when something changes": offered only while a schedule is chosen (the email
 * comes after a scheduled run), with who gets it and what waits, in plain words.
 */
function DigestField(props: {
  digest: DigestView;
  scheduled: boolean;
  checked: boolean;
  onChange: (on: boolean) => void;
  error: string | undefined;
}) {
  const words = useI18n();
  const { t } = words;
  const { digest, scheduled, error } = props;
  /** "2026-04-07 06:00" as the reader writes it: "7 apr 2026 06:00". */
  const when = (moment: string) => `${words.day(moment.slice(0, 10))} ${moment.slice(11)}`;
  const hintId = 'digest-hint';
  const errorId = 'error-schedule-digest';
  return (
    <div class="field digest">
      <label class="check">
        <input
          type="checkbox"
          checked={props.checked}
          disabled={!scheduled}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          {...(error ? { 'aria-invalid': true } : {})}
        />
        <span>{t('digest.label')}</span>
      </label>
      {error ? (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <p class="hint" id={hintId}>
        {scheduled ? t('digest.hint') : t('digest.needsSchedule')}
      </p>
      {digest.on && digest.recipient ? (
        <p class="hint">{t('digest.recipient', { email: digest.recipient })}</p>
      ) : null}
      {digest.quotaUsedAt ? (
        <p class="digest-note">
          {t('digest.quotaUsed', { time: when(digest.quotaUsedAt), count: digest.waiting })}
        </p>
      ) : null}
      {digest.failure ? (
        <p class="digest-note">
          {t('digest.failed', {
            time: when(digest.failure.at),
            reason: digest.failure.reason,
            count: digest.waiting,
          })}
        </p>
      ) : null}
      {digest.on && digest.lastSentAt ? (
        <p class="hint">{t('digest.lastSent', { time: when(digest.lastSentAt) })}</p>
      ) : null}
    </div>
  );
}
