// What the sidebar shows of the schedule: the choice and its STALE count, and which of the
// sheet's KPIs the last runs found STALE. Read from the document properties, no sheet call.
import { HISTORY_SHEET_NAME } from '../artifacts';
import { digestView } from '../digest/view';
import { refAt } from '../marking/drafts';
import type { SheetSettings } from '../settings/sheetSettings';
import type { ScheduleView, StaleMark } from './request';
import { scheduleOf } from './settings';
import { isStale, staleProperty, staleStateOf } from './staleState';
import { RUN_HOUR } from './trigger';

export function scheduleView(properties: Record<string, string>, timeZone: string): ScheduleView {
  const schedule = scheduleOf(properties);
  return {
    recalculate: schedule.recalculate,
    staleAfter: schedule.staleAfter,
    revision: schedule.rev,
    timeZone,
    hour: RUN_HOUR,
    history: HISTORY_SHEET_NAME,
    digest: digestView(schedule, properties, timeZone),
  };
}

export function staleMarks(
  properties: Record<string, string>,
  settings: SheetSettings,
): StaleMark[] {
  const { staleAfter } = scheduleOf(properties);
  return settings.columns.flatMap((column) => {
    if (column.settings.role !== 'kpi') return [];
    const state = staleStateOf(properties, staleProperty(settings.sheetId, column.settings.id));
    if (state === null || !isStale(state, staleAfter)) return [];
    return [{ key: refAt(settings, column.position).key, runs: state.unchanged }];
  });
}
