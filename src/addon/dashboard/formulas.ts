// The dashboard's live formulas, as text. Each reads a marked column through an open-ended
// range ('Sheet'!C2:C), so it follows rows added later without a script run, and none passes
// a volatile argument to a custom function (Sheets refuses NOW() or RAND() there; date-
// dependent results take KPIGUARD_AS_OF). Custom functions get whole ranges: one call per
// column per function. Everything else is Sheets built-ins that also run in the local
// runtime's HyperFormula: FILTER, INDEX, COUNT, SEQUENCE, ROWS, ARRAY_CONSTRAIN, IFNA, COUNTIF,
// ISLOGICAL, TEXTJOIN, VLOOKUP, SUM, SUMIFS, MIN, INT. (LOOKUP(2, 1/(...)) would need array arithmetic outside
// FILTER, which Sheets only does inside ARRAYFORMULA.) Pure.
import type { Catalogue } from '../../i18n/en';
import { stringLiteral } from '../a1';
import { AS_OF_RANGE_NAME } from '../asOf';

/** A series: its open-ended data range and the same column from the header row down. */
export interface SeriesRange {
  /** 'Sheet'!C2:C: the data rows. */
  data: string;
  /** 'Sheet'!C1:C: one row higher, so row i of it is the row before row i of `data`. */
  fromHeader: string;
}

/** The latest number in the column (dates are numbers), or blank when there is none. */
export function latestValue(r: SeriesRange): string {
  return `=IF(COUNT(${r.data})=0, "", INDEX(FILTER(${r.data}, ISNUMBER(${r.data})), COUNT(${r.data})))`;
}

export function sparkline(r: SeriesRange): string {
  return `=SPARKLINE(${r.data})`;
}

/** A blank argument as the functions read one ("" = not given). */
const numberOrBlank = (n: number | null) => (n === null ? '""' : String(n));

export function health(
  r: SeriesRange,
  direction: 'up' | 'down',
  min: number | null,
  max: number | null,
): string {
  return `=KPI_HEALTH(${r.data}, "${direction}", ${numberOrBlank(min)}, ${numberOrBlank(max)})`;
}

export function trend(r: SeriesRange, direction: 'up' | 'down'): string {
  return `=KPI_TREND(${r.data}, "${direction}")`;
}

/** YYYY-MM-DD as a DATE() call, which every locale reads the same way. */
export function dateCall(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `DATE(${year},${month},${day})`;
}

/**
 * What a target counted as a sum over its period has reached, as an expression: the rows the
 * Time column (`periods`) places from the start to the end and not after KPIGUARD_AS_OF (a day
 * counts whole: before the day after), or every row without a Time column. The same count as
 * countedActual (src/core/targetMeasure.ts), which the sidebar and the history use. The bound
 * is a whole serial number, so its text in the criterion has no decimal mark in any locale.
 * https://support.google.com/docs/answer/3238496: "SUMIFS(sum_range, criteria_range1,
 * criterion1, [criteria_range2, criterion2, ...])", "To calculate a sum, meet all criteria in
 * a row"; a criterion is a test such as ">20", so a date bound is ">="&DATE(...).
 */
export function periodSum(
  r: SeriesRange,
  periods: string | null,
  start: string,
  end: string,
): string {
  if (periods === null) return `SUM(${r.data})`;
  const from = `">="&${dateCall(start)}`;
  const until = `"<"&(INT(MIN(${dateCall(end)}, ${AS_OF_RANGE_NAME}))+1)`;
  return `SUMIFS(${r.data}, ${periods}, ${from}, ${periods}, ${until})`;
}

/** Progress of `actual`: the latest-value cell, or a periodSum. */
export function progress(actual: string, goal: number, baseline: number): string {
  return `=TARGET_PROGRESS(${actual}, ${goal}, ${baseline})`;
}

export function pace(
  actual: string,
  goal: number,
  baseline: number,
  start: string,
  end: string,
): string {
  return `=TARGET_PACE(${actual}, ${goal}, ${baseline}, ${dateCall(start)}, ${dateCall(end)}, ${AS_OF_RANGE_NAME})`;
}

/** 1-based offsets, within the data rows, of rows holding a number unlike the row before. */
function changeOffsets(r: SeriesRange): string {
  const previous = `ARRAY_CONSTRAIN(${r.fromHeader}, ROWS(${r.data}), 1)`;
  return `FILTER(SEQUENCE(ROWS(${r.data})), ISNUMBER(${r.data}), ${r.data}<>${previous})`;
}

/**
 * When the column last changed: the period (from the Time column's data range) of the last
 * row whose number differs from the row before, or "Row N" without a Time column. Blank when
 * the column holds no number.
 */
export function lastChanged(
  r: SeriesRange,
  periods: string | null,
  headerRow: number,
  rowWords: { before: string; after: string },
): string {
  const last = `MAX(${changeOffsets(r)})`;
  if (periods !== null) return `=IFNA(INDEX(${periods}, ${last}), "")`;
  const row = `${headerRow} + ${last}`;
  return `=IFNA(${stringLiteral(rowWords.before)} & (${row}) & ${stringLiteral(rowWords.after)}, "")`;
}

/** A header cell's text, or the name KPI Guard gives an empty header. */
export function headerName(headerCell: string, fallback: string): string {
  return `IF(${headerCell}="", ${stringLiteral(fallback)}, ${headerCell})`;
}

export interface IsolationLink {
  /** The counterpart's name, as a formula expression (its header cell, live). */
  name: string;
  /** The helper column holding this link's KPI_ISOLATION results, open-ended. */
  range: string;
}

/** The parts of a catalogue text around its one placeholder. */
export function around(text: string, placeholder: string): { before: string; after: string } {
  const at = text.indexOf(`{${placeholder}}`);
  if (at < 0) return { before: text, after: '' };
  return { before: text.slice(0, at), after: text.slice(at + placeholder.length + 2) };
}

type StatusTexts = Pick<Catalogue, 'status.isolated' | 'status.notIsolated' | 'status.notJudged'>;

/**
 * The isolation state on the KPI's last judged row, from the helper's link columns (TRUE /
 * FALSE / blank per data row): which counterparts were left behind there, by name.
 */
export function isolation(links: readonly IsolationLink[], words: StatusTexts): string {
  const judgedIn = (range: string) => `(COUNTIF(${range}, TRUE) + COUNTIF(${range}, FALSE))`;
  const lastOf = (range: string) =>
    `IFNA(INDEX(FILTER(${range}, ISLOGICAL(${range})), ${judgedIn(range)}), FALSE)`;
  const names = `TEXTJOIN(", ", TRUE, ${links
    .map((link) => `IF(${lastOf(link.range)}, ${link.name}, "")`)
    .join(', ')})`;
  const judged = links.map((link) => `${judgedIn(link.range)}`).join(' + ');
  const isolated = around(words['status.isolated'], 'names');
  return (
    `=IF(${judged}=0, ${stringLiteral(words['status.notJudged'])}, ` +
    `IF(${names}="", ${stringLiteral(words['status.notIsolated'])}, ` +
    `${stringLiteral(isolated.before)} & ${names} & ${stringLiteral(isolated.after)}))`
  );
}

/**
 * A status formula whose words show as the reader reads them, each identifier beside its word
 * ("gezond (HEALTHY)"), through SWITCH over every word the function can return: the function
 * runs once and an #ERROR! passes through with its message. Unchanged when every word is its
 * own identifier (English). `shown`: [identifier, as shown] for each word.
 */
export function wordedStatus(
  formula: string,
  shown: readonly (readonly [string, string])[],
): string {
  if (shown.every(([identifier, text]) => identifier === text)) return formula;
  const cases = shown.map(
    ([identifier, text]) => `${stringLiteral(identifier)}, ${stringLiteral(text)}`,
  );
  return `=SWITCH(${formula.slice(1)}, ${cases.join(', ')})`;
}

/** STALE (or blank) from the table the scheduled run keeps, by the column's key. */
export function stale(key: string, table: string): string {
  return `=IFNA(VLOOKUP(${stringLiteral(key)}, ${table}, 2, FALSE), "")`;
}
