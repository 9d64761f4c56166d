// The legend's wording, from its numbers: rounding, units, periods, lists, "per lead".
import { describe, expect, it } from 'vitest';
import type { LegendRun } from '../../src/addon/endpoints';
import { periodOf, timeAxis, unitOfDates } from '../../src/addon/legend/timeAxis';
import {
  percentValue,
  periodWords as periodWordsIn,
  rateValue,
  sentenceOf as sentenceIn,
  unitName,
} from '../../src/addon/legend/words';
import { DUTCH, ENGLISH } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';

const english = translator(ENGLISH);
const dutch = translator(DUTCH);
const percentText = (value: number) => english.number(percentValue(value));
const rateText = (value: number) => english.number(rateValue(value));
const periodWords = (period: Parameters<typeof periodWordsIn>[1]) => periodWordsIn(english, period);
const sentenceOf = (run: LegendRun, kpi: string) => sentenceIn(english, run, kpi);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const utc = (d: Date) => d.toISOString().slice(0, 10);

describe('numbers in words', () => {
  it('rounds percents to whole ones from 10 and to one decimal below', () => {
    expect([38.4, -71.2, 7.46, 0.04, 100].map(percentText)).toEqual([
      '38',
      '71',
      '7.5',
      '0',
      '100',
    ]);
  });

  it('gives rates two significant digits below 10 and whole numbers above', () => {
    expect([5.66, -213.3, 0.004213, 1e-12, 12.5].map(rateText)).toEqual([
      '5.7',
      '213',
      '0.0042',
      '0',
      '13',
    ]);
  });

  it('calls one unit of a one-word plural KPI by its singular', () => {
    expect(
      ['Leads', 'Customers', 'Sales', 'Revenue', 'Nails per week', 'Status'].map(unitName),
    ).toEqual(['lead', 'customer', 'sale', 'Revenue', 'Nails per week', 'Status']);
  });
});

describe('the Time column', () => {
  it('gives the unit of a rate from the spacing of its dates', () => {
    const every = (days: number) =>
      Array.from({ length: 8 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + days * i)));
    const months = Array.from({ length: 8 }, (_, i) => new Date(Date.UTC(2024, i, 1)));
    expect(unitOfDates(every(1))).toBe('day');
    expect(unitOfDates(every(7))).toBe('week');
    expect(unitOfDates(months)).toBe('month');
    expect(unitOfDates(every(3))).toBe('row');
    expect(unitOfDates(['', 'x', 3])).toBe('row');
  });

  it('words a period by dates, numbers, text or else sheet rows', () => {
    const dates = timeAxis([day('2024-03-18'), day('2024-03-25'), day('2024-04-01')], 'Week');
    expect(periodOf(dates, 0, 2, 2, utc)).toEqual({
      kind: 'dates',
      from: '2024-03-18',
      to: '2024-04-01',
    });
    expect(periodOf(timeAxis([12, 13, 14], 'Week'), 0, 2, 2, utc)).toEqual({
      kind: 'numbers',
      header: 'Week',
      from: 12,
      to: 14,
    });
    expect(periodOf(timeAxis(['Q1', 'Q2'], 'Quarter'), 0, 1, 2, utc)).toEqual({
      kind: 'text',
      from: 'Q1',
      to: 'Q2',
    });
    expect(periodOf(timeAxis(null, ''), 3, 9, 2, utc)).toEqual({ kind: 'rows', from: 5, to: 11 });
    expect(periodOf(timeAxis([day('2024-01-01'), ''], 'Week'), 0, 1, 2, utc).kind).toBe('rows');
  });

  it('says the year once within a year, twice across years, and "on" for one day', () => {
    expect(periodWords({ kind: 'dates', from: '2024-03-18', to: '2024-07-22' })).toBe(
      'from 18 Mar to 22 Jul 2024',
    );
    expect(periodWords({ kind: 'dates', from: '2023-12-18', to: '2024-01-08' })).toBe(
      'from 18 Dec 2023 to 8 Jan 2024',
    );
    expect(periodWords({ kind: 'dates', from: '2024-07-22', to: '2024-07-22' })).toBe(
      'on 22 Jul 2024',
    );
    expect(periodWords({ kind: 'rows', from: 12, to: 31 })).toBe('over rows 12–31');
  });
});

describe('a sentence', () => {
  const run = (over: Partial<LegendRun>): LegendRun => ({
    firstRow: 12,
    lastRow: 31,
    period: { kind: 'rows', from: 12, to: 31 },
    kpi: { percent: 38.2, perUnit: 0.5, unit: 'week' },
    counterparts: [],
    ...over,
  });

  it('joins the counterparts left behind, and words rates with their unit', () => {
    expect(
      sentenceOf(
        run({
          kpi: { percent: null, perUnit: 5.66, unit: 'month' },
          counterparts: [
            {
              name: 'Customers',
              pace: true,
              change: { percent: -40, perUnit: -0.01, unit: 'month' },
            },
            {
              name: 'Margin',
              pace: false,
              change: { percent: null, perUnit: -0.2, unit: 'month' },
            },
            { name: 'NPS', pace: false, change: { percent: -3, perUnit: -1, unit: 'month' } },
          ],
        }),
        'Leads',
      ),
    ).toBe(
      'Leads rose 5.7 a month over rows 12–31 while Customers per lead fell 40 %, Margin fell 0.2 a month and NPS fell 3 %.',
    );
  });

  it('says a series held steady or changed when there is no rate to give', () => {
    expect(
      sentenceOf(
        run({
          kpi: null,
          counterparts: [
            { name: 'Nails', pace: false, change: { percent: 0.01, perUnit: 0, unit: 'row' } },
          ],
        }),
        'Weight',
      ),
    ).toBe('Weight changed over rows 12–31 while Nails held steady.');
  });
});

describe('a sentence in Dutch', () => {
  it('says the same in Dutch words, numbers written the Dutch way', () => {
    const run: LegendRun = {
      firstRow: 2,
      lastRow: 13,
      period: { kind: 'dates', from: '2026-03-01', to: '2026-12-01' },
      kpi: { percent: 412.3, perUnit: 7.5, unit: 'month' },
      counterparts: [
        { name: 'Klanten', pace: true, change: { percent: -7.46, perUnit: -0.01, unit: 'month' } },
        {
          name: 'Gekwalificeerde leads',
          pace: false,
          change: { percent: null, perUnit: -0.25, unit: 'month' },
        },
      ],
    };
    expect(sentenceIn(dutch, run, 'Leads')).toBe(
      'Leads steeg 412 % van 1 mrt tot 1 dec 2026, maar Klanten per lead daalde 7,5 % en Gekwalificeerde leads daalde 0,25 per maand.',
    );
    expect(periodWordsIn(dutch, { kind: 'numbers', header: 'Jaar', from: 2024, to: 2026 })).toBe(
      'in Jaar 2024–2026',
    );
  });
});

describe('the swatch', () => {
  it('is the colour the sheet shows', async () => {
    const { readFileSync } = await import('node:fs');
    const { WARNING_BACKGROUND } = await import('../../src/addon/colours/rules');
    const css = readFileSync(new URL('../../src/sidebar/sidebar.css', import.meta.url), 'utf8');
    const swatch = css.slice(css.indexOf('.legend .swatch'));
    expect(swatch.slice(0, swatch.indexOf('}'))).toContain(`background: ${WARNING_BACKGROUND};`);
  });
});
