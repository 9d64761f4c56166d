// Drives the built add-on's sidebar endpoints as the sidebar does: load a view, edit
// drafts by column name, save the changed columns in one request.
import type { ColumnDraft, SaveResult, SidebarView } from '../../src/addon/endpoints';
import { ENGLISH } from '../../src/i18n/locale';
import type { LocalRuntime } from '../../src/local/runtime/createRuntime';
import type { CellValue, WorkbookData } from '../../src/local/types';
import {
  buildRequest,
  type Drafts,
  draftsOf,
  type ScheduleEdit,
  scheduleEditOf,
} from '../../src/sidebar/drafts';

export class SidebarClient {
  view: SidebarView;
  drafts: Drafts;
  headerRow: string;
  schedule: ScheduleEdit;

  constructor(private readonly runtime: LocalRuntime) {
    this.view = runtime.call('loadSidebar') as SidebarView;
    this.drafts = draftsOf(this.view);
    this.headerRow = String(this.view.headerRow);
    this.schedule = scheduleEditOf(this.view);
  }

  /** Changes the schedule section, as the Recalculate select and Stale after field do. */
  setSchedule(edit: Partial<ScheduleEdit>): this {
    this.schedule = { ...this.schedule, ...edit };
    return this;
  }

  column(name: string) {
    const found = this.view.columns.find((c) => c.name === name);
    if (!found) throw new Error(`no column ${name} in ${this.view.columns.map((c) => c.name)}`);
    return found;
  }

  edit(name: string, edit: Partial<ColumnDraft>): this {
    const key = this.column(name).ref.key;
    this.drafts[key] = { ...this.drafts[key], ...edit };
    return this;
  }

  /** A counterpart entry for the draft of a KPI. */
  pair(name: string, rule: 'up' | 'down' | 'pace' = 'up') {
    return { ref: this.column(name).ref, rule };
  }

  save(): SaveResult {
    const result = this.runtime.call('saveSidebar', [
      // Numbers typed the English way; names in the view's language, as the sidebar sends it.
      buildRequest(this.view, this.drafts, this.headerRow, ENGLISH, this.schedule),
      this.view.locale,
    ]) as SaveResult;
    if (result.ok) {
      this.view = result.view;
      this.drafts = draftsOf(result.view);
      this.headerRow = String(result.view.headerRow);
      this.schedule = scheduleEditOf(result.view);
    }
    return result;
  }
}

/** Opens the sidebar on `sheet`, applies the edits and saves them; a refused save throws. */
export function markSheet(
  runtime: LocalRuntime,
  sheet: string,
  edit: (client: SidebarClient) => void,
): SidebarClient {
  runtime.setActiveSheet(sheet);
  const client = new SidebarClient(runtime);
  edit(client);
  const result = client.save();
  if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result)}`);
  return client;
}

/** Month, Leads, Qualified, Customers, with `rows` rows of a growing funnel. */
export function funnel(rows = 24): WorkbookData {
  const cells: CellValue[][] = [['Month', 'Leads', 'Qualified', 'Customers']];
  for (let i = 0; i < rows; i++) {
    cells.push([new Date(Date.UTC(2024, i, 1)), 20 + 5 * i, 6 + (i % 3), i % 4 === 0 ? 1 : 0]);
  }
  return { sheets: [{ name: 'Funnel', cells }] };
}

/**
 * Month the time, Leads a KPI that Customers should keep pace with, Customers a target of 5,000
 * by 2030 (not saved): the funnel the cost tests mark on sheets of every size.
 */
export function markFunnel(c: SidebarClient): SidebarClient {
  c.edit('Month', { role: 'time' });
  c.edit('Leads', { role: 'kpi', counterparts: [c.pair('Customers', 'pace')] });
  c.edit('Customers', {
    role: 'target',
    goal: '5000',
    baseline: '0',
    start: '2024-01-01',
    end: '2030-12-31',
  });
  return c;
}
