import { describe, expect, it } from 'vitest';
import { Workbook } from '../../../src/local/workbook';

describe('performance sanity', () => {
  it('setValues of 50,000 x 10 in one call', () => {
    const wb = new Workbook();
    wb.addSheet('Big');
    const rows = Array.from({ length: 50_000 }, (_, i) =>
      Array.from({ length: 10 }, (_, j) => (j === 0 ? `row ${i}` : i * 10 + j)),
    );
    let t = performance.now();
    wb.setValues('Big', 0, 0, rows);
    const setMs = performance.now() - t;
    t = performance.now();
    const back = wb.getValues('Big', 0, 0, 50_000, 10);
    const getMs = performance.now() - t;
    t = performance.now();
    const last = wb.lastRow('Big');
    const lastMs = performance.now() - t;
    console.log(
      `50,000x10: setValues ${setMs.toFixed(0)} ms, getValues ${getMs.toFixed(0)} ms, lastRow ${lastMs.toFixed(1)} ms`,
    );
    expect(back[49_999][9]).toBe(499_999);
    expect(last).toBe(50_000);
    expect(setMs).toBeLessThan(10_000);
  });
});
