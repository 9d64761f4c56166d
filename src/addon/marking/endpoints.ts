// The sidebar's two round trips: loadSidebar reads the active sheet once and answers
// everything the sidebar shows; saveSidebar validates a request, writes it under the
// document lock and answers the fresh view. loadSidebar reads the locale (one call, the
// same in every language) and answers it in the view; a save sends it back, so the fresh
// view names columns in the same language without reading it again.
import * as v from 'valibot';
import { type UiLocale, uiLocaleFromTag } from '../../i18n/locale';
import { type Message, message } from '../../i18n/translate';
import { currentAsOf } from '../asOf';
import { repaintSheet } from '../colours';
import { applySchedule, planSchedule } from '../schedule/save';
import { scheduleOf } from '../schedule/settings';
import { scheduleView, staleMarks } from '../schedule/view';
import { applyWrites, readSheetSettings, readStore, writeHeaderRow } from '../settings/store';
import { spreadsheetLocale } from '../uiLocale';
import type { SaveResult, SidebarView } from './contract';
import { planSave } from './plan';
import { type SaveRequest, SaveRequestSchema } from './request';
import { buildView, columnsToRead } from './view';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a save waits for another save of the same document to finish. */
const LOCK_WAIT_MS = 10_000;

function viewOf(spreadsheet: Spreadsheet, sheet: Sheet, locale: UiLocale): SidebarView {
  const { settings, maxRows } = readStore(sheet, locale);
  const { first, count } = columnsToRead(settings);
  const dataRows = count > 0 ? sheet.getLastRow() - settings.headerRow : 0;
  // The block below the header in one read, whatever its size.
  const rows =
    dataRows > 0 ? sheet.getRange(settings.headerRow + 1, first, dataRows, count).getValues() : [];
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const properties = PropertiesService.getDocumentProperties().getProperties();
  return {
    ...buildView({
      settings,
      rows,
      firstColumn: first,
      asOf: currentAsOf(spreadsheet),
      maxHeaderRow: maxRows,
      dayOf: (date) => Utilities.formatDate(date, timeZone, 'yyyy-MM-dd'),
      locale,
    }),
    schedule: scheduleView(properties, timeZone),
    stale: staleMarks(properties, settings),
  };
}

export function loadSidebar(): SidebarView {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return viewOf(spreadsheet, spreadsheet.getActiveSheet(), spreadsheetLocale(spreadsheet));
}

function newId(): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  let id = 'k';
  for (let i = 0; i < 8; i++) id += alphabet[Math.floor(Math.random() * alphabet.length)];
  return id;
}

/** `locale`: the view's locale, as loadSidebar answered it; anything else reads as English. */
export function saveSidebar(request: SaveRequest, locale?: string): SaveResult {
  const reader = uiLocaleFromTag(locale);
  // Whatever the sidebar claims to send, it is parsed here first.
  const parsed = v.safeParse(SaveRequestSchema, request);
  if (!parsed.success) {
    const detail = v.summarize(parsed.issues).split('\n')[0];
    return { ok: false, message: message('invalid.payload', { detail }), errors: [] };
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // The sheet the sidebar was showing, even if the user has clicked another tab since.
  const sheet = spreadsheet.getSheetById(parsed.output.sheetId);
  if (!sheet) return { ok: false, message: message('save.sheetGone'), errors: [] };
  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock():
  // "Lock|null": null when the script runs outside a document, which a sidebar never does.
  const lock = LockService.getDocumentLock();
  if (!lock) throw new Error('KPI Guard: no document lock; open the sidebar from a spreadsheet');
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, message: message('save.busy'), errors: [] };
  let wrote = false;
  let colours: Message | null = null;
  try {
    // Read again under the lock: the plan is checked against what is stored now.
    const store = readStore(sheet, reader);
    const plan = planSave(store.settings, parsed.output, { maxHeaderRow: store.maxRows, newId });
    if (!plan.ok) return plan;
    const current = scheduleOf(PropertiesService.getDocumentProperties().getProperties());
    const schedule = planSchedule(current, parsed.output.schedule);
    if (!schedule.ok) return schedule;
    // The trigger first: it is what Google may refuse, and then nothing is written.
    if (schedule.next !== null) {
      const refused = applySchedule(spreadsheet, current, schedule.next);
      if (refused) return { ok: false, message: message('save.invalid'), errors: [refused] };
    }
    applyWrites(sheet, store.handles, plan.writes);
    if (plan.headerRow !== null) {
      writeHeaderRow(store.settings.sheetId, plan.headerRow, store.settings.headerRevision);
    }
    wrote = plan.writes.length > 0 || plan.headerRow !== null || schedule.next !== null;
    // The colours follow the settings just written: every save repaints the sheet (which also
    // reaches rows added since the last repaint). Settings saved stay saved if it fails.
    colours = repaintAfterSave(sheet, reader);
    // https://developers.google.com/apps-script/reference/lock/lock#releaseLock(): "if you are
    // working with a spreadsheet, you should call SpreadsheetApp.flush() prior to releasing
    // the lock, to commit all pending changes to the spreadsheet while you still have
    // exclusive access to it."
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
  return {
    ok: true,
    message: colours ?? message(wrote ? 'save.saved' : 'save.nothing'),
    view: viewOf(spreadsheet, sheet, reader),
  };
}

/** Repaints the sheet; null when done, else what to tell the user. */
function repaintAfterSave(sheet: Sheet, locale: UiLocale): Message | null {
  try {
    repaintSheet(sheet, readSheetSettings(sheet, locale));
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return message('save.notColoured', { reason });
  }
}
