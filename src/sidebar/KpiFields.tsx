// A KPI's settings: direction, healthy band, counterparts with their rules, and for a KPI
// measured alone the warning and the suggested counterparts.
import type {
  ColumnDraft,
  ColumnView,
  Rule,
  SidebarView,
  SuggestionView,
} from '../addon/endpoints';
import type { Drafts } from './drafts';
import { paceOffered } from './drafts';
import { describedBy, Field } from './Field';
import { useI18n } from './i18n';

export interface FieldsProps {
  column: ColumnView;
  draft: ColumnDraft;
  view: SidebarView;
  drafts: Drafts;
  update: (draft: ColumnDraft) => void;
  errorOf: (field: string) => string | undefined;
  errorId: (field: string) => string;
}

export function KpiFields(props: FieldsProps) {
  const { column, draft, view, drafts, update, errorOf, errorId } = props;
  const { t } = useI18n();
  const name = column.name;
  const setDirection = (direction: 'up' | 'down') =>
    update({
      ...draft,
      direction,
      // A lower-is-better KPI has no "keep pace" rule: its pairs fall back to guardrails.
      counterparts:
        direction === 'down'
          ? draft.counterparts.map((c) => (c.rule === 'pace' ? { ...c, rule: 'up' } : c))
          : draft.counterparts,
    });
  const number = (field: 'healthyMin' | 'healthyMax', label: string, accessibleName: string) => (
    <Field label={label} error={errorOf(field)} errorId={errorId(field)}>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={accessibleName}
        value={String(draft[field])}
        onInput={(e) => update({ ...draft, [field]: e.currentTarget.value })}
        {...describedBy(errorOf(field), errorId(field))}
      />
    </Field>
  );
  return (
    <div class="role-fields">
      <Field
        label={t('field.direction')}
        error={errorOf('direction')}
        errorId={errorId('direction')}
      >
        <select
          aria-label={t('direction.label', { column: name })}
          value={draft.direction}
          onChange={(e) => setDirection(e.currentTarget.value === 'down' ? 'down' : 'up')}
          {...describedBy(errorOf('direction'), errorId('direction'))}
        >
          <option value="up">{t('direction.up')}</option>
          <option value="down">{t('direction.down')}</option>
        </select>
      </Field>
      <div class="pair">
        {number('healthyMin', t('field.healthyMin'), t('healthyMin.label', { column: name }))}
        {number('healthyMax', t('field.healthyMax'), t('healthyMax.label', { column: name }))}
      </div>
      <p class="hint">{t('healthy.hint')}</p>
      <Counterparts {...props} />
      {draft.counterparts.length === 0 ? (
        <Alone column={column} draft={draft} view={view} drafts={drafts} update={update} />
      ) : null}
    </div>
  );
}

function Counterparts({ column, draft, view, drafts, update, errorOf, errorId }: FieldsProps) {
  const { t, locale } = useI18n();
  const name = column.name;
  const others = view.columns.filter(
    (c) => c.ref.key !== column.ref.key && drafts[c.ref.key]?.role !== 'time',
  );
  const linked = new Map(draft.counterparts.map((c) => [c.ref.key, c]));
  const toggle = (other: ColumnView, on: boolean) =>
    update({
      ...draft,
      counterparts: on
        ? [...draft.counterparts, { ref: other.ref, rule: 'up' }]
        : draft.counterparts.filter((c) => c.ref.key !== other.ref.key),
    });
  const setRule = (key: string, rule: Rule) =>
    update({
      ...draft,
      counterparts: draft.counterparts.map((c) => (c.ref.key === key ? { ...c, rule } : c)),
    });
  const error = errorOf('counterparts');
  return (
    <fieldset
      class="counterparts"
      aria-label={t('counterparts.label', { column: name })}
      {...describedBy(error, errorId('counterparts'))}
    >
      <legend>{t('field.counterparts')}</legend>
      <p class="hint">{t('counterparts.hint')}</p>
      {others.length === 0 ? <p class="hint">{t('counterparts.noOthers')}</p> : null}
      <ul>
        {others.map((other) => {
          const link = linked.get(other.ref.key);
          const pace = paceOffered(draft, drafts[other.ref.key], locale) || link?.rule === 'pace';
          return (
            <li key={other.ref.key}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={link !== undefined}
                  onChange={(e) => toggle(other, e.currentTarget.checked)}
                />
                <span>{other.name}</span>
              </label>
              {link ? (
                <select
                  class="rule"
                  aria-label={t('rule.label', { counterpart: other.name, column: name })}
                  value={link.rule === 'pace' ? 'pace' : 'guard'}
                  onChange={(e) =>
                    setRule(other.ref.key, e.currentTarget.value === 'pace' ? 'pace' : 'up')
                  }
                >
                  <option value="guard">{t('rule.guard')}</option>
                  {pace ? <option value="pace">{t('rule.pace')}</option> : null}
                </select>
              ) : null}
            </li>
          );
        })}
      </ul>
      {error ? (
        <p class="field-error" id={errorId('counterparts')}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

interface AloneProps {
  column: ColumnView;
  draft: ColumnDraft;
  view: SidebarView;
  drafts: Drafts;
  update: (draft: ColumnDraft) => void;
}

/** The warning for a KPI measured alone, and the columns that fell behind it, best first. */
function Alone({ column, draft, drafts, update }: AloneProps) {
  const { t } = useI18n();
  const name = column.name;
  const pair = (s: SuggestionView) =>
    update({ ...draft, counterparts: [...draft.counterparts, { ref: s.ref, rule: s.rule }] });
  const suggestions = column.suggestions?.filter((s) => drafts[s.ref.key]?.role !== 'time');
  return (
    <div class="alone">
      <p class="warning">
        <span class="icon" aria-hidden="true">
          !
        </span>
        {t('alone.warning', { column: name })}
      </p>
      {suggestions === undefined ? (
        <p class="hint">{t('suggest.afterSave', { column: name })}</p>
      ) : suggestions.length === 0 ? (
        <p class="hint">{t('suggest.none', { column: name })}</p>
      ) : (
        <>
          <p class="label">{t('suggest.heading')}</p>
          <ol class="suggestions">
            {suggestions.map((s) => (
              <li key={s.ref.key}>
                <button type="button" class="secondary" onClick={() => pair(s)}>
                  {t('suggest.pair', { column: s.name })}
                </button>
                <span class="hint">
                  {t('suggest.reason', { flagged: s.flaggedRows, judged: s.judgedRows, kpi: name })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
