// Stored settings in the form the sidebar edits (numbers as text, links as column refs),
// and the reverse reading of typed text. Pure.
import type { ColumnSettings } from '../settings/schema';
import type { MarkedColumn, SheetSettings } from '../settings/sheetSettings';
import type { ColumnDraft, ColumnRef } from './request';

/** What an unmarked column looks like in the sidebar. */
export function emptyDraft(): ColumnDraft {
  return {
    role: 'none',
    direction: 'up',
    healthyMin: '',
    healthyMax: '',
    counterparts: [],
    goal: '',
    baseline: '',
    start: '',
    end: '',
    // A new target counts its column's latest value until the user says otherwise: what every
    // target meant before the choice existed, and what TARGET_PROGRESS of one cell means. A
    // guess from the values was weighed and left out: whole numbers that go up and down are
    // new customers per month as often as a headcount, and a wrong guess nobody sees is worse
    // than a choice shown beside the goal with both meanings spelled out.
    measure: 'latest',
  };
}

const text = (n: number | null): string => (n === null ? '' : String(n));

/** The ref the sidebar uses for the column at a position: by id when it has one. */
export function refAt(settings: SheetSettings, position: number): ColumnRef {
  const marked = settings.columns.find((c) => c.position === position);
  const id = marked?.settings.id ?? null;
  return { key: id ?? `p${position}`, id, position, header: settings.headers[position - 1] ?? '' };
}

export function draftOf(settings: SheetSettings, column: MarkedColumn | undefined): ColumnDraft {
  const draft = emptyDraft();
  const stored: ColumnSettings | undefined = column?.settings;
  if (!column || !stored) return draft;
  draft.role = stored.role;
  if (stored.role === 'kpi') {
    draft.direction = stored.direction;
    draft.healthyMin = text(stored.healthyMin);
    draft.healthyMax = text(stored.healthyMax);
    draft.counterparts = column.counterparts.map((link) => ({
      ref: refAt(settings, link.position),
      rule: link.rule,
    }));
  } else if (stored.role === 'target') {
    draft.goal = text(stored.goal);
    draft.baseline = text(stored.baseline);
    draft.start = stored.start;
    draft.end = stored.end;
    draft.measure = stored.measure;
    draft.direction = stored.goal > stored.baseline ? 'up' : 'down';
  }
  return draft;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Typed text as a number: null when blank, NaN when it is not a number. */
export function numberFrom(field: string | number): number | null {
  if (typeof field === 'number') return field;
  const trimmed = field.trim();
  if (trimmed === '') return null;
  return NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
}
