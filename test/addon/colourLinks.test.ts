// Which links a sheet's settings ask KPI Guard to watch, and the formulas it writes for them.
import { describe, expect, it } from 'vitest';
import {
  colourLinks,
  colourRuleFormula,
  isColourRuleFormula,
  isolationFormula,
  quotedSheetName,
} from '../../src/addon/colours/links';
import { kpi, settingsOf, target } from './helpers';

const HEADERS = ['Month', 'Leads', 'Cost per lead', 'Customers', 'Churn'];

describe('colourLinks', () => {
  it('takes a guardrail’s direction from its own settings: a KPI’s, a target’s goal against its baseline', () => {
    const settings = settingsOf(HEADERS, {
      2: kpi('kleads000', {
        counterparts: [
          { id: 'kcost0000', rule: 'up', label: '' },
          { id: 'kcust0000', rule: 'pace', label: '' },
          { id: 'kchurn000', rule: 'up', label: '' },
        ],
      }),
      3: kpi('kcost0000', { direction: 'down' }),
      4: target('kcust0000', { goal: 5, baseline: 0 }),
      5: target('kchurn000', { goal: 2, baseline: 10 }),
    });
    expect(
      colourLinks(settings).map((l) => [
        l.kpiName,
        l.counterpartName,
        l.counterpartPosition,
        l.rule,
      ]),
    ).toEqual([
      ['Leads', 'Cost per lead', 3, 'down'],
      ['Leads', 'Customers', 4, 'pace'],
      ['Leads', 'Churn', 5, 'down'],
    ]);
  });

  it('leaves out a "pace" link of a lower-is-better KPI, which KPI_ISOLATION refuses', () => {
    // Not something the sidebar saves; stored data may still say it.
    const settings = settingsOf(HEADERS, {
      2: kpi('kleads000', {
        direction: 'down',
        counterparts: [
          { id: 'kcust0000', rule: 'up', label: '' },
          { id: 'kchurn000', rule: 'up', label: '' },
        ],
      }),
      4: { v: 1, id: 'kcust0000', rev: 1, role: 'none' },
      5: { v: 1, id: 'kchurn000', rev: 1, role: 'none' },
    });
    expect(colourLinks(settings).map((l) => [l.counterpartName, l.rule])).toEqual([
      ['Customers', 'up'],
      ['Churn', 'up'],
    ]);
  });
});

describe('the formulas', () => {
  it('quote any sheet name, doubling its quotes', () => {
    expect(quotedSheetName("Bob's data")).toBe("'Bob''s data'");
    const [link] = colourLinks(
      settingsOf(HEADERS, {
        2: kpi('kleads000', { counterparts: [{ id: 'kcust0000', rule: 'pace', label: '' }] }),
        4: { v: 1, id: 'kcust0000', rev: 1, role: 'none' },
      }),
    );
    expect(isolationFormula("Bob's data", link, 3)).toBe(
      `=KPI_ISOLATION('Bob''s data'!B3:B, 'Bob''s data'!D3:D, "up", "pace")`,
    );
  });

  it('colour a KPI where any of its link columns is TRUE, read through INDIRECT, and are recognised by it', () => {
    const formula = colourRuleFormula([4, 28]);
    expect(formula).toBe(
      `=OR(INDIRECT("'KPI Guard helper'!D"&ROW())=TRUE, INDIRECT("'KPI Guard helper'!AB"&ROW())=TRUE)`,
    );
    expect(isColourRuleFormula(formula)).toBe(true);
    expect(isColourRuleFormula('=C2>20')).toBe(false);
    expect(isColourRuleFormula(`=INDIRECT("'Other'!A"&ROW())`)).toBe(false);
  });
});
