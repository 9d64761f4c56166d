// How long each KPI's latest value has stayed the same, counted in scheduled runs: one small
// document property per KPI (key below), validated on read. The latest value is its row and
// its value together, so a new row with an equal value is news and an edit is news; the same
// row and value run after run is not. Pure but for the property names.
import * as v from 'valibot';
import { PROPERTY_PREFIX } from '../artifacts';
import { parseStored } from '../settings/schema';

export const STALE_PREFIX = `${PROPERTY_PREFIX}stale.`;

const StaleSchema = v.strictObject({
  v: v.literal(1),
  /** The latest value as "<row>|<value>". */
  latest: v.pipe(v.string(), v.maxLength(500)),
  /** Runs in a row that saw this same latest value after the one that first saw it. */
  unchanged: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
});
export type StaleState = v.InferOutput<typeof StaleSchema>;

/** The property of one KPI, by its sheet and column id (a copied sheet repeats ids). */
export const staleProperty = (sheetId: number, columnId: string) =>
  `${STALE_PREFIX}${sheetId}.${columnId}`;

export function staleStateOf(properties: Record<string, string>, key: string): StaleState | null {
  const parsed = parseStored(StaleSchema, properties[key] ?? null);
  return parsed.ok ? parsed.value : null;
}

/** The state after a run that saw `latest` (null: the column holds no value). */
export function nextStaleState(previous: StaleState | null, latest: string | null): StaleState {
  const seen = latest ?? '';
  if (previous !== null && previous.latest === seen) {
    return { v: 1, latest: seen, unchanged: previous.unchanged + 1 };
  }
  return { v: 1, latest: seen, unchanged: 0 };
}

/** STALE once the latest value has stayed the same for `staleAfter` runs. */
export const isStale = (state: StaleState | null, staleAfter: number) =>
  state !== null && state.latest !== '' && state.unchanged >= staleAfter;

/** The text a state is stored as. */
export const serializeStale = (state: StaleState) => JSON.stringify(state);
