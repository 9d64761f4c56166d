/**
 * A Sheets cell as a number, or null when it is missing. Finite numbers stay; dates
 * become epoch milliseconds; blanks, text (even numeric-looking), booleans, errors and
 * non-finite numbers are missing.
 */
export function toNumberOrNull(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const ms = dateTime(cell);
  return ms !== null && Number.isFinite(ms) ? ms : null;
}

/** The epoch ms of a Date (NaN for an invalid one), or null when the value is no Date. */
export function dateTime(value: unknown): number | null {
  // toString tag instead of instanceof: a Date from another realm (node:vm) must count too.
  if (Object.prototype.toString.call(value) !== '[object Date]') return null;
  return Date.prototype.getTime.call(value);
}

/** The present values of a series, in order, missing cells skipped. */
export function presentValues(cells: readonly unknown[]): number[] {
  const values: number[] = [];
  for (const cell of cells) {
    const value = toNumberOrNull(cell);
    if (value !== null) values.push(value);
  }
  return values;
}
