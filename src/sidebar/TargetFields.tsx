// A target's settings: goal, baseline, start and end (its direction follows from the goal
// against the baseline), and how its progress is counted: the column's latest value, or the
// sum of its rows over the period.

import type { ColumnDraft } from '../addon/endpoints';
import { draftNumber } from './drafts';
import { describedBy, Field } from './Field';
import { useI18n } from './i18n';
import type { FieldsProps } from './KpiFields';

type TargetField = 'goal' | 'baseline' | 'start' | 'end';
type Measure = ColumnDraft['measure'];

const MEASURE_OPTIONS: readonly Measure[] = ['latest', 'sum'];

export function TargetFields({
  column,
  draft,
  view,
  drafts,
  update,
  errorOf,
  errorId,
}: FieldsProps) {
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
  // The Time column as drafted: it dates the rows a sum over the period adds up.
  const time = view.columns.find((c) => (drafts[c.ref.key] ?? c.saved).role === 'time');
  const measureHint =
    draft.measure === 'latest'
      ? t('measure.latestHint')
      : time
        ? t('measure.sumHint', { time: time.name })
        : t('measure.sumHintNoTime');
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
      {/* A choice between two values: nothing to refuse beside it (a value the server does not
          know is an unreadable request, answered with Reload). */}
      <Field label={t('field.measure')} errorId={errorId('measure')}>
        <select
          aria-label={t('measure.label', { column: name })}
          value={draft.measure}
          onChange={(e) =>
            update({ ...draft, measure: e.currentTarget.value === 'sum' ? 'sum' : 'latest' })
          }
        >
          {MEASURE_OPTIONS.map((measure) => (
            <option key={measure} value={measure}>
              {t(`measure.${measure}`)}
            </option>
          ))}
        </select>
      </Field>
      <p class="hint">{measureHint}</p>
    </div>
  );
}
