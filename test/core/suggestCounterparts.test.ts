// Suggested counterparts on the seed article's two stories and on healthy growth.
import { describe, expect, it } from 'vitest';
import type { Direction } from '../../src/core/direction';
import { suggestCounterparts } from '../../src/core/suggestCounterparts';
import { leadFunnelSheet } from '../../src/local/sample/leadFunnel';
import { nailFactorySheet } from '../../src/local/sample/nailFactory';
import { mulberry32, wiggle } from '../../src/local/sample/prng';
import type { SheetData } from '../../src/local/types';

/** The numbers of a sample column below its header (dates and text are missing). */
function column(sheet: SheetData, header: string): (number | null)[] {
  const c = sheet.cells[0].indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return sheet.cells.slice(1).map((row) => (typeof row[c] === 'number' ? row[c] : null));
}

function candidatesOf(sheet: SheetData, kpi: string, headers: string[]) {
  const rows = sheet.cells.length - 1;
  return headers
    .filter((h) => h !== kpi)
    .map((header) => ({
      id: header,
      values: column(sheet, header).slice(0, rows),
      direction: 1 as Direction,
    }));
}

describe('suggestCounterparts', () => {
  it("suggests the nail count for the nail factory's weight KPI, as a guardrail", () => {
    const sheet = nailFactorySheet();
    const headers = ['Nails per week', 'Average nail weight (g)', 'Orders delivered'];
    const suggestions = suggestCounterparts(
      column(sheet, 'Average nail weight (g)'),
      1,
      candidatesOf(sheet, 'Average nail weight (g)', headers),
    );
    expect(suggestions.map((s) => s.id)).toContain('Nails per week');
    const nails = suggestions.find((s) => s.id === 'Nails per week');
    expect(nails?.rule).toBe('up'); // it got worse: "must not get worse"
    expect(nails?.flaggedRows).toBeGreaterThan(0);
  });

  it("suggests customers for the funnel's leads KPI, as a volume that should keep pace", () => {
    const sheet = leadFunnelSheet();
    const rows = 12;
    const kpi = column(sheet, 'Leads').slice(0, rows);
    const candidates = ['Qualified leads', 'Customers'].map((header) => ({
      id: header,
      values: column(sheet, header).slice(0, rows),
      direction: 1 as Direction,
    }));
    const suggestions = suggestCounterparts(kpi, 1, candidates);
    const customers = suggestions.find((s) => s.id === 'Customers');
    expect(customers).toBeDefined();
    expect(customers?.rule).toBe('pace');
  });

  it('suggests nothing when the candidates grew together with the KPI', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = mulberry32(seed);
      const kpi = Array.from({ length: 52 }, (_, i) => 100 + 2 * i + wiggle(random, 8));
      const volume = Array.from({ length: 52 }, (_, i) => 20 + 0.4 * i + wiggle(random, 2));
      const complaints = Array.from({ length: 52 }, (_, i) => 60 - 0.5 * i + wiggle(random, 3));
      const suggestions = suggestCounterparts(kpi, 1, [
        { id: 'volume', values: volume, direction: 1 },
        { id: 'complaints', values: complaints, direction: -1 },
      ]);
      expect(suggestions, `seed ${seed}`).toEqual([]);
    }
  });

  it('suggests nothing while the KPI itself does not improve', () => {
    const flat = [5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6];
    const falling = [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(suggestCounterparts(flat, 1, [{ id: 'x', values: falling, direction: 1 }])).toEqual([]);
  });

  it('ranks the candidate flagged on more rows first, and skips columns with too few numbers', () => {
    const kpi = Array.from({ length: 30 }, (_, i) => 10 + i);
    const collapsing = Array.from({ length: 30 }, (_, i) => 100 - 3 * i);
    const lateDip = Array.from({ length: 30 }, (_, i) => (i < 20 ? 50 + (i % 2) : 45 - (i - 20)));
    const sparse = [1, 2, null, ...Array<null>(27).fill(null)];
    const suggestions = suggestCounterparts(kpi, 1, [
      { id: 'lateDip', values: lateDip, direction: 1 },
      { id: 'sparse', values: sparse, direction: 1 },
      { id: 'collapsing', values: collapsing, direction: 1 },
    ]);
    expect(suggestions.map((s) => s.id)).toEqual(['collapsing', 'lateDip']);
    expect(suggestions[0].flaggedRows).toBeGreaterThanOrEqual(suggestions[1].flaggedRows);
  });
});
