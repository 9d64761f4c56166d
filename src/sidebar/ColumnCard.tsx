// One column of the sheet: its name, its role, and the settings of that role.
import type { ColumnDraft, Role } from '../addon/endpoints';
import { describedBy } from './Field';
import { useI18n } from './i18n';
import { type FieldsProps, KpiFields } from './KpiFields';
import { TargetFields } from './TargetFields';

const ROLE_OPTIONS: readonly Role[] = ['none', 'kpi', 'target', 'time'];

export function ColumnCard(props: FieldsProps & { changed: boolean }) {
  const { column, draft, update, errorOf, errorId, changed } = props;
  const { t, format } = useI18n();
  const setRole = (role: Role) => update({ ...draft, role } as ColumnDraft);
  const columnError = errorOf('column');
  const roleError = errorOf('role');
  return (
    <li class={`column role-${draft.role}${changed ? ' changed' : ''}`}>
      <div class="column-head">
        <span class="letter" aria-hidden="true">
          {column.letter}
        </span>
        <span class="name">{column.name}</span>
        <select
          class="role"
          aria-label={t('role.label', { column: column.name })}
          value={draft.role}
          disabled={column.locked !== null}
          onChange={(e) => setRole(e.currentTarget.value as Role)}
          {...describedBy(roleError, errorId('role'))}
        >
          {ROLE_OPTIONS.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      {column.locked ? <p class="locked">{format(column.locked)}</p> : null}
      {columnError ? (
        <p class="field-error" id={errorId('column')}>
          {columnError}
        </p>
      ) : null}
      {roleError ? (
        <p class="field-error" id={errorId('role')}>
          {roleError}
        </p>
      ) : null}
      {draft.role === 'kpi' ? <KpiFields {...props} /> : null}
      {draft.role === 'target' ? <TargetFields {...props} /> : null}
      {draft.role === 'time' ? <p class="hint">{t('time.hint')}</p> : null}
    </li>
  );
}
