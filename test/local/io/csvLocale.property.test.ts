// Property: a table of numbers and dates, written the English way (",", 1,234.5, 3/2/2026)
// or the Dutch way (";", 1.234,5, 03-02-2026) by Intl — not by our own writer — reads back
// as the same values: detected from the file when it has a separator to go by, and always
// when the convention is forced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/local/io/csv';
import type { Convention } from '../../../src/local/io/numberFormat';
import type { CellValue } from '../../../src/local/types';

type Cell = number | Date;

const number = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 100),
);
const date = fc
  .integer({ min: 0, max: 365 * 50 })
  .map((days) => new Date(Date.UTC(1990, 0, 1) + days * 86_400_000));
const column = fc.oneof(fc.constant<'number'>('number'), fc.constant<'date'>('date'));

const table = (minColumns: number) =>
  fc
    .tuple(
      fc.array(column, { minLength: minColumns, maxLength: 4 }),
      fc.integer({ min: 1, max: 8 }),
      fc.boolean(),
    )
    .chain(([kinds, rows, grouping]) =>
      fc.record({
        grouping: fc.constant(grouping),
        rows: fc.array(fc.tuple(...kinds.map((k) => (k === 'number' ? number : date))), {
          minLength: rows,
          maxLength: rows,
        }),
      }),
    );

const pad = (n: number) => String(n).padStart(2, '0');

function field(value: Cell, convention: Convention, grouping: boolean): string {
  if (value instanceof Date) {
    const [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
    return convention === 'nl' ? `${pad(d)}-${pad(m)}-${y}` : `${m}/${d}/${y}`;
  }
  const locale = convention === 'nl' ? 'nl-NL' : 'en-US';
  return new Intl.NumberFormat(locale, { useGrouping: grouping, maximumFractionDigits: 20 })
    .format(value)
    .replace('\u2212', '-');
}

function csv(rows: Cell[][], convention: Convention, grouping: boolean): string {
  const delimiter = convention === 'nl' ? ';' : ',';
  const quote = (text: string) => (text.includes(delimiter) ? `"${text}"` : text);
  const header = rows[0].map((_, c) => `col${c}`).join(delimiter);
  const body = rows.map((row) =>
    row.map((value) => quote(field(value, convention, grouping))).join(delimiter),
  );
  return `${[header, ...body].join('\n')}\n`;
}

const values = (cells: (CellValue | null)[][]) => cells.slice(1);

describe('CSV in either convention reads back the same values', () => {
  for (const convention of ['en', 'nl'] as const) {
    it(`${convention}, detected from the file`, () => {
      fc.assert(
        fc.property(table(2), ({ rows, grouping }) => {
          const { sheet, reading } = parseCsv('t.csv', csv(rows, convention, grouping), 't');
          expect(reading.convention).toBe(convention);
          expect(values(sheet.cells)).toEqual(rows);
        }),
        { numRuns: 200 },
      );
    });

    it(`${convention}, forced with --locale ${convention}`, () => {
      fc.assert(
        fc.property(table(1), ({ rows, grouping }) => {
          const text = csv(rows, convention, grouping);
          const { sheet } = parseCsv('t.csv', text, 't', { locale: convention });
          expect(values(sheet.cells)).toEqual(rows);
        }),
        { numRuns: 200 },
      );
    });
  }
});
