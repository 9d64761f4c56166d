// The server functions the sidebar calls through google.script.run. Adding one here is the
// whole edit: the registry gives it a stub, and the sidebar's serverCall its types.
import { getSheetColumns } from './columns';
import { selectRows } from './legend/select';
import { loadSidebar, saveSidebar } from './marking/endpoints';

export const SIDEBAR_ENDPOINTS = {
  loadSidebar: {
    params: [],
    description: 'Sidebar endpoint: everything the sidebar shows for the active sheet.',
    implementation: loadSidebar,
  },
  saveSidebar: {
    params: ['request', 'locale'],
    description: 'Sidebar endpoint: validates and saves column settings; answers the new view.',
    implementation: saveSidebar,
  },
  selectRows: {
    params: ['request'],
    description: "Sidebar endpoint: selects a legend run's coloured cells in the sheet.",
    implementation: selectRows,
  },
  getSheetColumns: {
    params: [],
    description: "Sidebar endpoint: the active sheet's column headers.",
    implementation: getSheetColumns,
  },
} as const;

/** Each endpoint's signature, as the sidebar calls it. */
export type SidebarEndpoints = {
  [Name in keyof typeof SIDEBAR_ENDPOINTS]: (typeof SIDEBAR_ENDPOINTS)[Name]['implementation'];
};

export type { DigestView } from './digest/contract';
export type {
  ChangeView,
  LegendCounterpart,
  LegendKpi,
  LegendRun,
  LegendView,
  PeriodView,
  RateUnit,
  SelectRowsRequest,
} from './legend/contract';
export type { SelectRowsResult } from './legend/select';
export type {
  ColumnDraft,
  ColumnRef,
  ColumnView,
  DraftField,
  FieldError,
  Glance,
  Message,
  Outcome,
  Recalculate,
  Role,
  Rule,
  SaveRequest,
  SaveResult,
  ScheduleDraft,
  ScheduleView,
  SidebarView,
  StaleMark,
  SuggestionView,
} from './marking/contract';
