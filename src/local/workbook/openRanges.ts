// Open-ended ranges as Sheets writes them: "B2:B" runs from B2 to the last row of the grid
// and grows with it (the usual way to write a formula on a sheet that gains a row a week).
// HyperFormula's parser knows whole columns ("B:B") and whole rows ("2:2") but not this form,
// so formula text is rewritten on the way in to a function call that carries both ends as
// references HyperFormula keeps up to date through inserted and deleted rows and columns:
//   B2:B  ->  KG_OPEN_RANGE(B2, B:B)        'My sheet'!$C$5:$D  ->  KG_OPEN_RANGE('My sheet'!$C$5, 'My sheet'!$C:$D)
// and back on the way out, so getFormulas shows what the user wrote.

export const OPEN_RANGE_FUNCTION = 'KG_OPEN_RANGE';

const SHEET = `(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;
/** sheet? start-cell ":" end-column, the end not followed by a row number or more name. */
const OPEN = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$'!:])(${SHEET})?(\$?([A-Za-z]{1,3})\$?\d+):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_.(!:$])`,
  'g',
);
const ENGINE = new RegExp(
  String.raw`${OPEN_RANGE_FUNCTION}\(\s*(${SHEET})?(\$?[A-Za-z]{1,3}\$?\d+)\s*,\s*(?:${SHEET})?\$?[A-Za-z]{1,3}:(\$?[A-Za-z]{1,3})\s*\)`,
  'gi',
);

/** Applies `fn` to the parts of a formula outside "string literals". */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

/** Formula text as Sheets reads it -> text HyperFormula parses. */
export function toEngineFormula(formula: string): string {
  if (!formula.startsWith('=') || !formula.includes(':')) return formula;
  return outsideStrings(formula, (code) =>
    code.replace(OPEN, (_m, sheet: string | undefined, start: string, startCol: string, end) => {
      const prefix = sheet ?? '';
      const dollar = start.startsWith('$') ? '$' : '';
      return `${OPEN_RANGE_FUNCTION}(${prefix}${start}, ${prefix}${dollar}${startCol.toUpperCase()}:${String(end).toUpperCase()})`;
    }),
  );
}

/** Text HyperFormula gives back -> the formula as the user wrote it. */
export function fromEngineFormula(formula: string): string {
  if (
    !formula.includes(OPEN_RANGE_FUNCTION) &&
    !formula.toUpperCase().includes(OPEN_RANGE_FUNCTION)
  ) {
    return formula;
  }
  return outsideStrings(formula, (code) =>
    code.replace(ENGINE, (_m, sheet: string | undefined, start: string, end: string) => {
      return `${sheet ?? ''}${start}:${end}`;
    }),
  );
}

function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * An absolute A1 reference in Sheets syntax, 0-based in: `'My sheet'!$B$2:$C$9`. A null height
 * or width leaves that end open ("$B$2:$C", "$B:$C" from the first row, "$2:$2" whole rows).
 */
export function absoluteA1(
  sheet: string,
  row: number,
  col: number,
  numRows: number | null,
  numCols: number | null,
): string {
  const prefix = `${quoteSheet(sheet)}!`;
  const c1 = `$${columnLetters(col)}`;
  if (numCols === null) {
    const last = numRows === null ? row + 1 : row + numRows;
    return `${prefix}$${row + 1}:$${last}`;
  }
  const c2 = `$${columnLetters(col + numCols - 1)}`;
  if (numRows === null) {
    return row === 0 ? `${prefix}${c1}:${c2}` : `${prefix}${c1}$${row + 1}:${c2}`;
  }
  const start = `${c1}$${row + 1}`;
  const end = `${c2}$${row + numRows}`;
  return numRows === 1 && numCols === 1 ? `${prefix}${start}` : `${prefix}${start}:${end}`;
}
