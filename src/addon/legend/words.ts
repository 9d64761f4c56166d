// The legend's sentences from the server's numbers, every word through the catalogue and
// every number written the reader's way ("7,5 %" in Dutch):
// "Average nail weight (g) rose 38 % from 8 Apr to 8 Jul 2024 while Nails per week fell 71 %."
// Pure words, no DOM and no Apps Script: the sidebar's legend and the change digest's email
// say the same sentence (the sidebar may import this one module of the add-on).
import type { MessageKey, Translator } from '../../i18n/translate';
import type { ChangeView, LegendRun, PeriodView } from './contract';

/** 38 %, 7.5 %: whole percents from 10, one decimal below. */
export function percentValue(value: number): number {
  const size = Math.abs(value);
  return size >= 10 ? Math.round(size) : Number(size.toFixed(1));
}

/** 5.7, 120, 0.0042: two significant digits below 10, whole numbers above. */
export function rateValue(value: number): number {
  const size = Math.abs(value);
  if (size < 1e-9) return 0;
  return size >= 10 ? Math.round(size) : Number(size.toPrecision(2));
}

function changeWords({ t }: Translator, name: string, change: ChangeView | null): string {
  if (!change) return t('legend.unmeasured', { name });
  if (change.percent !== null) {
    const percent = percentValue(change.percent);
    if (percent === 0) return t('legend.steady', { name });
    return t(change.percent > 0 ? 'legend.rosePercent' : 'legend.fellPercent', { name, percent });
  }
  const rate = rateValue(change.perUnit);
  if (rate === 0) return t('legend.steady', { name });
  const unit = t(`legend.unit.${change.unit}` as MessageKey & `legend.unit.${string}`);
  return t(change.perUnit > 0 ? 'legend.roseRate' : 'legend.fellRate', { name, rate, unit });
}

/**
 * What one unit of a KPI is called in "Customers per lead": a one-word plural header in the
 * singular, lower case ("Leads" → "lead"); any other header as it is. Dutch plurals in -s
 * read the same way ("Spijkers" → "spijker"); those in -en are left alone ("Klanten").
 */
export function unitName(kpi: string): string {
  if (/^[A-Za-z][a-z]+s$/.test(kpi) && !/(ss|us|is)$/.test(kpi)) {
    return kpi.charAt(0).toLowerCase() + kpi.slice(1, -1);
  }
  return kpi;
}

/** Days, week numbers, years and row numbers are labels, not amounts: never grouped ("2024"). */
const label = (value: number) => String(value);

function dateWords({ t }: Translator, iso: string, withYear: boolean): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = t(`month.${month}` as MessageKey & `month.${string}`);
  return withYear
    ? t('legend.date.full', { day: label(day), month: name, year: label(year) })
    : t('legend.date.dayMonth', { day: label(day), month: name });
}

export function periodWords(words: Translator, period: PeriodView): string {
  const { t } = words;
  switch (period.kind) {
    case 'dates': {
      if (period.from === period.to)
        return t('legend.period.day', { date: dateWords(words, period.to, true) });
      const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
      return t('legend.period.dates', {
        from: dateWords(words, period.from, !sameYear),
        to: dateWords(words, period.to, true),
      });
    }
    case 'numbers':
      return t('legend.period.numbers', {
        header: period.header,
        from: label(period.from),
        to: label(period.to),
      });
    case 'text':
      return t('legend.period.text', { from: period.from, to: period.to });
    default:
      return period.from === period.to
        ? t('legend.period.row', { row: label(period.from) })
        : t('legend.period.rows', { from: label(period.from), to: label(period.to) });
  }
}

function listWords({ t }: Translator, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return (
    items.slice(0, -1).join(t('legend.listSeparator')) +
    t('legend.lastSeparator') +
    items[items.length - 1]
  );
}

/** The sentence of one run of coloured rows of a KPI, in the reader's words. */
export function sentenceOf(words: Translator, run: LegendRun, kpiName: string): string {
  const { t } = words;
  const unit = unitName(kpiName);
  const counterparts = run.counterparts.map((c) =>
    changeWords(
      words,
      c.pace ? t('legend.perKpi', { counterpart: c.name, kpi: unit }) : c.name,
      c.change,
    ),
  );
  return t('legend.sentence', {
    kpi: changeWords(words, kpiName, run.kpi),
    period: periodWords(words, run.period),
    counterparts: listWords(words, counterparts),
  });
}
