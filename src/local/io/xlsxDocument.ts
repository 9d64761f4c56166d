// What an XLSX keeps outside the cells, read into and written from DocumentState: sheet
// visibility (sheet state), frozen panes, named ranges (defined names), custom-formula
// conditional formats (xlsxRules.ts), and in a very hidden sheet what XLSX has no part for
// (stateSheet.ts).
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { isNamedRangeName } from '../services/namedRanges';
import type { DocumentSheet, DocumentState, NamedRangeData, WorkbookData } from '../types';
import {
  emptySavedState,
  isStateSheet,
  readStateSheet,
  STATE_SHEET_NAME,
  writeStateSheet,
} from './stateSheet';
import { fromXlsxRef, sheetRef } from './xlsxRefs';
import { readRules, writeRules } from './xlsxRules';

/** A defined name as exceljs's workbook part reads and writes it. */
interface RawName {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/**
 * exceljs keeps defined names cell by cell, so one whole-column name costs a million
 * entries; these names are taken and given in the form its workbook part reads and writes
 * instead. Call before load (to read them) or before writing (to write `names`).
 */
export function holdDefinedNames(book: ExcelJS.Workbook, names: RawName[] = []) {
  const held = { names };
  Object.defineProperty(book.definedNames, 'model', {
    configurable: true,
    get: () => held.names,
    set: (value: RawName[] | undefined) => {
      held.names = value ?? [];
    },
  });
  return held;
}

/** The user's sheets, without the state sheet. */
export function userSheets(book: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return book.worksheets.filter((ws) => !isStateSheet(ws));
}

export interface DocumentRead {
  /** Absent when the file holds nothing outside its cells. */
  document?: DocumentState;
  /** What is not kept, one line each ("book.xlsx: named range X left out (...)"). */
  notes: string[];
}

export function readDocument(
  file: string,
  book: ExcelJS.Workbook,
  names: readonly RawName[],
): DocumentRead {
  const shown = basename(file);
  const notes: string[] = [];
  const stateSheet = book.worksheets.find(isStateSheet);
  const saved = stateSheet ? readStateSheet(stateSheet) : emptySavedState();
  const sheets = userSheets(book);
  const sheetNames = new Set(sheets.map((ws) => ws.name));
  const usedIds = new Set<number>();

  const documentSheets: DocumentSheet[] = sheets.map((ws) => {
    const { rules, otherKinds } = readRules(ws);
    if (otherKinds > 0) {
      notes.push(
        `${shown}: ${otherKinds} conditional-format rule${otherKinds === 1 ? '' : 's'} on "${ws.name}" left out (only custom-formula rules are kept)`,
      );
    }
    const id = saved.sheetIds.get(ws.name);
    const sheet: DocumentSheet = {
      name: ws.name,
      hidden: ws.state !== 'visible',
      conditionalFormats: rules,
      ...readFrozen(ws),
    };
    if (id !== undefined && !usedIds.has(id)) {
      usedIds.add(id);
      sheet.sheetId = id;
    }
    return sheet;
  });

  const namedRanges: NamedRangeData[] = [];
  for (const raw of names) {
    if (raw.name.startsWith('_xlnm.')) continue; // Excel's own: print areas, filters
    const problem = nameProblem(raw, sheetNames);
    if (typeof problem === 'string') {
      notes.push(`${shown}: named range "${raw.name}" left out (${problem})`);
    } else {
      namedRanges.push(problem);
    }
  }

  const metadata = saved.metadata.filter((entry) => {
    const loc = entry.location;
    if (loc.type === 'SPREADSHEET') return true;
    if (!sheetNames.has(loc.sheet)) return false;
    if (loc.type === 'SHEET') return true;
    return (
      (loc.type === 'COLUMN' ? /^[A-Z]+:[A-Z]+$/ : /^\d+:\d+$/).test(loc.range) &&
      fromXlsxRef(loc.range)?.a1 === loc.range
    );
  });
  const unreadable = saved.unreadable + saved.metadata.length - metadata.length;
  if (unreadable > 0) {
    notes.push(
      `${shown}: ${unreadable} entr${unreadable === 1 ? 'y' : 'ies'} of the hidden document state could not be read and ${unreadable === 1 ? 'is' : 'are'} left out`,
    );
  }

  const document: DocumentState = {
    sheets: documentSheets,
    namedRanges,
    developerMetadata: metadata,
    documentProperties: saved.properties,
  };
  if (saved.timeZone) document.timeZone = saved.timeZone;
  return { document: holdsAnything(document) ? document : undefined, notes };
}

/** The named range, or why Sheets could not hold it. */
function nameProblem(raw: RawName, sheetNames: Set<string>): NamedRangeData | string {
  if (raw.localSheetId !== undefined) {
    return 'it belongs to one sheet; a named range in Sheets belongs to the whole spreadsheet';
  }
  if (!isNamedRangeName(raw.name)) return 'Sheets does not accept the name';
  if (raw.ranges.length !== 1) return 'not one range of cells';
  const range = fromXlsxRef(raw.ranges[0]);
  if (!range || range.sheet === null) return 'not one range of cells';
  if (!sheetNames.has(range.sheet)) return `no sheet named "${range.sheet}"`;
  return { name: raw.name, sheet: range.sheet, range: range.a1 };
}

function holdsAnything(state: DocumentState): boolean {
  return (
    state.sheets.some(
      (s) =>
        s.hidden ||
        s.conditionalFormats.length > 0 ||
        s.sheetId !== undefined ||
        s.frozenRows !== undefined ||
        s.frozenColumns !== undefined,
    ) ||
    state.namedRanges.length > 0 ||
    state.developerMetadata.length > 0 ||
    Object.keys(state.documentProperties).length > 0 ||
    state.timeZone !== undefined
  );
}

/** Writes data.document into a workbook whose sheets (data.sheets, in order) are added. */
export function writeDocument(book: ExcelJS.Workbook, data: WorkbookData): void {
  const state = data.document;
  const held = holdDefinedNames(book);
  if (!state) return;
  const byName = new Map(book.worksheets.map((ws) => [ws.name, ws]));
  for (const sheet of state.sheets) {
    const ws = byName.get(sheet.name);
    if (!ws) continue;
    if (sheet.hidden) ws.state = 'hidden';
    writeRules(ws, sheet.conditionalFormats);
    writeFrozen(ws, sheet);
  }
  showOneSheet(book);
  held.names = state.namedRanges
    .filter((named) => byName.has(named.sheet))
    .map((named) => ({ name: named.name, ranges: [sheetRef(named.sheet, named.range)] }));

  const ids = new Map(state.sheets.map((s) => [s.name, s.sheetId]));
  const sheetIds = data.sheets.map((s, index) => ({
    name: s.name,
    sheetId: ids.get(s.name) ?? index,
  }));
  const metadata = state.developerMetadata.filter(
    (entry) => entry.location.type === 'SPREADSHEET' || byName.has(entry.location.sheet),
  );
  const needed =
    metadata.length > 0 ||
    Object.keys(state.documentProperties).length > 0 ||
    state.timeZone !== undefined ||
    sheetIds.some((s, index) => s.sheetId !== index);
  if (!needed) return;
  if (byName.has(STATE_SHEET_NAME)) {
    throw new Error(
      `a sheet is named "${STATE_SHEET_NAME}", where this file keeps its developer metadata and document properties; rename that sheet`,
    );
  }
  writeStateSheet(book, {
    sheets: sheetIds,
    metadata,
    properties: state.documentProperties,
    timeZone: state.timeZone,
  });
}

/**
 * An XLSX needs a visible sheet to open on: the first visible one is the active tab (Excel
 * would otherwise open on a hidden first sheet). Sheets never hides every sheet; if the data
 * does, the first is shown.
 */
function showOneSheet(book: ExcelJS.Workbook): void {
  const sheets = book.worksheets;
  let first = sheets.findIndex((ws) => ws.state === 'visible');
  if (first < 0 && sheets.length > 0) {
    sheets[0].state = 'visible';
    first = 0;
  }
  if (first > 0) {
    book.views = [
      {
        x: 0,
        y: 0,
        width: 12000,
        height: 24000,
        firstSheet: 0,
        activeTab: first,
        visibility: 'visible',
      },
    ];
  }
}

/** Frozen panes: a frozen sheet view's split, as Excel writes it (ySplit rows, xSplit columns). */
function readFrozen(ws: ExcelJS.Worksheet): Pick<DocumentSheet, 'frozenRows' | 'frozenColumns'> {
  // exceljs leaves views null on a sheet whose file has none, whatever its typings say.
  const view = (ws.views as ExcelJS.WorksheetView[] | null)?.[0];
  if (view?.state !== 'frozen') return {};
  const frozen: Pick<DocumentSheet, 'frozenRows' | 'frozenColumns'> = {};
  if (view.ySplit && view.ySplit > 0) frozen.frozenRows = view.ySplit;
  if (view.xSplit && view.xSplit > 0) frozen.frozenColumns = view.xSplit;
  return frozen;
}

function writeFrozen(ws: ExcelJS.Worksheet, sheet: DocumentSheet): void {
  const rows = sheet.frozenRows ?? 0;
  const columns = sheet.frozenColumns ?? 0;
  if (rows === 0 && columns === 0) return;
  ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows }];
}
