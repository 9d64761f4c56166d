// Menu item "Remove KPI Guard…": after the user confirms, takes away everything KPI Guard
// added to this spreadsheet (the names in artifacts.ts) and nothing else, so every user sheet
// holds again exactly what it held before: its colour rules (only KPI Guard's), its column
// metadata and document properties, the helper, settings and dashboard sheets, its named
// ranges and its triggers for this document. The history sheet holds the team's snapshots:
// it goes only when the user says so, in a second question. Each part is looked up before it
// is removed, so a second run, or one after a part was deleted by hand, finishes too.
import { type MessageKey, type Translator, translator } from '../../i18n/translate';
import {
  AS_OF_RANGE_NAME,
  HISTORY_SHEET_NAME,
  OWNED_SHEET_NAMES,
  PROPERTY_PREFIX,
} from '../artifacts';
import { writeColourRules } from '../colours/rules';
import { spreadsheetLocale } from '../uiLocale';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Named ranges KPI Guard writes are named KPIGUARD_…, as AS_OF_RANGE_NAME is. */
const RANGE_PREFIX = `${AS_OF_RANGE_NAME.split('_')[0]}_`;

/** How long removal waits for a save or a scheduled run of this document to finish. */
const LOCK_WAIT_MS = 30_000;

export interface RemovalReport {
  rules: number;
  metadata: number;
  properties: number;
  sheets: string[];
  namedRanges: number;
  triggers: number;
  history: 'deleted' | 'kept' | 'none';
}

export function removeKpiGuard(): void {
  const ui = SpreadsheetApp.getUi();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const words = translator(spreadsheetLocale(spreadsheet));
  const { t } = words;
  const answer = ui.alert(
    t('remove.title'),
    t('remove.confirm', { name: AS_OF_RANGE_NAME }),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) {
    spreadsheet.toast(t('remove.cancelled'), t('addon.name'));
    return;
  }
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    ui.alert(t('remove.title'), t('remove.busy'), ui.ButtonSet.OK);
    return;
  }
  let report: RemovalReport;
  try {
    report = removeEverything(spreadsheet);
    // https://developers.google.com/apps-script/reference/lock/lock#releaseLock(): flush
    // before releasing, so the next execution sees the removal.
    SpreadsheetApp.flush();
  } finally {
    lock?.releaseLock();
  }
  report.history = askAboutHistory(spreadsheet, ui, words);
  const key: MessageKey = report.history === 'kept' ? 'remove.doneHistoryKept' : 'remove.done';
  spreadsheet.toast(t(key, { sheet: HISTORY_SHEET_NAME }), t('addon.name'));
}

/** Everything but the history sheet, each part only if it is there. */
export function removeEverything(spreadsheet: Spreadsheet): RemovalReport {
  const report: RemovalReport = {
    rules: 0,
    metadata: 0,
    properties: 0,
    sheets: [],
    namedRanges: 0,
    triggers: 0,
    history: 'none',
  };
  for (const sheet of spreadsheet.getSheets()) {
    if (OWNED_SHEET_NAMES.includes(sheet.getName())) continue;
    const before = sheet.getConditionalFormatRules().length;
    writeColourRules(sheet, []);
    report.rules += before - sheet.getConditionalFormatRules().length;
  }
  // Every developer-metadata key and document property KPI Guard writes starts with the prefix.
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().find()) {
    if (metadata.getKey().startsWith(PROPERTY_PREFIX)) {
      metadata.remove();
      report.metadata++;
    }
  }
  const properties = PropertiesService.getDocumentProperties();
  for (const key of properties.getKeys()) {
    if (key.startsWith(PROPERTY_PREFIX)) {
      properties.deleteProperty(key);
      report.properties++;
    }
  }
  // Before the sheets they point at go: a named range outlives its sheet as #REF! in Sheets.
  for (const named of spreadsheet.getNamedRanges()) {
    if (named.getName().startsWith(RANGE_PREFIX)) {
      named.remove();
      report.namedRanges++;
    }
  }
  // https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet):
  // "Gets all installable triggers owned by this user in the given spreadsheet, for this
  // script or add-on only." Every one of them is KPI Guard's.
  for (const trigger of ScriptApp.getUserTriggers(spreadsheet)) {
    ScriptApp.deleteTrigger(trigger);
    report.triggers++;
  }
  for (const name of OWNED_SHEET_NAMES) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet && spreadsheet.getNumSheets() > 1) {
      spreadsheet.deleteSheet(sheet);
      report.sheets.push(name);
    }
  }
  return report;
}

function askAboutHistory(
  spreadsheet: Spreadsheet,
  ui: GoogleAppsScript.Base.Ui,
  { t }: Translator,
): RemovalReport['history'] {
  const history = spreadsheet.getSheetByName(HISTORY_SHEET_NAME);
  if (!history) return 'none';
  const answer = ui.alert(
    t('remove.historyTitle'),
    t('remove.history', { sheet: HISTORY_SHEET_NAME }),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES || spreadsheet.getNumSheets() === 1) return 'kept';
  spreadsheet.deleteSheet(history);
  return 'deleted';
}
