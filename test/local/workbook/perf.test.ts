// Speed on a big sheet, asserted as work where possible: the engine's per-cell public reads
// are counted through spies on HyperFormula's prototype (its range reads call them once per
// cell), so "a 50-row window costs the same at 1,000 and 50,000 rows" is checked exactly.
// Wall-time bounds are generous; the timings are printed.

import { HyperFormula } from 'hyperformula';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CellValue, WorkbookData } from '../../../src/local/types';
import { Workbook } from '../../../src/local/workbook';

/** The preview bench's shape: A–H numbers, I = A+B, J = I*C, under a header row. */
function bigData(rows: number): WorkbookData {
  const cells: CellValue[][] = [['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'A+B', '(A+B)*C']];
  for (let r = 2; r <= rows + 1; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < 8; c++) row.push(((r * 31 + c * 17) % 1000) / 10);
    row.push(`=A${r}+B${r}`, `=I${r}*C${r}`);
    cells.push(row);
  }
  return { sheets: [{ name: 'Big', cells }] };
}

const CELL_READS = [
  'getCellValue',
  'getCellFormula',
  'getCellSerialized',
  'getCellType',
  'getCellValueDetailedType',
] as const;

/** Counts the engine's per-cell reads made while `fn` runs. */
function countReads(fn: () => void): number {
  const spies = CELL_READS.map((m) => vi.spyOn(HyperFormula.prototype, m));
  try {
    fn();
    return spies.reduce((n, s) => n + s.mock.calls.length, 0);
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
}

/** What the preview does per repaint, on rows [row, row+50) of every column. */
function windowReads(wb: Workbook, row: number): void {
  wb.getValues('Big', row, 0, 50, 11);
  wb.getDisplayValues('Big', row, 0, 50, 11);
  wb.getFormulas('Big', row, 0, 50, 11);
  for (let r = row; r < row + 50; r++) {
    wb.getCellError('Big', r, 9);
    wb.getSparkline('Big', r, 9);
    for (let c = 0; c < 11; c++) wb.evaluateShifted('Big', '=$C2>50', r - 1, c);
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('performance on 50,000 rows x 10 columns', () => {
  const small = Workbook.fromData(bigData(1_000));
  const [big, buildMs] = timed(() => Workbook.fromData(bigData(50_000)));
  // A sparkline in the last row, so the sheet keeps the bench's shape: last row and last
  // column both filled at the bottom.
  for (const [wb, rows] of [
    [small, 1_000],
    [big, 50_000],
  ] as const) {
    wb.setValues('Big', rows, 10, [[`=SPARKLINE(A${rows + 1}:H${rows + 1})`]]);
  }

  it('fromData builds the engine in one step, without per-cell edits', () => {
    const setCells = vi.spyOn(HyperFormula.prototype, 'setCellContents');
    const [wb, ms] = timed(() => Workbook.fromData(bigData(2_000)));
    expect(setCells).not.toHaveBeenCalled();
    expect(wb.getValues('Big', 2_000, 8, 1, 2)[0][1]).toBeCloseTo(
      (((2_001 * 31) % 1000) / 10 + ((2_001 * 31 + 17) % 1000) / 10) *
        (((2_001 * 31 + 34) % 1000) / 10),
    );
    console.log(`fromData 50,000x10: ${buildMs.toFixed(0)} ms (2,000 rows: ${ms.toFixed(0)} ms)`);
    expect(buildMs).toBeLessThan(15_000); // a guard against pathology; npm run bench has the figures
  });

  it('lastRow/lastColumn stop at the first cell with content and are kept until an edit', () => {
    big.setValues('Big', 0, 0, [['A']]); // an edit: nothing cached
    const [first, firstMs] = timed(() => countReads(() => big.lastColumn('Big')));
    const again = countReads(() => {
      big.lastRow('Big');
      big.lastColumn('Big');
    });
    big.setValues('Big', 0, 0, [['A']]);
    const [, afterEditMs] = timed(() => big.lastColumn('Big'));
    console.log(
      `lastColumn: ${first} cell reads, ${firstMs.toFixed(2)} ms; after an edit ${afterEditMs.toFixed(2)} ms`,
    );
    expect(first).toBeLessThanOrEqual(20);
    expect(again).toBe(0);
    expect([big.lastRow('Big'), big.lastColumn('Big')]).toEqual([50_001, 11]);
    expect(afterEditMs).toBeLessThan(100);
  });

  it('lastColumn finds a last column used only in the header row at once', () => {
    // A backward scan up each column would read every row here.
    const cells: CellValue[][] = [Array.from({ length: 10 }, (_, c) => `h${c}`)];
    for (let r = 1; r <= 50_000; r++) cells.push([r]);
    const tall = Workbook.fromData({ sheets: [{ name: 'Big', cells }] });
    const [reads, ms] = timed(() => countReads(() => tall.lastColumn('Big')));
    console.log(`lastColumn, header-only last column: ${reads} cell reads, ${ms.toFixed(1)} ms`);
    expect(tall.lastColumn('Big')).toBe(10);
    expect(reads).toBeLessThanOrEqual(20);
  });

  it('window reads cost the same at 1,000 and at 50,000 rows', () => {
    const smallReads = countReads(() => windowReads(small, 500));
    const [bigReads, ms] = timed(() => countReads(() => windowReads(big, 25_000)));
    console.log(`50-row window: ${bigReads} cell reads, ${ms.toFixed(1)} ms`);
    expect(bigReads).toBe(smallReads);
    // Values and number kinds are read twice (getValues, getDisplayValues), formulas once.
    expect(bigReads).toBeLessThanOrEqual(5 * 50 * 11 + 2 * 50);
    expect(big.getSparkline('Big', 50_000, 10)).toHaveLength(8);
    expect(ms).toBeLessThan(2_000);
  });

  it('an edit recalculates only what depends on it', () => {
    // HyperFormula reports every cell whose value an edit changed; A30001 feeds I30001 (A+B)
    // and J30001 (I*C), and nothing else on the sheet.
    const edits = vi.spyOn(HyperFormula.prototype, 'setCellContents');
    const [, ms] = timed(() => {
      big.setValues('Big', 30_000, 0, [[7]]);
      return big.getValues('Big', 30_000, 8, 1, 2);
    });
    const changed = edits.mock.results
      .flatMap((r) => r.value as { address?: { row: number; col: number } }[])
      .map((c) => (c.address ? `${c.address.row}:${c.address.col}` : 'named'));
    console.log(`edit + read back: ${ms.toFixed(1)} ms, ${changed.length} cells recalculated`);
    expect(changed.sort()).toEqual(['30000:0', '30000:8', '30000:9']);
    expect(big.getValues('Big', 30_000, 8, 1, 1)[0][0]).toBeCloseTo(
      7 + ((30_001 * 31 + 17) % 1000) / 10,
    );
    expect(ms).toBeLessThan(2_000);
  });

  it('setValues of 50,000 x 10 in one call', () => {
    const wb = new Workbook();
    wb.addSheet('Big');
    const rows = Array.from({ length: 50_000 }, (_, i) =>
      Array.from({ length: 10 }, (_, j) => (j === 0 ? `row ${i}` : i * 10 + j)),
    );
    const [, setMs] = timed(() => wb.setValues('Big', 0, 0, rows));
    const [back, getMs] = timed(() => wb.getValues('Big', 0, 0, 50_000, 10));
    const [last, lastMs] = timed(() => wb.lastRow('Big'));
    console.log(
      `setValues 50,000x10: ${setMs.toFixed(0)} ms, getValues ${getMs.toFixed(0)} ms, lastRow ${lastMs.toFixed(1)} ms`,
    );
    expect(back[49_999][9]).toBe(499_999);
    expect(last).toBe(50_000);
    expect(setMs).toBeLessThan(10_000);
  });
});
