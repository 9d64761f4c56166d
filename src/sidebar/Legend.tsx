// The legend, first in the sidebar: each KPI coloured in the sheet, named, with one sentence
// per run of coloured rows saying how it and what it left behind moved. Each sentence is a
// button that selects those rows in the sheet. The words carry the meaning; the swatch only
// repeats the sheet's colour.
import type { LegendKpi, LegendRun, LegendView } from '../addon/endpoints';
import { sentenceOf } from '../addon/legend/words';
import { useI18n } from './i18n';

export function Legend({
  legend,
  onSelect,
}: {
  legend: LegendView;
  onSelect: (kpi: LegendKpi, run: LegendRun) => void;
}) {
  const words = useI18n();
  const { t } = words;
  if (legend.watched === 0) return null;
  return (
    <section class="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t('legend.heading')}</h2>
      {legend.coloured.length === 0 ? (
        <p class="hint">
          {legend.watched === 1 ? t('legend.noneOne') : t('legend.none', { count: legend.watched })}
        </p>
      ) : (
        <p class="hint">{t('legend.intro')}</p>
      )}
      <ul>
        {legend.coloured.map((kpi) => (
          <li key={kpi.key} class="legend-kpi">
            <h3>
              <span class="swatch" aria-hidden="true" />
              {kpi.flaggedRows === 1
                ? t('legend.kpiOne', { name: kpi.name, letter: kpi.letter })
                : t('legend.kpi', { name: kpi.name, letter: kpi.letter, rows: kpi.flaggedRows })}
            </h3>
            <ul class="runs">
              {kpi.runs.map((run) => (
                <li key={run.firstRow}>
                  <button type="button" class="link" onClick={() => onSelect(kpi, run)}>
                    {sentenceOf(words, run, kpi.name)}
                  </button>
                </li>
              ))}
            </ul>
            {kpi.moreRuns > 0 ? (
              <p class="hint">{t('legend.moreRuns', { count: kpi.moreRuns })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
