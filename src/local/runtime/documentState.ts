// What the spreadsheet keeps outside its cells, between the emulated services and plain data
// (DocumentState in ../types): handed out for Save, loaded back when a saved file is opened,
// so a reopened workbook has the same hidden sheets, named ranges, colour rules, developer
// metadata, document properties and sheet ids. Script and user properties stay out: they
// belong to the script project and to the user, not to the document.
import { columnToLetter, formatOpenA1, parseA1 } from '../services/a1';
import { ConditionalFormatRule, type RuleData } from '../services/conditionalFormat';
import type { GridRange } from '../services/gridRange';
import type { MetadataLocation } from '../services/metadataStore';
import type { DocumentState, MetadataLocationData } from '../types';
import type { Services } from './services';

/**
 * The document's state now; sheets in workbook order. The time zone only when the add-on
 * changed it: a file opened without one gets the runtime's, which it then had.
 */
export function documentStateOf(services: Services): DocumentState {
  const { model } = services;
  const registry = model.ctx.sheets;
  const nameOf = (sheetId: number) => registry.get(sheetId).name;
  const timeZone = model.spreadsheet.getSpreadsheetTimeZone();
  const state: DocumentState = {
    sheets: registry.all().map((sheet) => ({
      name: sheet.name,
      sheetId: sheet.id,
      hidden: sheet.hidden,
      conditionalFormats: model.rules
        .data(sheet.id)
        .filter((rule) => rule.criteria?.type === 'CUSTOM_FORMULA')
        .map((rule) => ({
          formula: String(rule.criteria?.values[0] ?? ''),
          ranges: rule.ranges.map(gridA1),
          ...rule.format,
        })),
      ...(sheet.frozenRows > 0 ? { frozenRows: sheet.frozenRows } : {}),
      ...(sheet.frozenColumns > 0 ? { frozenColumns: sheet.frozenColumns } : {}),
    })),
    namedRanges: model.namedRanges.names().flatMap((name) => {
      const grid = model.namedRanges.grid(name);
      return grid ? [{ name, sheet: nameOf(grid.sheetId), range: gridA1(grid) }] : [];
    }),
    developerMetadata: model.metadata.store.all().map((entry) => ({
      id: entry.id,
      key: entry.key,
      value: entry.value,
      visibility: entry.visibility,
      location: locationData(entry.location, nameOf),
    })),
    documentProperties: Object.fromEntries(services.PropertiesService.documentStore),
  };
  if (timeZone !== model.ctx.timeZone) state.timeZone = timeZone;
  return state;
}

/**
 * Loads saved state into freshly created services (before onOpen runs or anything reads a
 * sheet). Throws when the state names a sheet the workbook does not have: the file readers
 * only hand out state that fits their sheets.
 */
export function loadDocumentState(services: Services, state: DocumentState): void {
  const { model } = services;
  const registry = model.ctx.sheets;
  const lacking = (name: string) =>
    new Error(`The document state names a sheet "${name}" that the workbook does not have`);
  const names = model.ctx.workbook.sheetNames();
  const missing = state.sheets.find((s) => !names.includes(s.name));
  if (missing) throw lacking(missing.name);
  // Ids first: the first look at the sheets gives every sheet not restored an id of its own.
  registry.restore(state.sheets.map((s) => ({ ...s, id: s.sheetId })));

  const sheetId = (name: string): number => {
    const found = registry.byName(name);
    if (!found) throw lacking(name);
    return found.id;
  };
  const grid = (sheet: string, a1: string): GridRange => {
    const ref = parseA1(a1);
    return model.range(sheetId(sheet), ref).grid();
  };
  for (const sheet of state.sheets) {
    if (sheet.conditionalFormats.length === 0) continue;
    const rules = sheet.conditionalFormats.map((cf) => {
      const data: RuleData = {
        criteria: { type: 'CUSTOM_FORMULA', values: [cf.formula] },
        format: {
          background: cf.background,
          fontColor: cf.fontColor,
          bold: cf.bold,
          italic: cf.italic,
        },
        ranges: cf.ranges.map((a1) => grid(sheet.name, a1)),
      };
      return new ConditionalFormatRule(model, data);
    });
    model.rules.set(sheetId(sheet.name), rules);
  }
  for (const named of state.namedRanges) {
    model.namedRanges.set(named.name, grid(named.sheet, named.range));
  }
  for (const entry of state.developerMetadata) {
    model.metadata.store.restore({ ...entry, location: location(entry.location, sheetId, grid) });
  }
  const properties = services.PropertiesService.documentStore;
  for (const [key, value] of Object.entries(state.documentProperties)) properties.set(key, value);
  if (state.timeZone) model.spreadsheet.setSpreadsheetTimeZone(state.timeZone);
}

function locationData(
  location: MetadataLocation,
  nameOf: (sheetId: number) => string,
): MetadataLocationData {
  switch (location.type) {
    case 'SPREADSHEET':
      return { type: 'SPREADSHEET' };
    case 'SHEET':
      return { type: 'SHEET', sheet: nameOf(location.sheetId) };
    case 'COLUMN': {
      const range = `${columnToLetter(location.start)}:${columnToLetter(location.start + location.count - 1)}`;
      return { type: 'COLUMN', sheet: nameOf(location.sheetId), range };
    }
    case 'ROW':
      return {
        type: 'ROW',
        sheet: nameOf(location.sheetId),
        range: `${location.start}:${location.start + location.count - 1}`,
      };
  }
}

function location(
  data: MetadataLocationData,
  sheetId: (name: string) => number,
  grid: (sheet: string, a1: string) => GridRange,
): MetadataLocation {
  if (data.type === 'SPREADSHEET') return { type: 'SPREADSHEET' };
  if (data.type === 'SHEET') return { type: 'SHEET', sheetId: sheetId(data.sheet) };
  const g = grid(data.sheet, data.range);
  return data.type === 'COLUMN'
    ? { type: 'COLUMN', sheetId: g.sheetId, start: g.col, count: g.numCols }
    : { type: 'ROW', sheetId: g.sheetId, start: g.row, count: g.numRows };
}

/** A1 text that keeps a range's open ends ("B2:B", "C:D"); getA1Notation() closes them. */
export function gridA1(g: GridRange): string {
  return formatOpenA1({
    row: g.row,
    col: g.col,
    numRows: g.wholeColumns || g.toLastRow ? null : g.numRows,
    numCols: g.wholeRows || g.toLastColumn ? null : g.numCols,
  });
}
