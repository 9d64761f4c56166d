// Builders for the store tests: a sheet's settings from headers and stored entries, and
// save requests as the sidebar sends them.

import { draftOf, emptyDraft, refAt } from '../../src/addon/marking/drafts';
import type { ColumnChange, ColumnDraft, SaveRequest } from '../../src/addon/marking/request';
import {
  buildSheetSettings,
  type RawEntry,
  type SheetSettings,
} from '../../src/addon/settings/sheetSettings';
import { ENGLISH } from '../../src/i18n/locale';

export function settingsOf(
  headers: string[],
  stored: Record<number, object | string> = {},
): SheetSettings {
  const entries: RawEntry[] = Object.entries(stored).map(([position, value]) => ({
    position: Number(position),
    value: typeof value === 'string' ? value : JSON.stringify(value),
  }));
  return buildSheetSettings({
    sheetId: 7,
    sheetName: 'Data',
    headerRow: 1,
    headerRevision: 0,
    headerProblem: null,
    lastColumn: headers.length,
    headers,
    entries,
    locale: ENGLISH,
  });
}

export const kpi = (id: string, extra: object = {}) => ({
  v: 1,
  id,
  rev: 1,
  role: 'kpi',
  direction: 'up',
  healthyMin: null,
  healthyMax: null,
  counterparts: [],
  ...extra,
});

export const target = (id: string, extra: object = {}) => ({
  v: 1,
  id,
  rev: 1,
  role: 'target',
  goal: 5,
  baseline: 0,
  start: '2024-01-01',
  end: '2024-12-31',
  ...extra,
});

/** A change of the column at a position, from the state the sidebar was shown. */
export function change(
  settings: SheetSettings,
  position: number,
  edit: Partial<ColumnDraft>,
): ColumnChange {
  const marked = settings.columns.find((c) => c.position === position);
  const stored = marked?.settings;
  return {
    ref: refAt(settings, position),
    revision: stored && stored.role !== 'none' ? stored.rev : 0,
    draft: { ...(marked ? draftOf(settings, marked) : emptyDraft()), ...edit },
  };
}

export function request(settings: SheetSettings, changes: ColumnChange[]): SaveRequest {
  return { sheetId: settings.sheetId, headerRow: null, changes };
}

export const counterpart = (
  settings: SheetSettings,
  position: number,
  rule: 'up' | 'down' | 'pace' = 'up',
) => ({
  ref: refAt(settings, position),
  rule,
});
