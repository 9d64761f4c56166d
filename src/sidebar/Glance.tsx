// At a glance: each saved KPI with its health and trend, each target with its progress and
// pace on the as-of date. Every status is a word; the colour only repeats it.
import type { ColumnView, Outcome, StaleMark } from '../addon/endpoints';
import { t } from '../i18n/translate';

/** A CSS tone for a status word: good, watch or bad (never the only signal). */
function toneOf(status: string): string {
  if (['HEALTHY', 'IMPROVING', 'ON TRACK', 'ACHIEVED'].includes(status)) return 'good';
  if (['UNHEALTHY', 'WORSENING', 'OFF TRACK', 'MISSED'].includes(status)) return 'bad';
  if (['WATCH', 'AT RISK'].includes(status)) return 'watch';
  return 'neutral';
}

function Status({
  outcome,
  label,
}: {
  outcome: Outcome<string | null>;
  label: (s: string) => string;
}) {
  if (!outcome.ok) {
    return <li class="status-word bad">{t('glance.cannotCompute', { reason: outcome.error })}</li>;
  }
  const word = outcome.value ?? t('glance.noValue');
  return <li class={`status-word ${toneOf(word)}`}>{label(word)}</li>;
}

/** STALE from the scheduled runs: the latest value stayed the same for that many runs. */
function StaleStatus({ mark }: { mark: StaleMark | undefined }) {
  if (!mark) return null;
  return <li class="status-word watch">{t('glance.stale', { runs: mark.runs })}</li>;
}

function percent(outcome: Outcome<number | null>): Outcome<string | null> {
  if (!outcome.ok || outcome.value === null) return outcome as Outcome<null>;
  return { ok: true, value: String(Math.round(outcome.value * 100)) };
}

export function Glance({ columns, stale }: { columns: ColumnView[]; stale: StaleMark[] }) {
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
                    <Status
                      outcome={percent(glance.progress)}
                      label={(value) =>
                        glance.progress.ok && glance.progress.value !== null
                          ? t('glance.progress', { percent: value })
                          : value
                      }
                    />
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
