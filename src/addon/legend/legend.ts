// The legend: each KPI coloured now, and for each run of its coloured rows, how it and the
// counterparts it left behind moved, as Theil–Sen rates. Computed by the same detector as the
// helper's KPI_ISOLATION formulas (kpiIsolationDetail with its defaults, the counterparts of
// each KPI together, which flags exactly the rows any single link flags), so the words and the
// colours agree. Pure: the endpoint reads the cells once and hands them in.
import {
  type FlaggedRun,
  flaggedRuns,
  kpiIsolationDetail,
  measuredSpan,
  perUnitOf,
  seriesChange,
  toNumberOrNull,
} from '../../core';
import { type ColourLink, colourLinks } from '../colours/links';
import { refAt } from '../marking/drafts';
import type { SheetSettings } from '../settings/sheetSettings';
import type { ChangeView, LegendKpi, LegendRun, LegendView } from './contract';
import { periodOf, type TimeAxis, timeAxis } from './timeAxis';

/** At most this many runs per KPI are worded, latest first. */
export const MAX_LEGEND_RUNS = 5;

export interface LegendInput {
  settings: SheetSettings;
  /** A column's cells below the header row (as getValues gives them), or null if not read. */
  cellsOf: (position: number) => readonly unknown[] | null;
  /** A date as YYYY-MM-DD in the spreadsheet's time zone. */
  dayOf: (date: Date) => string;
}

export function buildLegend(input: LegendInput): LegendView {
  const { settings } = input;
  const byKpi = new Map<number, ColourLink[]>();
  for (const link of colourLinks(settings)) {
    byKpi.set(link.kpiPosition, [...(byKpi.get(link.kpiPosition) ?? []), link]);
  }
  const time = settings.columns.find((c) => c.settings.role === 'time');
  const axis = timeAxis(time ? input.cellsOf(time.position) : null, time?.name ?? '');
  const coloured: LegendKpi[] = [];
  for (const [position, links] of byKpi) {
    const kpi = legendKpi(input, axis, position, links);
    if (kpi) coloured.push(kpi);
  }
  coloured.sort((a, b) => a.position - b.position);
  return { watched: byKpi.size, coloured };
}

const numbers = (cells: readonly unknown[] | null, length: number): (number | null)[] =>
  Array.from({ length }, (_, i) => toNumberOrNull(cells?.[i]));

function legendKpi(
  input: LegendInput,
  axis: TimeAxis,
  position: number,
  links: readonly ColourLink[],
): LegendKpi | null {
  const kpiCells = input.cellsOf(position);
  if (!kpiCells) return null;
  const kpi = numbers(kpiCells, kpiCells.length);
  const counterparts = links.map((link) =>
    numbers(input.cellsOf(link.counterpartPosition), kpi.length),
  );
  let runs: FlaggedRun[];
  try {
    const direction = links[0].kpiDirection === 'up' ? 1 : -1;
    runs = flaggedRuns(
      kpiIsolationDetail(
        kpi,
        counterparts,
        direction,
        links.map((l) => l.rule),
      ),
    );
  } catch {
    // What KPI_ISOLATION would show as #ERROR! colours nothing, so there is nothing to explain.
    return null;
  }
  if (runs.length === 0) return null;
  const firstRow = input.settings.headerRow + 1;
  const shown = runs.slice(-MAX_LEGEND_RUNS).reverse();
  return {
    key: refAt(input.settings, position).key,
    name: links[0].kpiName,
    letter: input.settings.columns.find((c) => c.position === position)?.letter ?? '',
    position,
    flaggedRows: runs.reduce((sum, run) => sum + run.end - run.start + 1, 0),
    runs: shown.map((run) => legendRun(input, axis, firstRow, run, kpi, counterparts, links)),
    moreRuns: runs.length - shown.length,
  };
}

function legendRun(
  input: LegendInput,
  axis: TimeAxis,
  firstRow: number,
  run: FlaggedRun,
  kpi: readonly (number | null)[],
  counterparts: readonly (readonly (number | null)[])[],
  links: readonly ColourLink[],
): LegendRun {
  const span = measuredSpan(run);
  const change = (values: readonly (number | null)[]): ChangeView | null => {
    const moved = seriesChange(values, span.start, span.end);
    return moved && { percent: moved.percent, perUnit: moved.perRow, unit: axis.unit };
  };
  return {
    firstRow: firstRow + run.start,
    lastRow: firstRow + run.end,
    period: periodOf(axis, span.start, span.end, firstRow, input.dayOf),
    kpi: change(kpi),
    counterparts: run.leftBehind.map((c) => {
      const pace = links[c].rule === 'pace';
      return {
        name: links[c].counterpartName,
        pace,
        change: change(pace ? perUnitOf(counterparts[c], kpi) : counterparts[c]),
      };
    }),
  };
}
