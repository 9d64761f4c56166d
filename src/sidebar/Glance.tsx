// At a glance: each saved KPI with its health and trend, each target with its progress and
// pace on the as-of date. Every status is a word (the reader's, beside the identifier a
// formula returns); the colour only repeats it.
import type { ColumnView, Outcome, StaleMark } from '../addon/endpoints';
import { useI18n } from './i18n';

/** A CSS tone for a status word: good, watch or bad (never the only signal). */
function toneOf(status: string): string {
  if (['HEALTHY', 'IMPROVING', 'ON TRACK', 'ACHIEVED'].includes(status)) return 'good';
  if (['UNHEALTHY', 'WORSENING', 'OFF TRACK', 'MISSED'].includes(status)) return 'bad';
  if (['WATCH', 'AT RISK'].includes(status)) return 'watch';
  return 'neutral';
}

/** A status, or why it could not be computed (the function's own message, as in its cell). */
function Status({
  outcome,
  label,
}: {
  outcome: Outcome<string | null>;
  label: (shown: string) => string;
}) {
  const { t, status } = useI18n();
  if (!outcome.ok) {
    return <li class="status-word bad">{t('glance.cannotCompute', { reason: outcome.error })}</li>;
  }
  if (outcome.value === null) return <li class="status-word neutral">{t('glance.noValue')}</li>;
  return <li class={`status-word ${toneOf(outcome.value)}`}>{label(status(outcome.value))}</li>;
}

/** STALE from the scheduled runs: the latest value stayed the same for that many runs. */
function StaleStatus({ mark }: { mark: StaleMark | undefined }) {
  const { t } = useI18n();
  if (!mark) return null;
  return <li class="status-word watch">{t('glance.stale', { runs: mark.runs })}</li>;
}

/** Progress as a percentage to one decimal (0.385 → 38.5), written by the catalogue. */
function Progress({ outcome }: { outcome: Outcome<number | null> }) {
  const { t } = useI18n();
  if (!outcome.ok) {
    return <li class="status-word bad">{t('glance.cannotCompute', { reason: outcome.error })}</li>;
  }
  if (outcome.value === null) return <li class="status-word neutral">{t('glance.noValue')}</li>;
  const percent = Math.round(outcome.value * 1000) / 10;
  return <li class="status-word neutral">{t('glance.progress', { percent })}</li>;
}

export function Glance({ columns, stale }: { columns: ColumnView[]; stale: StaleMark[] }) {
  const { t } = useI18n();
  const shown = columns.filter((c) => c.glance !== null);
  return (
    <section class="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading">{t('glance.heading')}</h2>
      {shown.length === 0 ? <p class="hint">{t('glance.nothingMarked')}</p> : null}
      <ul>
        {shown.map((column) => {
          const glance = column.glance;
          if (!glance) return null;
          return (
            <li key={column.ref.key} class="glance-item">
              <span class="name">{column.name}</span>{' '}
              <span class="role-tag">
                {t(glance.role === 'kpi' ? 'glance.kpi' : 'glance.target')}
              </span>
              <ul class="statuses">
                {glance.role === 'kpi' ? (
                  <>
                    <Status
                      outcome={glance.health}
                      label={(status) => t('glance.health', { status })}
                    />
                    <Status
                      outcome={glance.trend}
                      label={(status) => t('glance.trend', { status })}
                    />
                    <StaleStatus mark={stale.find((s) => s.key === column.ref.key)} />
                  </>
                ) : (
                  <>
                    <Progress outcome={glance.progress} />
                    <Status
                      outcome={glance.pace}
                      label={(status) => t('glance.pace', { status })}
                    />
                  </>
                )}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
