// The sidebar's editing state as data: which columns changed, which rules are offered, and
// the one save request that carries every change. Number fields are edited the reader's
// way ("0,5" in Dutch) and sent the server's way ("0.5"). No DOM here.
import type {
  ColumnDraft,
  ColumnView,
  Recalculate,
  SaveRequest,
  SidebarView,
} from '../addon/endpoints';
import { numberFieldText, numberFieldValue } from '../i18n/format';
import type { UiLocale } from '../i18n/locale';

export type Drafts = Record<string, ColumnDraft>;

const NUMBER_FIELDS = ['healthyMin', 'healthyMax', 'goal', 'baseline'] as const;

function mapNumbers(draft: ColumnDraft, map: (text: string) => string): ColumnDraft {
  const out = { ...draft };
  for (const field of NUMBER_FIELDS) out[field] = map(String(draft[field]));
  return out;
}

/** The view with its saved numbers written as the reader edits them ("0,5" in Dutch). */
export function localizedView(view: SidebarView, locale: UiLocale): SidebarView {
  return {
    ...view,
    columns: view.columns.map((column) => ({
      ...column,
      saved: mapNumbers(column.saved, (text) => numberFieldText(text, locale)),
    })),
  };
}

export function draftsOf(view: SidebarView): Drafts {
  const drafts: Drafts = {};
  for (const column of view.columns) drafts[column.ref.key] = structuredClone(column.saved);
  return drafts;
}

/** The fields that matter for a role; a guardrail is a guardrail whichever way it faces. */
function meaningful(draft: ColumnDraft): unknown {
  if (draft.role === 'kpi') {
    return [
      draft.role,
      draft.direction,
      String(draft.healthyMin).trim(),
      String(draft.healthyMax).trim(),
      draft.counterparts.map((c) => [c.ref.key, c.rule === 'pace' ? 'pace' : 'guard']),
    ];
  }
  if (draft.role === 'target') {
    return [
      draft.role,
      ...[draft.goal, draft.baseline, draft.start, draft.end].map((f) => String(f).trim()),
      draft.measure,
    ];
  }
  return [draft.role];
}

export function isChanged(draft: ColumnDraft, saved: ColumnDraft): boolean {
  return JSON.stringify(meaningful(draft)) !== JSON.stringify(meaningful(saved));
}

/** A number field as typed in `locale`, as a number (NaN when it is none). */
export function draftNumber(field: string | number, locale: UiLocale): number {
  const text = numberFieldValue(String(field), locale).trim();
  return text === '' ? Number.NaN : Number(text);
}

/** Which way a column is good as drafted: a target by its goal against its baseline. */
export function isHigherBetter(draft: ColumnDraft | undefined, locale: UiLocale): boolean {
  if (draft?.role === 'kpi') return draft.direction === 'up';
  if (draft?.role === 'target') {
    return !(draftNumber(draft.goal, locale) < draftNumber(draft.baseline, locale));
  }
  return true;
}

/** "Should keep pace" is offered when both columns are higher-is-better. */
export function paceOffered(
  kpi: ColumnDraft,
  counterpart: ColumnDraft | undefined,
  locale: UiLocale,
): boolean {
  return kpi.direction === 'up' && isHigherBetter(counterpart, locale);
}

export function changedColumns(view: SidebarView, drafts: Drafts): ColumnView[] {
  return view.columns.filter((c) => drafts[c.ref.key] && isChanged(drafts[c.ref.key], c.saved));
}

/**
 * The schedule as the sidebar edits it: the Stale after field as typed, and "Email me when
 * something changes" (absent: left as it is).
 */
export interface ScheduleEdit {
  recalculate: Recalculate;
  staleAfter: string;
  digest?: boolean;
}

export function scheduleEditOf(view: SidebarView): ScheduleEdit {
  return {
    recalculate: view.schedule.recalculate,
    staleAfter: String(view.schedule.staleAfter),
    digest: view.schedule.digest.on,
  };
}

/** The digest as it would be saved: only while the schedule is on. */
export const digestOf = (edit: ScheduleEdit, view: SidebarView): boolean =>
  edit.recalculate !== 'off' && (edit.digest ?? view.schedule.digest.on);

export function isScheduleChanged(view: SidebarView, edit: ScheduleEdit): boolean {
  return (
    edit.recalculate !== view.schedule.recalculate ||
    edit.staleAfter.trim() !== String(view.schedule.staleAfter) ||
    digestOf(edit, view) !== view.schedule.digest.on
  );
}

/** The one save request; `locale` is the one the drafts were typed in. */
export function buildRequest(
  view: SidebarView,
  drafts: Drafts,
  headerRow: string,
  locale: UiLocale,
  schedule: ScheduleEdit = scheduleEditOf(view),
): SaveRequest {
  const headerChanged = headerRow.trim() !== String(view.headerRow);
  return {
    sheetId: view.sheetId,
    headerRow: headerChanged ? { value: headerRow, revision: view.headerRevision } : null,
    changes: changedColumns(view, drafts).map((column) => ({
      ref: column.ref,
      revision: column.revision,
      draft: mapNumbers(drafts[column.ref.key], (text) => numberFieldValue(text, locale)),
    })),
    schedule: isScheduleChanged(view, schedule)
      ? {
          recalculate: schedule.recalculate,
          staleAfter: schedule.staleAfter,
          digest: digestOf(schedule, view),
          revision: view.schedule.revision,
        }
      : null,
  };
}
