// A target's settings: goal, baseline, start and end; its direction follows from the goal
// against the baseline.

import { draftNumber } from './drafts';
import { describedBy, Field } from './Field';
import { useI18n } from './i18n';
import type { FieldsProps } from './KpiFields';

type TargetField = 'goal' | 'baseline' | 'start' | 'end';

export function TargetFields({ column, draft, update, errorOf, errorId }: FieldsProps) {
  const { t, locale } = useI18n();
  const name = column.name;
  const control = (field: TargetField, type: 'text' | 'date') => {
    const error = errorOf(field);
    const shared = {
      autoComplete: 'off',
      'aria-label': t(`${field}.label`, { column: name }),
      value: String(draft[field]),
      onInput: (e: { currentTarget: HTMLInputElement }) =>
        update({ ...draft, [field]: e.currentTarget.value }),
      ...describedBy(error, errorId(field)),
    };
    return (
      <Field label={t(`field.${field}`)} error={error} errorId={errorId(field)}>
        {type === 'date' ? (
          <input type="date" {...shared} />
        ) : (
          <input type="text" inputMode="decimal" {...shared} />
        )}
      </Field>
    );
  };
  const goal = draftNumber(draft.goal, locale);
  const baseline = draftNumber(draft.baseline, locale);
  const direction =
    Number.isFinite(goal) && Number.isFinite(baseline) && goal !== baseline
      ? t(goal > baseline ? 'target.up' : 'target.down')
      : null;
  return (
    <div class="role-fields">
      <div class="pair">
        {control('goal', 'text')}
        {control('baseline', 'text')}
      </div>
      {direction ? <p class="hint">{direction}</p> : null}
      <div class="pair">
        {control('start', 'date')}
        {control('end', 'date')}
      </div>
      <p class="hint">{t('target.latest')}</p>
    </div>
  );
}
