import { parseDirection } from './direction';

/**
 * What a counterpart must not suffer while the KPI improves: "up" / "down" is a guardrail
 * (higher / lower is better) that must not get worse; "pace" is a higher-is-better volume
 * that should keep pace with the KPI (its per-KPI ratio must not fall).
 */
export type CounterpartRule = 'up' | 'down' | 'pace';

/** "up"/"higher"/1, "down"/"lower"/-1, "pace" (any case, trimmed) -> the rule; else null. */
export function parseCounterpartRule(value: unknown): CounterpartRule | null {
  if (typeof value === 'string' && value.trim().toLowerCase() === 'pace') return 'pace';
  const direction = parseDirection(value);
  if (direction === null) return null;
  return direction === 1 ? 'up' : 'down';
}
