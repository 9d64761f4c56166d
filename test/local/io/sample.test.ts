// The bundled sample must tell the seed article's two stories; checked here with the pure
// core functions, so a change to the data that breaks the story fails fast.
import { describe, expect, it } from 'vitest';
import {
  kpiHealth,
  kpiIsolation,
  kpiTrend,
  targetPace,
  targetProgress,
} from '../../../src/core/index';
import { CUSTOMER_TARGET, NAIL_WEEKS, sampleWorkbook } from '../../../src/local/sample/index';
import type { SheetData } from '../../../src/local/types';

const column = (sheet: SheetData, c: number, rows: number): number[] =>
  sheet.cells.slice(1, rows + 1).map((row) => row[c] as number);

describe('sampleWorkbook', () => {
  const data = sampleWorkbook();
  const [nails, leads] = data.sheets;

  it('has the two sheets with headers, dates and rectangular rows', () => {
    expect(data.sheets.map((s) => s.name)).toEqual(['Nail factory', 'Lead funnel']);
    expect(nails.cells[0].slice(0, 4)).toEqual([
      'Week',
      'Nails per week',
      'Average nail weight (g)',
      'Orders delivered',
    ]);
    expect(leads.cells[0].slice(0, 4)).toEqual(['Month', 'Leads', 'Qualified leads', 'Customers']);
    expect(nails.cells).toHaveLength(NAIL_WEEKS + 1);
    expect(leads.cells).toHaveLength(13);
    for (const sheet of data.sheets) {
      const width = sheet.cells[0].length;
      for (const row of sheet.cells) expect(row).toHaveLength(width);
      expect(sheet.backgrounds).toHaveLength(sheet.cells.length);
      for (const row of sheet.cells.slice(1)) expect(row[0]).toBeInstanceOf(Date);
    }
    expect((nails.cells[2][0] as Date).getTime() - (nails.cells[1][0] as Date).getTime()).toBe(
      7 * 86_400_000,
    );
  });

  it('is deterministic and fresh on every call', () => {
    const again = sampleWorkbook();
    expect(again).toEqual(data);
    expect(again.sheets[0].cells[1][0]).not.toBe(data.sheets[0].cells[1][0]);
  });

  it('uses the add-on functions in a few formulas', () => {
    const formulas = data.sheets.flatMap((s) =>
      s.cells.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('=')),
    );
    for (const name of [
      'KPI_TREND',
      'KPI_HEALTH',
      'KPI_ISOLATION',
      'TARGET_PROGRESS',
      'TARGET_PACE',
    ]) {
      expect(formulas.some((f) => f.includes(`${name}(`))).toBe(true);
    }
  });

  it('nail factory: healthy for ten weeks, then weight climbs while nails and orders fall', () => {
    const count = column(nails, 1, NAIL_WEEKS);
    const weight = column(nails, 2, NAIL_WEEKS);
    const orders = column(nails, 3, NAIL_WEEKS);
    expect(kpiTrend(count.slice(0, 10), 1)).toBe('STABLE');
    expect(kpiTrend(weight.slice(0, 10), 1)).toBe('STABLE');
    expect(kpiTrend(orders.slice(0, 10), 1)).toBe('STABLE');
    expect(kpiTrend(count, 1)).toBe('WORSENING');
    expect(kpiTrend(weight, 1)).toBe('IMPROVING');
    expect(kpiHealth(orders, 1, { min: 40 }, 12)).toBe('UNHEALTHY');
    expect(kpiHealth(weight, -1, { min: 4, max: 6 }, 12)).toBe('UNHEALTHY');
    const flags = kpiIsolation(weight, [count], 1, ['up']);
    expect(flags.slice(0, 10)).not.toContain(true);
    // Flagged from three weeks into the push, for as long as the count keeps collapsing.
    expect(flags.slice(13, 27).every((f) => f === true)).toBe(true);
  });

  it('lead funnel: leads climb, customers lag, the target of 5 is missed', () => {
    const leadCount = column(leads, 1, 12);
    const qualified = column(leads, 2, 12);
    const customers = column(leads, 3, 12);
    expect(kpiTrend(leadCount, 1)).toBe('IMPROVING');
    expect(kpiTrend(customers, 1)).toBe('STABLE');
    const total = customers.reduce((a, b) => a + b, 0);
    expect(targetProgress(total, CUSTOMER_TARGET, 0)).toBeLessThan(1);
    const pace = targetPace({
      progress: targetProgress(total, CUSTOMER_TARGET, 0),
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2024, 11, 31),
      asOf: Date.UTC(2024, 11, 1),
      tolerance: 0.1,
    });
    expect(pace).toBe('OFF TRACK');
    // Qualified leads and customers should keep pace with leads: per lead they fall.
    const flags = kpiIsolation(leadCount, [qualified, customers], 1, ['pace', 'pace']);
    expect(flags.at(-1)).toBe(true);
  });
});
