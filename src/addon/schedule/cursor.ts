// Where the next run starts when a run stopped near its time limit: the key of the first
// column it did not reach, in one document property. Runs go round the columns from there,
// so a document too big for one run is still covered, every column in turn. Pure but for the
// property name.
import * as v from 'valibot';
import { PROPERTY_PREFIX } from '../artifacts';
import { parseStored } from '../settings/schema';

export const CURSOR_PROPERTY = `${PROPERTY_PREFIX}schedule.cursor`;

const CursorSchema = v.strictObject({
  v: v.literal(1),
  next: v.pipe(v.string(), v.maxLength(200)),
});

export function cursorOf(properties: Record<string, string>): string | null {
  const parsed = parseStored(CursorSchema, properties[CURSOR_PROPERTY] ?? null);
  return parsed.ok ? parsed.value.next : null;
}

export const serializeCursor = (next: string) => JSON.stringify({ v: 1, next });

/** The jobs in run order: from the one the cursor names (if it is still there) round to the end. */
export function orderFrom<T extends { key: string }>(
  jobs: readonly T[],
  cursor: string | null,
): T[] {
  const at = cursor === null ? -1 : jobs.findIndex((job) => job.key === cursor);
  return at <= 0 ? [...jobs] : [...jobs.slice(at), ...jobs.slice(0, at)];
}
