// What the sidebar shows for one sheet: every column with its saved settings, statuses at
// a glance, suggestions for a lone KPI, and the problems found while reading. Pure: the
// endpoint reads the block of columns `columnsToRead` names once and hands the values in.
import { MIN_TREND_VALUES } from '../../core/trend';
import type { UiLocale } from '../../i18n/locale';
import { columnLetter } from '../columnLetter';
import { buildLegend } from '../legend/legend';
import { columnAt, type MarkedColumn, type SheetSettings } from '../settings/sheetSettings';
import type { ColumnsView, ColumnView } from './contract';
import { draftOf, refAt } from './drafts';
import { glanceOf, timeColumnOf } from './glance';
import { suggestionsFor } from './suggestions';

export interface ViewInput {
  settings: SheetSettings;
  /** The rows below the header row, columns firstColumn.., as getValues returns them. */
  rows: readonly (readonly unknown[])[];
  firstColumn: number;
  asOf: string;
  maxHeaderRow: number;
  /** A date as YYYY-MM-DD in the spreadsheet's time zone (default: UTC, the manifest's zone). */
  dayOf?: (date: Date) => string;
  /** The locale the column names were made in, which the sidebar then speaks. */
  locale: UiLocale;
}

const utcDay = (date: Date) => date.toISOString().slice(0, 10);

const isLoneKpi = (column: MarkedColumn) =>
  column.settings.role === 'kpi' && column.counterparts.length === 0;

/**
 * The columns whose values the view needs, as one block [first, first + count): the KPIs
 * and targets for their statuses, the counterparts and the Time column for the legend, or
 * every column when a lone KPI needs suggestions.
 */
export function columnsToRead(settings: SheetSettings): { first: number; count: number } {
  if (settings.columns.some(isLoneKpi)) return { first: 1, count: settings.width };
  const positions = settings.columns.flatMap((c) => {
    const role = c.settings.role;
    if (role === 'target' || role === 'time') return [c.position];
    if (role === 'kpi') return [c.position, ...c.counterparts.map((link) => link.position)];
    return [];
  });
  if (positions.length === 0) return { first: 1, count: 0 };
  const first = Math.min(...positions);
  return { first, count: Math.max(...positions) - first + 1 };
}

/** The read columns with enough numbers to be a series (dates and text are not numbers). */
function numericSeries(input: ViewInput): Map<number, (number | null)[]> {
  const series = new Map<number, (number | null)[]>();
  const width = input.rows[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const column = input.rows.map((row) =>
      typeof row[c] === 'number' ? (row[c] as number) : null,
    );
    let count = 0;
    for (const value of column) if (value !== null) count++;
    if (count >= MIN_TREND_VALUES) series.set(input.firstColumn + c, column);
  }
  return series;
}

export function buildView(input: ViewInput): ColumnsView {
  const { settings } = input;
  const series = numericSeries(input);
  const width = input.rows[0]?.length ?? 0;
  const cellsOf = (position: number) => input.rows.map((row) => row[position - input.firstColumn]);
  const readCells = (position: number) => {
    const i = position - input.firstColumn;
    return i >= 0 && i < width ? cellsOf(position) : null;
  };
  // Where a target counted over its period finds its rows' days (read once for the sheet).
  const time = timeColumnOf(settings, cellsOf, input.dayOf ?? utcDay);
  const columns: ColumnView[] = [];
  for (let position = 1; position <= settings.width; position++) {
    const marked = columnAt(settings, position);
    const stored = marked?.settings;
    columns.push({
      ref: refAt(settings, position),
      letter: columnLetter(position),
      name: settings.names[position - 1],
      revision: stored && stored.role !== 'none' ? stored.rev : 0,
      locked: settings.unreadable.find((u) => u.position === position)?.why ?? null,
      saved: draftOf(settings, marked),
      glance: stored ? glanceOf(stored, cellsOf(position), input.asOf, time) : null,
      suggestions: marked && isLoneKpi(marked) ? suggestionsFor(settings, marked, series) : null,
    });
  }
  return {
    sheetId: settings.sheetId,
    sheetName: settings.sheetName,
    headerRow: settings.headerRow,
    headerRevision: settings.headerRevision,
    maxHeaderRow: input.maxHeaderRow,
    asOf: input.asOf,
    locale: input.locale.tag,
    columns,
    legend: buildLegend({ settings, cellsOf: readCells, dayOf: input.dayOf ?? utcDay }),
    problems: settings.problems,
  };
}
