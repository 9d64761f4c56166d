// One catalogue per language, the same keys and placeholders in each, and Dutch that is
// Dutch: every key worded in both languages, with no English left where a Dutch word belongs.
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en';
import { DUTCH, ENGLISH } from '../../src/i18n/locale';
import { nl } from '../../src/i18n/nl';
import { STATUS_KEYS } from '../../src/i18n/status';
import { CATALOGUES, day, type MessageParam, translator } from '../../src/i18n/translate';

const KEYS = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Texts that are the same words in both languages: names, identifiers, loanwords. */
const SAME_IN_BOTH = new Set<MessageKey>([
  'addon.name', // the product's name
  'help.title', // the product's name
  'menu.help', // "Help" is the Dutch menu word too (Google's own Dutch menus say Help)
  'glance.kpi',
  'role.kpi', // KPI is the article's word in Dutch
  'glance.trend', // "Trend: {status}": trend is Dutch
  'column.duplicateName', // "{header} ({letter})": no words
  'helper.header', // "{sheet}: {kpi} ▸ {counterpart} ({rule})": no words
  'legend.perKpi', // "{counterpart} per {kpi}": per is Dutch too
  'legend.listSeparator', // ", "
  'legend.date.dayMonth', // "{day} {month}": no words
  'legend.date.full', // "{day} {month} {year}": no words
  'toast.dashboardTitle', // "Dashboard" is the Dutch word too
  'dashboard.trend', // "Trend"
]);

/**
 * English words that are not also Dutch words (so not "is", "of", "open", "help", "trend",
 * or "target", which the article itself uses in Dutch). A Dutch text holding one has kept
 * English where a Dutch word belongs (function names and status identifiers are removed).
 */
const ENGLISH_ONLY = new Set(
  `the and to with for not this that these those are was were be been it its they them
  their you your yours what which while when where who why how than then there here
  column columns sheet sheets row rows value values save saved saving reload enter
  sidebar menu goal baseline start end settings setting header higher
  lower better worse must should cannot could would can will no yes none only already
  another other others more most less least first latest each every any some all from into
  after before above below between against keep pace pair paired counterpart counterparts
  rule role direction healthy unhealthy health progress read readable unreadable
  changed change window found ignored left untouched deleted dropped link links large
  number numbers date dates formula formulas judge day today time alone gamed measured
  suggested best shows show nothing something version newer copied entry entries`
    .split(/\s+/)
    .filter(Boolean),
);

/** Identifiers that stay English on purpose in every language. */
const IDENTIFIERS =
  /\b(?:KPI_HEALTH|KPI_TREND|TARGET_PROGRESS|TARGET_PACE|KPI_ISOLATION|KPIGUARD_AS_OF|KPI Guard|KPI’s|KPI)\b|\b[A-Z]{2,}(?: [A-Z]{2,})*\b/g;

/** A value for each placeholder: numbers for counts, days for dates, names otherwise. */
function sampleParams(text: string): Record<string, MessageParam> {
  const params: Record<string, MessageParam> = {};
  for (const name of placeholders(text)) {
    if (/^(?:count|max|min|size|version|flagged|judged|value|percent)$/.test(name)) {
      params[name] = 38.5;
    } else if (/^(?:date|start|end)$/.test(name)) {
      params[name] = day('2026-03-03');
    } else {
      params[name] = 'Leads';
    }
  }
  return params;
}

describe('the catalogues', () => {
  it('have exactly the same keys in English and Dutch', () => {
    expect(Object.keys(nl).sort()).toEqual([...KEYS].sort());
    expect(Object.keys(CATALOGUES).sort()).toEqual(['en', 'nl']);
  });

  it('give each key the same placeholders in both languages', () => {
    for (const key of KEYS) expect(placeholders(nl[key]), key).toEqual(placeholders(en[key]));
  });

  it('have well-formed placeholders only', () => {
    for (const catalogue of [en, nl]) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
      }
    }
  });

  it('say every Dutch text in other words than the English, unless they are names', () => {
    const same = KEYS.filter((key) => nl[key] === en[key] && !key.startsWith('status.'));
    expect(same.sort()).toEqual([...SAME_IN_BOTH].sort());
  });

  it('word every key in both languages with every placeholder filled', () => {
    for (const locale of [ENGLISH, DUTCH]) {
      const { t } = translator(locale);
      for (const key of KEYS) {
        const text = (t as (k: MessageKey, p: Record<string, MessageParam>) => string)(
          key,
          sampleParams(en[key]),
        );
        expect(text, `${locale.language} ${key}`).not.toMatch(/\{\w+\}/);
        expect(text.trim().length, `${locale.language} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('leave no English word in a Dutch text', () => {
    const leaks: string[] = [];
    for (const key of KEYS) {
      const words = nl[key]
        .replace(/\{\w+\}/g, ' ')
        .replace(IDENTIFIERS, ' ')
        .toLowerCase()
        .split(/[^a-zà-ÿ’']+/)
        .filter(Boolean);
      for (const word of words) if (ENGLISH_ONLY.has(word)) leaks.push(`${key}: ${word}`);
    }
    expect(leaks).toEqual([]);
  });

  it('can tell an English leak apart (the check is not blind)', () => {
    // The same scan over the English catalogue finds English in nearly every text.
    const english = KEYS.filter((key) =>
      en[key]
        .replace(IDENTIFIERS, ' ')
        .toLowerCase()
        .split(/[^a-z’']+/)
        .some((word) => ENGLISH_ONLY.has(word)),
    );
    expect(english.length).toBeGreaterThan(KEYS.length * 0.6);
  });

  it('have a word for every status a formula returns, the identifier itself in English', () => {
    for (const [identifier, key] of Object.entries(STATUS_KEYS)) {
      if (!key) continue;
      expect(en[key]).toBe(identifier);
      expect(nl[key], identifier).not.toBe(identifier);
    }
  });
});

describe('a message worded for its reader', () => {
  it('fills the same message in each language, numbers and days their way', () => {
    const params = { min: 0.5, max: 1234.5 };
    expect(translator(ENGLISH).t('invalid.minAboveMax', params)).toBe(
      'The healthy minimum (0.5) is above the maximum (1,234.5).',
    );
    expect(translator(DUTCH).t('invalid.minAboveMax', params)).toBe(
      'Het gezonde minimum (0,5) ligt boven het maximum (1.234,5).',
    );
    expect(translator(DUTCH).t('app.asOf', { date: day('2026-03-03') })).toBe(
      'Peildatum 3 mrt 2026',
    );
    expect(translator(DUTCH).t('glance.progress', { percent: 38.5 })).toBe(
      'Voortgang: 38,5\u00a0%',
    );
    expect(translator(ENGLISH).t('glance.progress', { percent: 38.5 })).toBe('Progress: 38.5%');
  });

  it('shows a status identifier alone in English and beside its Dutch word in Dutch', () => {
    expect(translator(ENGLISH).status('HEALTHY')).toBe('HEALTHY');
    expect(translator(DUTCH).status('HEALTHY')).toBe('gezond (HEALTHY)');
    expect(translator(DUTCH).status('OFF TRACK')).toBe('uit koers (OFF TRACK)');
    expect(translator(DUTCH).status('SOMETHING NEW')).toBe('SOMETHING NEW');
  });

  it('shows an unknown key rather than nothing, in either language', () => {
    expect(translator(DUTCH).format({ key: 'no.such.key' as MessageKey })).toBe('no.such.key');
  });
});
