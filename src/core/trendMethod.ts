/**
 * How a trend test treats serial correlation: "auto" widens the Mann–Kendall variance for
 * the persistence it measures in the series; "classic" is the textbook test, which assumes
 * independent values.
 */
export type TrendMethod = 'auto' | 'classic';

/** "auto" / "classic" (any case, trimmed) -> the method; anything else null. */
export function parseTrendMethod(value: unknown): TrendMethod | null {
  if (typeof value !== 'string') return null;
  const word = value.trim().toLowerCase();
  return word === 'auto' || word === 'classic' ? word : null;
}
