/**
 * A Sheets cell as a number, or null when it is missing. Finite numbers stay; dates
 * become epoch milliseconds; blanks, text (even numeric-looking), booleans, errors and
 * non-finite numbers are missing.
 */
export function toNumberOrNull(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  // toString tag instead of instanceof: a Date from another realm (node:vm) must count too.
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    const ms = Date.prototype.getTime.call(cell);
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
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
