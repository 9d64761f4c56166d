// Real formulas in a HyperFormula workbook whose custom functions are the built stubs in
// dist/, called with Apps Script's argument conventions and spilling their arrays.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/local/runtime/createRuntime';
import type { CellValue } from '../../src/local/types';

const weeks = 20;
// Nail factory: weight (KPI) climbs after week 8 while nails and deliveries fall.
const rows: CellValue[][] = Array.from({ length: weeks }, (_, i) => {
  const pushed = Math.max(0, i - 7);
  return [
    new Date(Date.UTC(2026, 0, 5 + 7 * i)),
    10 + (i % 3) * 0.1 + pushed * 0.8,
    1000 + (i % 4) * 5 - pushed * 45,
    95 + (i % 2) - pushed * 3,
    i < 12 ? i % 2 : '',
  ];
});

function nailFactory() {
  const cells: (CellValue | null)[][] = [
    ['Week', 'Weight', 'Nails', 'Delivered', 'Customers'],
    ...rows,
  ];
  return createRuntime({ data: { sheets: [{ name: 'Nails', cells }] } });
}

const column = (
  runtime: ReturnType<typeof createRuntime>,
  col: number,
  from: number,
  count: number,
) => runtime.workbook.getValues('Nails', from, col, count, 1).map((row) => row[0]);

describe('formulas evaluated through the built add-on', () => {
  it('=TARGET_PROGRESS over a range spills one value per row, blanks stay blank', () => {
    const runtime = nailFactory();
    // E2:E21: twelve customer counts, then eight blank weeks.
    runtime.workbook.setFormulas('Nails', 1, 7, [['=TARGET_PROGRESS(E2:E21, 5)']]);
    const spilled = column(runtime, 7, 1, weeks);
    expect(spilled.slice(0, 12)).toEqual(rows.slice(0, 12).map((row) => (row[4] as number) / 5));
    expect(spilled.slice(12)).toEqual(new Array(weeks - 12).fill(''));
    expect(runtime.workbook.getDisplayValues('Nails', 13, 7, 8, 1).flat()).toEqual(
      new Array(8).fill(''),
    );
    expect(runtime.workbook.getCellError('Nails', 13, 7)).toBeNull();
  });

  it('=KPI_ISOLATION with an array literal of directions flags the nail factory', () => {
    const runtime = nailFactory();
    runtime.workbook.setFormulas('Nails', 1, 7, [
      ['=KPI_ISOLATION(B2:B21, C2:D21, "up", {"up","up"})'],
    ]);
    const flags = column(runtime, 7, 1, weeks);
    // Blank until the KPI has 6 weeks of history and 4 more to judge.
    expect(flags.slice(0, 9)).toEqual(new Array(9).fill(''));
    expect(flags[9]).toBe(false);
    expect(flags[weeks - 1]).toBe(true);
  });

  it('=KPI_TREND and =KPI_HEALTH answer one cell per column', () => {
    const runtime = nailFactory();
    runtime.workbook.setFormulas('Nails', 1, 7, [['=KPI_TREND(B2:D21, "up")']]);
    expect(runtime.workbook.getValues('Nails', 1, 7, 1, 3)).toEqual([
      ['IMPROVING', 'WORSENING', 'WORSENING'],
    ]);
    runtime.workbook.setFormulas('Nails', 3, 7, [['=KPI_HEALTH(C2:C21, "up", 800, 1100)']]);
    expect(runtime.workbook.getValues('Nails', 3, 7, 1, 1)[0][0]).toBe('UNHEALTHY');
  });

  it('=TARGET_PACE receives dates from cells and from DATE()', () => {
    const runtime = nailFactory();
    runtime.workbook.setFormulas('Nails', 1, 7, [
      ['=TARGET_PACE(2.5, 5, 0, DATE(2026,1,1), DATE(2026,12,31), DATE(2026,7,2))'],
    ]);
    runtime.workbook.setFormulas('Nails', 2, 7, [['=TARGET_PACE(0, 5, 0, A21, A21+30, A2)']]);
    expect(runtime.workbook.getValues('Nails', 1, 7, 2, 1)).toEqual([
      ['ON TRACK'],
      ['NOT STARTED'],
    ]);
  });

  it('recalculates when the data change', () => {
    const runtime = nailFactory();
    runtime.workbook.setFormulas('Nails', 1, 7, [['=TARGET_PROGRESS(E2, 5)']]);
    runtime.workbook.setValues('Nails', 1, 4, [[4]]);
    expect(runtime.workbook.getValues('Nails', 1, 7, 1, 1)[0][0]).toBe(0.8);
  });

  it('shows a thrown error as #ERROR! with the function named in its message', () => {
    const runtime = nailFactory();
    runtime.workbook.setFormulas('Nails', 1, 7, [['=TARGET_PROGRESS(E2, 12, 12)']]);
    expect(runtime.workbook.getValues('Nails', 1, 7, 1, 1)[0][0]).toBe('#ERROR!');
    expect(runtime.workbook.getCellError('Nails', 1, 7)).toBe(
      'TARGET_PROGRESS: target (12) equals baseline (12); progress is undefined',
    );
  });
});
