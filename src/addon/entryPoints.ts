// Every function Apps Script must see at top level besides the custom functions: menu
// handlers, simple triggers and sidebar endpoints. The build writes one stub for each.
import { refreshAsOfDate } from './asOf';
import { getSheetColumns } from './columns';
import { onInstall, onOpen, showSidebar } from './menu';

export interface EntryPoint {
  name: string;
  params: readonly string[];
  description: string;
  implementation: (...args: never[]) => unknown;
}

export const ENTRY_POINTS: readonly EntryPoint[] = [
  {
    name: 'onOpen',
    params: ['e'],
    description: 'Simple trigger: builds the add-on menu.',
    implementation: onOpen,
  },
  {
    name: 'onInstall',
    params: ['e'],
    description: 'Runs when the add-on is installed: builds the menu.',
    implementation: onInstall,
  },
  {
    name: 'showSidebar',
    params: [],
    description: 'Menu item: opens the KPI Guard sidebar.',
    implementation: showSidebar,
  },
  {
    name: 'refreshAsOfDate',
    params: [],
    description: 'Menu item: sets the as-of date (KPIGUARD_AS_OF) to today.',
    implementation: refreshAsOfDate,
  },
  {
    name: 'getSheetColumns',
    params: [],
    description: "Sidebar endpoint: the active sheet's column headers.",
    implementation: getSheetColumns,
  },
];
