// The legend in words, computed by the built add-on in the same round trip as opening the
// sidebar and saving: it names the coloured KPIs, says how they and what they left behind
// moved, on exactly the rows that are coloured, and its links select those rows.
import { describe, expect, it } from 'vitest';
import type { LegendView, SidebarView } from '../../src/addon/endpoints';
import { sentenceOf } from '../../src/addon/legend/words';
import { ENGLISH } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import { createRuntime } from '../../src/local/runtime/createRuntime';
import type { CellValue } from '../../src/local/types';
import { colouredRows } from '../support/colouredRows';
import { seedWorkbook } from '../support/seedStories';
import { markSheet } from './sidebarClient';

const NOW = new Date('2024-12-15T09:00:00Z');
const WEIGHT = 'Average nail weight (g)';

/** The sidebar's view once `edit` is saved on `sheet`. */
const mark = (...args: Parameters<typeof markSheet>) => markSheet(...args).view;

const sentences = (legend: LegendView) =>
  legend.coloured.flatMap((kpi) =>
    kpi.runs.map((run) => sentenceOf(translator(ENGLISH), run, kpi.name)),
  );

const runRows = (legend: LegendView, position: number) =>
  (legend.coloured.find((k) => k.position === position)?.runs ?? []).flatMap((run) =>
    Array.from({ length: run.lastRow - run.firstRow + 1 }, (_, i) => run.firstRow + i),
  );

describe('the legend', () => {
  it('words the nail factory with Theil–Sen rates over the coloured weeks, dated by the Time column', () => {
    const runtime = createRuntime({ data: seedWorkbook(), now: NOW });
    const view = mark(runtime, 'Nail factory', (c) => {
      c.edit('Week', { role: 'time' });
      c.edit(WEIGHT, { role: 'kpi', counterparts: [c.pair('Nails per week')] });
    });
    expect(view.legend.watched).toBe(1);
    expect(view.legend.coloured.map((k) => [k.name, k.letter, k.flaggedRows])).toEqual([
      [WEIGHT, 'C', 14],
    ]);
    expect(sentences(view.legend)).toEqual([
      'Average nail weight (g) rose 161 % from 1 Apr to 1 Jul 2024 while Nails per week fell 66 %.',
    ]);
    // The words are about exactly the rows the sheet colours.
    expect(runRows(view.legend, 3)).toEqual(colouredRows(runtime, 'Nail factory', 3));
  });

  it('names sheet rows without a Time column, and every counterpart left behind', () => {
    const runtime = createRuntime({ data: seedWorkbook(), now: NOW });
    const view = mark(runtime, 'Nail factory', (c) =>
      c.edit(WEIGHT, {
        role: 'kpi',
        counterparts: [c.pair('Nails per week'), c.pair('Orders delivered')],
      }),
    );
    expect(sentences(view.legend)).toEqual([
      'Average nail weight (g) rose 161 % over rows 15–28 while Nails per week fell 66 % and Orders delivered fell 67 %.',
    ]);
  });

  it('describes a counterpart that should keep pace by its value per unit of KPI', () => {
    const runtime = createRuntime({ data: seedWorkbook(), now: NOW });
    const view = mark(runtime, 'Lead funnel', (c) => {
      c.edit('Month', { role: 'time' });
      c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] });
    });
    const [sentence] = sentences(view.legend);
    expect(sentence).toMatch(
      /^Leads rose \d+ % from 1 \w{3} to 1 \w{3} 2024 while Customers per lead fell \d+ %\.$/,
    );
    expect(runRows(view.legend, 2)).toEqual(colouredRows(runtime, 'Lead funnel', 2));
    expect(runRows(view.legend, 2).length).toBeGreaterThan(0);
  });

  it('says nothing is coloured on healthy growth, and is absent where no KPI is watched', () => {
    const runtime = createRuntime({ data: seedWorkbook(), now: NOW });
    const view = mark(runtime, 'Healthy growth', (c) =>
      c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] }),
    );
    expect(view.legend).toEqual({ watched: 1, coloured: [] });
    runtime.setActiveSheet('Nail factory');
    expect((runtime.call('loadSidebar') as SidebarView).legend).toEqual({
      watched: 0,
      coloured: [],
    });
  });

  it('is in the view opening the sidebar answers, in the same one read of the sheet', () => {
    const runtime = createRuntime({ data: seedWorkbook(), now: NOW });
    mark(runtime, 'Nail factory', (c) =>
      c.edit(WEIGHT, { role: 'kpi', counterparts: [c.pair('Nails per week')] }),
    );
    runtime.counter.reset();
    const view = runtime.call('loadSidebar') as SidebarView;
    expect(view.legend.coloured).toHaveLength(1);
    expect(runtime.counter.get('Range.getValues')).toBe(1);
  });

  it('words numbered periods with the Time column header, and rates when a series is not positive', () => {
    const cells: CellValue[][] = [['Week', 'Score', 'Margin']];
    for (let week = 1; week <= 30; week++) {
      const pushed = Math.max(0, week - 12);
      cells.push([week, 50 + (week % 3) + 4 * pushed, 2 - (week % 2) * 0.5 - 0.8 * pushed]);
    }
    const runtime = createRuntime({ data: { sheets: [{ name: 'Scores', cells }] }, now: NOW });
    const view = mark(runtime, 'Scores', (c) => {
      c.edit('Week', { role: 'time' });
      c.edit('Score', { role: 'kpi', counterparts: [c.pair('Margin')] });
    });
    const [sentence] = sentences(view.legend);
    expect(sentence).toMatch(/^Score rose \d+ % over Week \d+–30 while Margin fell 0\.8 a row\.$/);
  });
});

describe("the README's legend sentences", () => {
  it('are what the legend says on the nail factory and the two-year lead funnel', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const quoted = [...readme.matchAll(/^> ((?:Average nail weight|Leads) .*\.)$/gm)].map(
      (m) => m[1],
    );
    const runtime = createRuntime({ data: seedWorkbook(), now: NOW });
    const nails = mark(runtime, 'Nail factory', (c) => {
      c.edit('Week', { role: 'time' });
      c.edit(WEIGHT, { role: 'kpi', counterparts: [c.pair('Nails per week')] });
    });
    const leads = mark(runtime, 'Lead funnel', (c) => {
      c.edit('Month', { role: 'time' });
      c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] });
    });
    expect(quoted).toEqual([...sentences(nails.legend), ...sentences(leads.legend)]);
  });
});

describe('a legend link', () => {
  it('selects the run’s coloured cells, on their sheet, which becomes the active one', () => {
    const runtime = createRuntime({ data: seedWorkbook(), now: NOW });
    const view = mark(runtime, 'Nail factory', (c) =>
      c.edit(WEIGHT, { role: 'kpi', counterparts: [c.pair('Nails per week')] }),
    );
    const [kpi] = view.legend.coloured;
    const [run] = kpi.runs;
    runtime.setActiveSheet('Lead funnel');
    const result = runtime.call('selectRows', [
      { sheetId: view.sheetId, column: kpi.position, firstRow: run.firstRow, lastRow: run.lastRow },
    ]);
    expect(result).toEqual({ ok: true, a1: 'C15:C28' });
    expect(runtime.selection()).toMatchObject({ sheet: 'Nail factory', a1: 'C15:C28' });
  });

  it('refuses what it cannot select, with a message, selecting nothing', () => {
    const runtime = createRuntime({ data: seedWorkbook(), now: NOW });
    const bad = [
      { sheetId: 0, column: 3, firstRow: 20, lastRow: 10 },
      { sheetId: 0, column: 3, firstRow: 1, lastRow: 5000 },
      { sheetId: 99, column: 3, firstRow: 1, lastRow: 5 },
      { sheetId: 0, column: 'C', firstRow: 1, lastRow: 5 },
    ];
    expect(
      bad.map(
        (request) =>
          (runtime.call('selectRows', [request]) as { message: { key: string } }).message.key,
      ),
    ).toEqual(['invalid.payload', 'legend.rowsGone', 'save.sheetGone', 'invalid.payload']);
    expect(runtime.selection().a1).toBe('A1');
  });
});
