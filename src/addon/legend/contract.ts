// What the sidebar's legend shows, as plain JSON (google.script.run passes no Dates; no Apps
// Script type): the data of each sentence, worded by the sidebar through the catalogue.

/** What one step of a rate is: a row of the sheet, or the period the Time column's rows are. */
export type RateUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'row';

/** How a series moved over a run, on its Theil–Sen line. */
export interface ChangeView {
  /** The change relative to where the line started, when the series is positive there. */
  percent: number | null;
  /** The change per unit (per row when unit is "row"). */
  perUnit: number;
  unit: RateUnit;
}

/** The rows a sentence is about, in the Time column's terms when there is one. */
export type PeriodView =
  | { kind: 'dates'; from: string; to: string }
  | { kind: 'numbers'; header: string; from: number; to: number }
  | { kind: 'text'; from: string; to: string }
  | { kind: 'rows'; from: number; to: number };

export interface LegendCounterpart {
  name: string;
  /** "Should keep pace": described by its value per unit of KPI. */
  pace: boolean;
  change: ChangeView | null;
}

/** One run of consecutive coloured rows. */
export interface LegendRun {
  /** The coloured cells, sheet rows of the KPI's column: what the link selects. */
  firstRow: number;
  lastRow: number;
  /** The rows the rates are measured over (the run, at least four rows). */
  period: PeriodView;
  kpi: ChangeView | null;
  /** The counterparts left behind on any row of the run. */
  counterparts: LegendCounterpart[];
}

export interface LegendKpi {
  /** The column's ref key in the view. */
  key: string;
  name: string;
  letter: string;
  position: number;
  /** How many of its rows are coloured. */
  flaggedRows: number;
  /** Latest first; at most MAX_LEGEND_RUNS. */
  runs: LegendRun[];
  /** Earlier runs not listed. */
  moreRuns: number;
}

export interface LegendView {
  /** KPIs with at least one counterpart: the ones KPI Guard colours when they are gamed. */
  watched: number;
  /** The KPIs coloured on some row now, in column order. */
  coloured: LegendKpi[];
}

/** What the legend's links send to select a run's cells. */
export interface SelectRowsRequest {
  sheetId: number;
  column: number;
  firstRow: number;
  lastRow: number;
}
