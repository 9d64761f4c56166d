// The very hidden sheet where an XLSX keeps what it has no part for: developer metadata,
// document properties, sheet ids and the spreadsheet's time zone. Chosen over a custom XML
// part because exceljs reads and writes very hidden sheets itself (no second pass over the
// zip, no new dependency), Excel never lists one (not even under Unhide) and keeps it through
// its own saves. Row 1 marks the sheet; every further row is one record: its kind in A, its
// JSON in B (continued in C, D, ... past an XLSX cell's 32,767 characters). Every record
// read back is checked (valibot); one that does not check out is left out and counted.
import type ExcelJS from 'exceljs';
import * as v from 'valibot';
import type { DeveloperMetadataData } from '../types';

export const STATE_SHEET_NAME = 'KPI Guard document state';
const MARKER = 'KPI Guard document state';
const FORMAT = 1;
const ABOUT =
  'Developer metadata, document properties and sheet ids of this workbook, kept by the ' +
  'KPI Guard local preview (npm start). Edits here may lose them.';
/** Below Excel's 32,767 characters per cell. */
const CHUNK = 32_000;

const Id = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const Text = v.string();
const Key = v.pipe(v.string(), v.minLength(1));

const SheetRecord = v.strictObject({ name: Text, sheetId: Id });
const PropertyRecord = v.strictObject({ key: Key, value: Text });
const SpreadsheetRecord = v.strictObject({
  timeZone: v.pipe(v.string(), v.check(isTimeZone, 'an IANA time zone')),
});
const Location = v.variant('type', [
  v.strictObject({ type: v.literal('SPREADSHEET') }),
  v.strictObject({ type: v.literal('SHEET'), sheet: Text }),
  v.strictObject({ type: v.literal('ROW'), sheet: Text, range: Text }),
  v.strictObject({ type: v.literal('COLUMN'), sheet: Text, range: Text }),
]);
const MetadataRecord = v.strictObject({
  id: Id,
  key: Key,
  value: v.nullable(Text),
  visibility: v.picklist(['DOCUMENT', 'PROJECT']),
  location: Location,
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What the sheet holds; sheets are named as they were when the file was saved. */
export interface SavedState {
  sheetIds: Map<string, number>;
  metadata: DeveloperMetadataData[];
  properties: Record<string, string>;
  timeZone?: string;
  /** Records left out: unreadable, of an unknown kind, or from a newer format. */
  unreadable: number;
}

export function emptySavedState(): SavedState {
  return { sheetIds: new Map(), metadata: [], properties: {}, unreadable: 0 };
}

/** This workbook's state sheet (very hidden, marked in A1), if it has one. */
export function isStateSheet(ws: ExcelJS.Worksheet): boolean {
  return (
    ws.name === STATE_SHEET_NAME && ws.state === 'veryHidden' && ws.getCell(1, 1).value === MARKER
  );
}

export function readStateSheet(ws: ExcelJS.Worksheet): SavedState {
  const state = emptySavedState();
  const format = ws.getCell(1, 2).value;
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    if (format !== FORMAT) {
      state.unreadable++;
      return;
    }
    const values = (row.values as unknown[]).slice(1);
    const [kind, ...chunks] = values;
    if (!readRecord(state, kind, chunks.map((c) => (typeof c === 'string' ? c : '')).join(''))) {
      state.unreadable++;
    }
  });
  return state;
}

function readRecord(state: SavedState, kind: unknown, text: string): boolean {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  if (kind === 'sheet') {
    const record = v.safeParse(SheetRecord, json);
    if (!record.success || state.sheetIds.has(record.output.name)) return false;
    state.sheetIds.set(record.output.name, record.output.sheetId);
  } else if (kind === 'property') {
    const record = v.safeParse(PropertyRecord, json);
    if (!record.success) return false;
    state.properties[record.output.key] = record.output.value;
  } else if (kind === 'metadata') {
    const record = v.safeParse(MetadataRecord, json);
    if (!record.success) return false;
    state.metadata.push(record.output);
  } else if (kind === 'spreadsheet') {
    const record = v.safeParse(SpreadsheetRecord, json);
    if (!record.success) return false;
    state.timeZone = record.output.timeZone;
  } else {
    return false;
  }
  return true;
}

export interface StateToWrite {
  sheets: { name: string; sheetId: number }[];
  metadata: readonly DeveloperMetadataData[];
  properties: Readonly<Record<string, string>>;
  timeZone?: string;
}

/** Adds the very hidden state sheet (last, after the user's sheets). */
export function writeStateSheet(book: ExcelJS.Workbook, state: StateToWrite): void {
  const ws = book.addWorksheet(STATE_SHEET_NAME, { state: 'veryHidden' });
  ws.addRow([MARKER, FORMAT, ABOUT]);
  const add = (kind: string, record: object) => {
    const json = JSON.stringify(record);
    const chunks: string[] = [];
    for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
    ws.addRow([kind, ...chunks]);
  };
  for (const sheet of state.sheets) add('sheet', { name: sheet.name, sheetId: sheet.sheetId });
  if (state.timeZone) add('spreadsheet', { timeZone: state.timeZone });
  for (const [key, value] of Object.entries(state.properties)) add('property', { key, value });
  for (const entry of state.metadata) add('metadata', entry);
}
