// The sidebar's editing state as data: which columns changed, which rules are offered, and
// the one save request that carries every change. No DOM here.
import type {
  ColumnDraft,
  ColumnView,
  Recalculate,
  SaveRequest,
  SidebarView,
} from '../addon/endpoints';

export type Drafts = Record<string, ColumnDraft>;

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
    ];
  }
  return [draft.role];
}

export function isChanged(draft: ColumnDraft, saved: ColumnDraft): boolean {
  return JSON.stringify(meaningful(draft)) !== JSON.stringify(meaningful(saved));
}

/** Which way a column is good as drafted: a target by its goal against its baseline. */
export function isHigherBetter(draft: ColumnDraft | undefined): boolean {
  if (draft?.role === 'kpi') return draft.direction === 'up';
  if (draft?.role === 'target') return !(Number(draft.goal) < Number(draft.baseline));
  return true;
}

/** "Should keep pace" is offered when both columns are higher-is-better. */
export function paceOffered(kpi: ColumnDraft, counterpart: ColumnDraft | undefined): boolean {
  return kpi.direction === 'up' && isHigherBetter(counterpart);
}

export function changedColumns(view: SidebarView, drafts: Drafts): ColumnView[] {
  return view.columns.filter((c) => drafts[c.ref.key] && isChanged(drafts[c.ref.key], c.saved));
}

/** The schedule as the sidebar edits it: the Stale after field as typed. */
export interface ScheduleEdit {
  recalculate: Recalculate;
  staleAfter: string;
}

export function scheduleEditOf(view: SidebarView): ScheduleEdit {
  return { recalculate: view.schedule.recalculate, staleAfter: String(view.schedule.staleAfter) };
}

export function isScheduleChanged(view: SidebarView, edit: ScheduleEdit): boolean {
  return (
    edit.recalculate !== view.schedule.recalculate ||
    edit.staleAfter.trim() !== String(view.schedule.staleAfter)
  );
}

export function buildRequest(
  view: SidebarView,
  drafts: Drafts,
  headerRow: string,
  schedule: ScheduleEdit = scheduleEditOf(view),
): SaveRequest {
  const headerChanged = headerRow.trim() !== String(view.headerRow);
  return {
    sheetId: view.sheetId,
    headerRow: headerChanged ? { value: headerRow, revision: view.headerRevision } : null,
    changes: changedColumns(view, drafts).map((column) => ({
      ref: column.ref,
      revision: column.revision,
      draft: drafts[column.ref.key],
    })),
    schedule: isScheduleChanged(view, schedule)
      ? { ...schedule, revision: view.schedule.revision }
      : null,
  };
}
