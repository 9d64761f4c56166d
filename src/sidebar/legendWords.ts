// The legend's sentences from the server's numbers, every word through the catalogue:
// "Average nail weight (g) rose 38 % from 8 Apr to 8 Jul 2024 while Nails per week fell 71 %."
// No DOM here.
import type { ChangeView, LegendRun, PeriodView } from '../addon/endpoints';
import { type MessageKey, t } from '../i18n/translate';

/** 38 %, 7.5 %: whole percents from 10, one decimal below. */
export function percentText(value: number): string {
  const size = Math.abs(value);
  return size >= 10 ? String(Math.round(size)) : String(Number(size.toFixed(1)));
}

/** 5.7, 120, 0.0042: two significant digits below 10, whole numbers above. */
export function rateText(value: number): string {
  const size = Math.abs(value);
  if (size < 1e-9) return '0';
  return size >= 10 ? String(Math.round(size)) : String(Number(size.toPrecision(2)));
}

function changeWords(name: string, change: ChangeView | null): string {
  if (!change) return t('legend.unmeasured', { name });
  if (change.percent !== null) {
    const percent = percentText(change.percent);
    if (percent === '0') return t('legend.steady', { name });
    return t(change.percent > 0 ? 'legend.rosePercent' : 'legend.fellPercent', { name, percent });
  }
  const rate = rateText(change.perUnit);
  if (rate === '0') return t('legend.steady', { name });
  const unit = t(`legend.unit.${change.unit}` as MessageKey & `legend.unit.${string}`);
  return t(change.perUnit > 0 ? 'legend.roseRate' : 'legend.fellRate', { name, rate, unit });
}

/**
 * What one unit of a KPI is called in "Customers per lead": a one-word plural header in the
 * singular, lower case ("Leads" → "lead"); any other header as it is.
 */
export function unitName(kpi: string): string {
  if (/^[A-Za-z][a-z]+s$/.test(kpi) && !/(ss|us|is)$/.test(kpi)) {
    return kpi.charAt(0).toLowerCase() + kpi.slice(1, -1);
  }
  return kpi;
}

function dateWords(iso: string, withYear: boolean): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = t(`month.${month}` as MessageKey & `month.${string}`);
  return withYear
    ? t('legend.date.full', { day, month: name, year })
    : t('legend.date.dayMonth', { day, month: name });
}

export function periodWords(period: PeriodView): string {
  switch (period.kind) {
    case 'dates': {
      if (period.from === period.to)
        return t('legend.period.day', { date: dateWords(period.to, true) });
      const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
      return t('legend.period.dates', {
        from: dateWords(period.from, !sameYear),
        to: dateWords(period.to, true),
      });
    }
    case 'numbers':
      return t('legend.period.numbers', {
        header: period.header,
        from: period.from,
        to: period.to,
      });
    case 'text':
      return t('legend.period.text', { from: period.from, to: period.to });
    default:
      return period.from === period.to
        ? t('legend.period.row', { row: period.from })
        : t('legend.period.rows', { from: period.from, to: period.to });
  }
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return (
    items.slice(0, -1).join(t('legend.listSeparator')) +
    t('legend.lastSeparator') +
    items[items.length - 1]
  );
}

/** The sentence of one run of coloured rows of a KPI. */
export function sentenceOf(run: LegendRun, kpiName: string): string {
  const counterparts = run.counterparts.map((c) =>
    changeWords(
      c.pace ? t('legend.perKpi', { counterpart: c.name, kpi: unitName(kpiName) }) : c.name,
      c.change,
    ),
  );
  return t('legend.sentence', {
    kpi: changeWords(kpiName, run.kpi),
    period: periodWords(run.period),
    counterparts: listWords(counterparts),
  });
}
