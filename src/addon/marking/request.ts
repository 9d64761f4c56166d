// The save request the sidebar sends, as a valibot schema: the server parses every request
// with it before looking at a single field, and the sidebar's types come from it.
import * as v from 'valibot';
import { ScheduleDraftSchema } from '../schedule/request';
import { MAX_COUNTERPARTS } from '../settings/keys';
import { DIRECTIONS, ROLES, RULES, TARGET_MEASURES } from '../settings/schema';

/** Sheets' last column is ZZZ. */
const MAX_COLUMN = 18_278;
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const WholeNumber = (min: number, max: number) =>
  v.pipe(v.number(), v.safeInteger(), v.minValue(min), v.maxValue(max));
/** A number field as typed: text (checked on the server), or a number. */
const NumberField = v.union([Text(100), v.pipe(v.number(), v.finite())]);

/**
 * A column as the sidebar saw it: by id when it had settings, else by position and header
 * (checked again on the server, so a column that moved or was renamed is not mistaken).
 */
export const ColumnRefSchema = v.strictObject({
  key: Text(40),
  id: v.nullable(Text(40)),
  position: WholeNumber(1, MAX_COLUMN),
  header: Text(50_000),
});

export const ColumnDraftSchema = v.strictObject({
  role: v.picklist(ROLES),
  direction: v.picklist(DIRECTIONS),
  healthyMin: NumberField,
  healthyMax: NumberField,
  counterparts: v.pipe(
    v.array(v.strictObject({ ref: ColumnRefSchema, rule: v.picklist(RULES) })),
    // Room for a few too many, so the field message can say how many are allowed.
    v.maxLength(4 * MAX_COUNTERPARTS),
  ),
  goal: NumberField,
  baseline: NumberField,
  start: Text(100),
  end: Text(100),
  /**
   * How a target's progress is counted. Required: a page from before the field existed gets
   * "Reload" rather than a default that could change a target's meaning behind its back.
   */
  measure: v.picklist(TARGET_MEASURES),
});

export const ColumnChangeSchema = v.strictObject({
  ref: ColumnRefSchema,
  /** The revision the sidebar saw: 0 for a column without settings. */
  revision: WholeNumber(0, Number.MAX_SAFE_INTEGER),
  draft: ColumnDraftSchema,
});

export const SaveRequestSchema = v.strictObject({
  sheetId: v.pipe(v.number(), v.safeInteger()),
  headerRow: v.nullable(
    v.strictObject({ value: NumberField, revision: WholeNumber(0, Number.MAX_SAFE_INTEGER) }),
  ),
  changes: v.pipe(v.array(ColumnChangeSchema), v.maxLength(MAX_COLUMN)),
  /** The document's schedule, when the sidebar changed it. */
  schedule: v.optional(v.nullable(ScheduleDraftSchema)),
});

export type ColumnRef = v.InferOutput<typeof ColumnRefSchema>;
export type ColumnDraft = v.InferOutput<typeof ColumnDraftSchema>;
export type ColumnChange = v.InferOutput<typeof ColumnChangeSchema>;
export type SaveRequest = v.InferOutput<typeof SaveRequestSchema>;
