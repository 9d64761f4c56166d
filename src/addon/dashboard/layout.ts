// The dashboard as a grid of cell contents: a header row, then one row per marked column of
// every sheet (KPIs, targets, the Time column), each cell a live formula over the column or
// a fixed word. Pure: the builder reads the settings and writes the grid in one call.
import { STATUSES } from '../../i18n/status';
import type { Translator } from '../../i18n/translate';
import { absoluteCell, openColumn, textCell } from '../a1';
import { columnLetter } from '../columnLetter';
import type { MarkedColumn, SheetSettings } from '../settings/sheetSettings';
import * as f from './formulas';

/** The dashboard's columns, in order. */
export const DASHBOARD_COLUMNS = [
  'column',
  'sheet',
  'role',
  'latest',
  'series',
  'health',
  'trend',
  'progress',
  'pace',
  'isolation',
  'lastChanged',
  'stale',
] as const;
export type DashboardColumn = (typeof DASHBOARD_COLUMNS)[number];

/** 1-based position of a dashboard column. */
export const dashboardPosition = (column: DashboardColumn): number =>
  DASHBOARD_COLUMNS.indexOf(column) + 1;

/** Where one link's KPI_ISOLATION flags are: the helper column, open-ended. */
export interface LinkColumn {
  counterpartPosition: number;
  range: string;
}

export interface DashboardInput {
  sheets: readonly SheetSettings[];
  /** The helper columns the colours keep for a KPI's links (none before the first paint). */
  links: (sheet: SheetSettings, kpi: MarkedColumn) => readonly LinkColumn[];
  /** The STALE table the scheduled run keeps, e.g. 'KPI Guard settings'!$D:$E. */
  staleTable: string;
  /** The dashboard's words: its headings, roles and states, in the spreadsheet's language. */
  words: Translator;
}

/** The key of a column in the STALE table: sheets may share column ids (a copied sheet). */
export const staleKey = (sheetId: number, columnId: string) => `${sheetId}:${columnId}`;

/** The columns a dashboard row is made for: everything marked but link anchors ("none"). */
export function dashboardColumns(settings: SheetSettings): MarkedColumn[] {
  return settings.columns.filter((c) => c.settings.role !== 'none');
}

function header({ t }: Translator): string[] {
  return DASHBOARD_COLUMNS.map((column) => t(`dashboard.${column}`));
}

function rowFor(
  input: DashboardInput,
  sheet: SheetSettings,
  column: MarkedColumn,
  row: number,
): (string | number)[] {
  const { t } = input.words;
  const { sheetName, headerRow } = sheet;
  const range: f.SeriesRange = {
    data: openColumn(sheetName, column.position, headerRow + 1),
    fromHeader: openColumn(sheetName, column.position, headerRow),
  };
  const nameOf = (position: number) =>
    f.headerName(absoluteCell(sheetName, position, headerRow), sheet.names[position - 1]);
  const time = sheet.columns.find((c) => c.settings.role === 'time');
  const periods = time ? openColumn(sheetName, time.position, headerRow + 1) : null;
  const cells: Record<DashboardColumn, string | number> = {
    column: `=${nameOf(column.position)}`,
    sheet: textCell(sheetName),
    role: t(`role.${column.settings.role}` as 'role.kpi'),
    latest: f.latestValue(range),
    series: '',
    health: '',
    trend: '',
    progress: '',
    pace: '',
    isolation: '',
    lastChanged: f.lastChanged(
      range,
      periods,
      headerRow,
      f.around(t('dashboard.row', { row: '{row}' }), 'row'),
    ),
    stale: '',
  };
  const latestCell = `${columnLetter(dashboardPosition('latest'))}${row}`;
  const worded = (formula: string, kind: keyof typeof STATUSES) =>
    f.wordedStatus(
      formula,
      STATUSES[kind].map((identifier) => [identifier, input.words.status(identifier)] as const),
    );
  const s = column.settings;
  if (s.role === 'kpi') {
    cells.series = f.sparkline(range);
    cells.health = worded(f.health(range, s.direction, s.healthyMin, s.healthyMax), 'health');
    cells.trend = worded(f.trend(range, s.direction), 'trend');
    cells.isolation = isolationCell(input, sheet, column, nameOf);
    cells.stale = f.stale(staleKey(sheet.sheetId, s.id), input.staleTable);
  } else if (s.role === 'target') {
    cells.series = f.sparkline(range);
    // The amount reached, by the target's measure: the latest value, or a sum over its period.
    const actual = s.measure === 'sum' ? f.periodSum(range, periods, s.start, s.end) : latestCell;
    cells.progress = f.progress(actual, s.goal, s.baseline);
    cells.pace = worded(f.pace(actual, s.goal, s.baseline, s.start, s.end), 'pace');
  }
  return DASHBOARD_COLUMNS.map((name) => cells[name]);
}

function isolationCell(
  input: DashboardInput,
  sheet: SheetSettings,
  kpi: MarkedColumn,
  nameOf: (position: number) => string,
): string {
  const { t } = input.words;
  if (kpi.counterparts.length === 0) return t('status.noCounterpart');
  const links = input
    .links(sheet, kpi)
    .map((link) => ({ name: nameOf(link.counterpartPosition), range: link.range }));
  if (links.length === 0) return t('status.notChecked');
  return f.isolation(links, {
    'status.isolated': t('status.isolated', { names: '{names}' }),
    'status.notIsolated': t('status.notIsolated'),
    'status.notJudged': t('status.notJudged'),
  });
}

/** The whole dashboard: header row first; each data row's formulas point at its own row. */
export function dashboardGrid(input: DashboardInput): (string | number)[][] {
  const grid: (string | number)[][] = [header(input.words)];
  for (const sheet of input.sheets) {
    for (const column of dashboardColumns(sheet)) {
      grid.push(rowFor(input, sheet, column, grid.length + 1));
    }
  }
  return grid;
}
