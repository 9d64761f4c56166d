// What the sidebar endpoints answer. Plain JSON (google.script.run passes no Dates), and no
// Apps Script type: the sidebar's compiler sees these declarations and nothing else.
import type { Message } from '../../i18n/translate';
import type { LegendView } from '../legend/contract';
import type { ScheduleView, StaleMark } from '../schedule/request';
import type { Role, Rule } from '../settings/schema';
import type { ColumnDraft, ColumnRef } from './request';

export type { ScheduleDraft } from '../schedule/request';
export type { Recalculate } from '../schedule/settings';
export type { ColumnChange, ColumnDraft, ColumnRef, SaveRequest } from './request';
export type { Message, Role, Rule, ScheduleView, StaleMark };

/** A computed status, or why it could not be computed (the function's own message). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** The statuses a formula on the column would show, on the as-of date. */
export type Glance =
  | { role: 'kpi'; health: Outcome<string>; trend: Outcome<string> }
  | { role: 'target'; progress: Outcome<number | null>; pace: Outcome<string | null> };

export interface SuggestionView {
  ref: ColumnRef;
  name: string;
  rule: Rule;
  flaggedRows: number;
  judgedRows: number;
}

export interface ColumnView {
  ref: ColumnRef;
  letter: string;
  name: string;
  /** Revision of its settings: 0 when it has none (a link anchor counts as none). */
  revision: number;
  /** Why its stored settings cannot be edited (unreadable ones are never overwritten). */
  locked: Message | null;
  /** Its settings as stored, in the form the sidebar edits. */
  saved: ColumnDraft;
  glance: Glance | null;
  /** Saved KPIs without counterparts: the columns that fell behind, best first. */
  suggestions: SuggestionView[] | null;
}

export interface SidebarView {
  sheetId: number;
  sheetName: string;
  headerRow: number;
  headerRevision: number;
  maxHeaderRow: number;
  /** The as-of date statuses are computed on, YYYY-MM-DD. */
  asOf: string;
  /**
   * The locale the sidebar speaks (BCP 47, "nl-NL"): the spreadsheet's, else the user's. The
   * sidebar words everything in it and sends it back with a save.
   */
  locale: string;
  columns: ColumnView[];
  /** The KPIs coloured now and why, in words (first in the sidebar). */
  legend: LegendView;
  problems: Message[];
  /** The document's schedule (every sheet shares it). */
  schedule: ScheduleView;
  /** This sheet's KPIs the scheduled runs found STALE. */
  stale: StaleMark[];
}

/** The part of the view built from the sheet's columns (view.ts). */
export type ColumnsView = Omit<SidebarView, 'schedule' | 'stale'>;

export type DraftField =
  | keyof ColumnDraft
  | 'column'
  | 'headerRow'
  | 'recalculate'
  | 'staleAfter'
  | 'digest';

/** A message for one field of one column (key: the column's ref key; '' for the sheet). */
export interface FieldError {
  key: string;
  field: DraftField;
  message: Message;
}

export type SaveResult =
  | { ok: true; message: Message; view: SidebarView }
  | { ok: false; message: Message; errors: FieldError[] };
