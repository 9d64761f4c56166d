// The schedule: how often KPI Guard recalculates this document (a time-driven trigger) and
// after how many unchanged runs a KPI is marked STALE. Saved with the sidebar's Save.
import type { Ref } from 'preact';
import type { Recalculate, ScheduleView } from '../addon/endpoints';
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
    </section>
  );
}
