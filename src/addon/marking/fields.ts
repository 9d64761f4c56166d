// One column's draft as stored settings, field by field: every field the user typed gets
// its own message. Links are added by the save plan, which knows the other columns. Pure.
import { day, type Message, message } from '../../i18n/translate';
import { isCalendarDate, type TargetMeasure } from '../settings/schema';
import type { DraftField } from './contract';
import { numberFrom } from './drafts';
import type { ColumnDraft } from './request';

export type FieldMessages = Partial<Record<DraftField, Message>>;

/** The settings of a draft minus id, revision and links. */
export type DraftSettings =
  | { role: 'none' }
  | { role: 'time' }
  | {
      role: 'kpi';
      direction: 'up' | 'down';
      healthyMin: number | null;
      healthyMax: number | null;
    }
  | {
      role: 'target';
      goal: number;
      baseline: number;
      start: string;
      end: string;
      measure: TargetMeasure;
    };

function optionalNumber(raw: string | number, field: DraftField, errors: FieldMessages) {
  const value = numberFrom(raw);
  if (value !== null && !Number.isFinite(value)) errors[field] = message('invalid.number');
  return value;
}

function requiredNumber(raw: string | number, field: DraftField, errors: FieldMessages): number {
  const value = optionalNumber(raw, field, errors);
  if (value === null) errors[field] = message('invalid.required');
  return value ?? Number.NaN;
}

function requiredDate(raw: string, field: DraftField, errors: FieldMessages): string {
  const value = raw.trim();
  if (!isCalendarDate(value)) errors[field] = message('invalid.date');
  return value;
}

export function draftSettings(draft: ColumnDraft): {
  settings: DraftSettings;
  errors: FieldMessages;
} {
  const errors: FieldMessages = {};
  if (draft.role === 'kpi') {
    const healthyMin = optionalNumber(draft.healthyMin, 'healthyMin', errors);
    const healthyMax = optionalNumber(draft.healthyMax, 'healthyMax', errors);
    if (!errors.healthyMin && !errors.healthyMax && healthyMin !== null && healthyMax !== null) {
      if (healthyMin > healthyMax) {
        errors.healthyMax = message('invalid.minAboveMax', { min: healthyMin, max: healthyMax });
      }
    }
    const settings = { role: 'kpi' as const, direction: draft.direction, healthyMin, healthyMax };
    return { settings, errors };
  }
  if (draft.role === 'target') {
    const goal = requiredNumber(draft.goal, 'goal', errors);
    const baseline = requiredNumber(draft.baseline, 'baseline', errors);
    if (!errors.goal && !errors.baseline && goal === baseline) {
      errors.goal = message('invalid.goalEqualsBaseline', { value: goal });
    }
    const start = requiredDate(draft.start, 'start', errors);
    const end = requiredDate(draft.end, 'end', errors);
    if (!errors.start && !errors.end && end <= start) {
      errors.end = message('invalid.endBeforeStart', { start: day(start), end: day(end) });
    }
    const settings = {
      role: 'target' as const,
      goal,
      baseline,
      start,
      end,
      measure: draft.measure,
    };
    return { settings, errors };
  }
  return { settings: { role: draft.role }, errors };
}
