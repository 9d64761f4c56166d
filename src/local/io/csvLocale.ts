// Which spreadsheet wrote this CSV: the separator, and whether numbers and dates are written
// the English way (1,234.5 and 3/2/2026 for March 2) or the Dutch and Belgian way
// (1.234,5 and 03-02-2026 for 3 February). The fields decide where only one reading makes
// them numbers or dates; the separator decides a tie (";" is what Dutch Excel and Sheets
// write, because the comma is their decimal mark). A file whose fields read both ways,
// differently, with nothing to settle it, is ambiguous: the reading chosen is reported so
// the user can force the other.

import { basename } from 'node:path';
import Papa from 'papaparse';
import { parseCellInput } from './cellText';
import { CONVENTIONS, type Convention } from './numberFormat';

export interface CsvReading {
  convention: Convention;
  delimiter: string;
  /** One line for the user when the reading was a guess between two; else null. */
  note: string | null;
}

const DELIMITERS = [',', ';', '\t', '|'];
/** For a one-column file: a separator that no field contains, so nothing is split. */
const NO_SPLIT = ['\t', '|', ';', ','];
/** Rows looked at to choose: enough to be sure, few enough for a 50,000-row file. */
const SAMPLE_ROWS = 500;

/** Fields per sampled row when split by `delimiter`: the header's count, and whether all agree. */
function fieldsBy(body: string, delimiter: string): { header: number; even: boolean } {
  const { data } = Papa.parse<string[]>(body, {
    delimiter,
    preview: SAMPLE_ROWS,
    skipEmptyLines: true,
  });
  const header = data[0]?.length ?? 0;
  return { header, even: data.every((row) => row.length === header) };
}

/**
 * The separator that splits every sampled row into the same number of fields, the most
 * fields winning. Failing that, the one that splits the header most (a ragged file, which
 * the reader then reports by row). A header no separator splits is a one-column file: it
 * gets a separator that splits none of its fields, so "4,2" stays one field.
 */
export function chooseDelimiter(body: string, forced: Convention | undefined): string {
  const counts = DELIMITERS.map((delimiter) => ({ delimiter, ...fieldsBy(body, delimiter) }));
  const most = (list: typeof counts) =>
    list.reduce<(typeof counts)[number] | null>(
      (a, b) => (!a || b.header > a.header ? b : a),
      null,
    );
  const even = most(counts.filter((c) => c.even && c.header >= 2));
  if (even) return even.delimiter;
  const splitting = most(counts.filter((c) => c.header >= 2));
  if (splitting) return splitting.delimiter;
  return (
    NO_SPLIT.find((delimiter) => fieldsBy(body, delimiter).even) ??
    CONVENTIONS[forced ?? 'en'].delimiter
  );
}

type Typed = number | Date | boolean | string;

function typedIn(field: string, convention: Convention): Typed | null {
  const { value } = parseCellInput(field, convention);
  return typeof value === 'string' ? null : value;
}

function same(a: Typed, b: Typed): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/** Decide the convention of the data rows (headers excluded). */
export function chooseConvention(
  file: string,
  rows: readonly (readonly string[])[],
  delimiter: string,
  forced: Convention | undefined,
): CsvReading {
  if (forced) return { convention: forced, delimiter, note: null };
  let onlyEn = 0;
  let onlyNl = 0;
  let differ = 0;
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    for (const field of row) {
      if (field.trim() === '' || field.trim().startsWith('=')) continue;
      const en = typedIn(field, 'en');
      const nl = typedIn(field, 'nl');
      if (en !== null && nl === null) onlyEn++;
      else if (nl !== null && en === null) onlyNl++;
      else if (en !== null && nl !== null && !same(en, nl)) differ++;
    }
  }
  let convention: Convention;
  const separated = rows.some((row) => row.length > 1);
  if (onlyNl !== onlyEn) convention = onlyNl > onlyEn ? 'nl' : 'en';
  else convention = separated && delimiter === ';' ? 'nl' : 'en';
  // Fields that only one reading types settle it; a guess is a tie broken by the separator
  // while some field means something else the other way, or fields pulling both ways.
  const guessed = (onlyEn === onlyNl && differ > 0) || (onlyEn > 0 && onlyNl > 0);
  const other: Convention = convention === 'nl' ? 'en' : 'nl';
  const note = guessed
    ? `${basename(file)}: read as ${CONVENTIONS[convention].description}; use --locale ${other} for the other reading`
    : null;
  return { convention, delimiter, note };
}
