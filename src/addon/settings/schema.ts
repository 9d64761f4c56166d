// The stored settings, as valibot schemas: everything KPI Guard reads back from developer
// metadata or document properties passes through here, and everything it writes is checked
// against the same schema first, so it can always be read again. Pure: no Apps Script.
import * as v from 'valibot';
import { TARGET_MEASURES, type TargetMeasure } from '../../core/targetMeasure';
import { MAX_COUNTERPARTS, MAX_LABEL_CHARS, MAX_SETTINGS_CHARS, SETTINGS_VERSION } from './keys';

export const ROLES = ['none', 'kpi', 'target', 'time'] as const;
export type Role = (typeof ROLES)[number];
export const DIRECTIONS = ['up', 'down'] as const;
export type DirectionWord = (typeof DIRECTIONS)[number];
/** A counterpart's rule, as KPI_ISOLATION takes it: a guardrail up/down, or keeping pace. */
export const RULES = ['up', 'down', 'pace'] as const;
export type Rule = (typeof RULES)[number];
/** How a target's progress is counted: its column's latest value, or a sum over the period. */
export { TARGET_MEASURES, type TargetMeasure };

export const ID_PATTERN = /^k[0-9a-z]{8}$/;

/** 'YYYY-MM-DD' naming a day that exists (2026-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

const ColumnId = v.pipe(v.string(), v.regex(ID_PATTERN, 'an id is k and 8 letters or digits'));
const Revision = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const FiniteNumber = v.pipe(v.number(), v.finite());
const CalendarDate = v.pipe(v.string(), v.check(isCalendarDate, 'a date is YYYY-MM-DD'));

const Link = v.strictObject({
  id: ColumnId,
  rule: v.picklist(RULES),
  /** The counterpart's header when linked: only used to name a link whose column is gone. */
  label: v.pipe(v.string(), v.maxLength(MAX_LABEL_CHARS)),
});
export type Link = v.InferOutput<typeof Link>;

const common = { v: v.literal(SETTINGS_VERSION), id: ColumnId, rev: Revision };

const KpiSettings = v.pipe(
  v.strictObject({
    ...common,
    role: v.literal('kpi'),
    direction: v.picklist(DIRECTIONS),
    healthyMin: v.nullable(FiniteNumber),
    healthyMax: v.nullable(FiniteNumber),
    counterparts: v.pipe(v.array(Link), v.maxLength(MAX_COUNTERPARTS)),
  }),
  v.check(
    (s) => s.healthyMin === null || s.healthyMax === null || s.healthyMin <= s.healthyMax,
    'the healthy minimum is above the maximum',
  ),
  v.check((s) => s.counterparts.every((c) => c.id !== s.id), 'a KPI is its own counterpart'),
  v.check(
    (s) => new Set(s.counterparts.map((c) => c.id)).size === s.counterparts.length,
    'a counterpart is listed twice',
  ),
  v.check(
    (s) => s.direction === 'up' || s.counterparts.every((c) => c.rule !== 'pace'),
    '"pace" needs a higher-is-better KPI',
  ),
);

const TargetSettings = v.pipe(
  v.strictObject({
    ...common,
    role: v.literal('target'),
    goal: FiniteNumber,
    baseline: FiniteNumber,
    start: CalendarDate,
    end: CalendarDate,
    // Added after version 1 was out: an entry without it is a target counted on its latest
    // value, which is what every target meant before. So the version stays 1 (see
    // serializeColumnSettings for what an older reader makes of a 'sum').
    measure: v.optional(v.picklist(TARGET_MEASURES), 'latest'),
  }),
  v.check((s) => s.goal !== s.baseline, 'the goal equals the baseline'),
  v.check((s) => s.end > s.start, 'the end is not after the start'),
);

const TimeSettings = v.strictObject({ ...common, role: v.literal('time') });

/** A column that is nothing itself but is linked to, so it carries an id. */
const NoneSettings = v.strictObject({ ...common, role: v.literal('none') });

export const ColumnSettingsSchema = v.variant('role', [
  KpiSettings,
  TargetSettings,
  TimeSettings,
  NoneSettings,
]);
export type ColumnSettings = v.InferOutput<typeof ColumnSettingsSchema>;
export type KpiColumnSettings = Extract<ColumnSettings, { role: 'kpi' }>;
export type TargetColumnSettings = Extract<ColumnSettings, { role: 'target' }>;

export const SheetSettingsSchema = v.strictObject({
  v: v.literal(SETTINGS_VERSION),
  headerRow: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  rev: Revision,
});
export type StoredSheetSettings = v.InferOutput<typeof SheetSettingsSchema>;

/** Why a stored entry was not used. */
export type Unreadable =
  | { kind: 'malformed'; detail: string }
  | { kind: 'newer'; version: number }
  | { kind: 'oversized'; size: number };

export type Parsed<T> = { ok: true; value: T } | { ok: false; why: Unreadable };

/** The first issue of a failed parse, in a few words with where it is. */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}

/** Stored JSON text against a schema: too long, not JSON, newer or malformed are reasons. */
export function parseStored<T>(
  schema: v.GenericSchema<unknown, T>,
  text: string | null,
): Parsed<T> {
  if (text === null || text === '')
    return { ok: false, why: { kind: 'malformed', detail: 'empty' } };
  if (text.length > MAX_SETTINGS_CHARS)
    return { ok: false, why: { kind: 'oversized', size: text.length } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, why: { kind: 'malformed', detail: 'not JSON' } };
  }
  const version =
    typeof json === 'object' && json !== null ? (json as { v?: unknown }).v : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
    return { ok: false, why: { kind: 'newer', version } };
  }
  const result = v.safeParse(schema, json);
  if (!result.success)
    return { ok: false, why: { kind: 'malformed', detail: describeIssues(result.issues) } };
  return { ok: true, value: result.output };
}

export const parseColumnSettings = (text: string | null) => parseStored(ColumnSettingsSchema, text);
export const parseSheetSettings = (text: string | null) => parseStored(SheetSettingsSchema, text);

/**
 * The text to store, after checking it against the schema it will be read with. A target
 * counted on its latest value is written without `measure`, exactly as before the field
 * existed, so every version 1 reader reads it alike; a 'sum' one is refused by an older
 * reader's strict schema (reported and left untouched), never misread as the latest value.
 */
export function serializeColumnSettings(settings: ColumnSettings): string {
  const checked = v.parse(ColumnSettingsSchema, settings);
  if (checked.role === 'target' && checked.measure === 'latest') {
    const { measure: _latest, ...unchanged } = checked;
    return JSON.stringify(unchanged);
  }
  return JSON.stringify(checked);
}
