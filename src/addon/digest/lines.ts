// The lines of a digest email from the columns the run read: where each change is in the
// sheet (the link), and for an isolated KPI the legend's sentence for its latest run of
// coloured rows, computed by the legend module from the cells the run already read.
import type { Translator } from '../../i18n/translate';
import { columnLetter } from '../columnLetter';
import type { MarkedSheet } from '../dashboard/markedSheets';
import type { Snapshot } from '../history/snapshot';
import type { LegendView } from '../legend/contract';
import { buildLegend } from '../legend/legend';
import { sentenceOf } from '../legend/words';
import type { MarkedColumn } from '../settings/sheetSettings';
import type { DigestLine } from './compose';
import type { Waiting } from './state';

/** One marked column a scheduled run took its snapshot of. */
export interface DigestColumn {
  source: MarkedSheet;
  column: MarkedColumn;
  /** Its key across runs ("<sheetId>:<columnId>"). */
  key: string;
  snapshot: Snapshot;
  /** Runs without a new latest value when it is STALE, else null. */
  staleRuns: number | null;
}

export interface LineContext {
  /** spreadsheet.getUrl(): the link to a range is this + "#gid=<sheetId>&range=<A1>". */
  url: string;
  /** A sheet's data cells by column position, as the run read them (no new read). */
  cellsOf: (source: MarkedSheet) => (position: number) => readonly unknown[];
  /** A date as YYYY-MM-DD in the spreadsheet's time zone. */
  dayOf: (date: Date) => string;
  /** The reader's words, for the legend's sentence. */
  words: Translator;
}

/** The legend of each sheet, built at most once and only for a sheet with an isolated KPI. */
function legendCache(context: LineContext): (source: MarkedSheet) => LegendView {
  const built = new Map<number, LegendView>();
  return (source) => {
    let legend = built.get(source.settings.sheetId);
    if (!legend) {
      const cells = context.cellsOf(source);
      legend = buildLegend({ settings: source.settings, cellsOf: cells, dayOf: context.dayOf });
      built.set(source.settings.sheetId, legend);
    }
    return legend;
  };
}

export function digestLines(
  items: readonly Waiting[],
  columns: ReadonlyMap<string, DigestColumn>,
  context: LineContext,
): DigestLine[] {
  const legendOf = legendCache(context);
  const lines: DigestLine[] = [];
  for (const item of items) {
    const found = columns.get(item.column);
    if (!found) continue;
    const { source, column, snapshot } = found;
    const letter = columnLetter(column.position);
    const firstRow = source.settings.headerRow + 1;
    // The latest value's cell; the header when the column holds none.
    let range =
      snapshot.latestRow === null
        ? `${letter}${source.settings.headerRow}`
        : `${letter}${firstRow + snapshot.latestRow}`;
    let sentence: string | null = null;
    if (item.kind === 'isolated') {
      const kpi = legendOf(source).coloured.find((k) => k.position === column.position);
      const run = kpi?.runs[0];
      if (kpi && run) {
        sentence = sentenceOf(context.words, run, kpi.name);
        range = `${letter}${run.firstRow}:${letter}${run.lastRow}`;
      }
    }
    const progress = snapshot.progress;
    lines.push({
      kind: item.kind,
      name: column.name,
      sheet: source.settings.sheetName,
      letter,
      range,
      url: `${context.url}#gid=${source.settings.sheetId}&range=${range}`,
      sentence,
      leftBehind: snapshot.leftBehind.join(', '),
      runs: found.staleRuns ?? 0,
      percent: typeof progress === 'number' ? Math.round(progress * 100) : null,
    });
  }
  return lines;
}
