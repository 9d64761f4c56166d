/** Which way a KPI is good: 1 = higher is better, -1 = lower is better. */
export type Direction = 1 | -1;

const WORDS: ReadonlyMap<string, Direction> = new Map<string, Direction>([
  ['up', 1],
  ['higher', 1],
  ['down', -1],
  ['lower', -1],
]);

/** "up"/"higher"/1 -> 1, "down"/"lower"/-1 -> -1 (any case, trimmed); anything else null. */
export function parseDirection(value: unknown): Direction | null {
  if (value === 1 || value === -1) return value;
  if (typeof value !== 'string') return null;
  return WORDS.get(value.trim().toLowerCase()) ?? null;
}
