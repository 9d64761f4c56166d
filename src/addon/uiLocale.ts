// Where the add-on learns which language to speak: the spreadsheet's locale, else the
// user's. One Spreadsheet call per execution that shows words (a menu item, the sidebar's
// first round trip), never one per message; the sidebar then carries that locale along.
//
// onOpen may not read the spreadsheet until the add-on is used in the document:
// https://developers.google.com/apps-script/reference/script/auth-mode: NONE is "A mode that
// does not allow access to any services that require authorization. This mode occurs when an
// add-on executes an onOpen(e) simple trigger, and the user has installed an add-on in a
// different document but the add-on has not been used in the current document."
// https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale():
// "Gets the language setting of the current user as a string—for example, en for English."
// It lists no authorization scope (getActiveUser and getEffectiveUser list userinfo.email),
// so it is the one locale NONE can read: the menu speaks the user's language there, and the
// spreadsheet's (what the sidebar speaks) once onOpen runs in LIMITED.
import { type UiLocale, uiLocale } from '../i18n/locale';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet's locale, else the user's: one Spreadsheet call, Session only if blank. */
export function spreadsheetLocale(spreadsheet: Spreadsheet): UiLocale {
  return uiLocale(spreadsheet.getSpreadsheetLocale(), () => Session.getActiveUserLocale());
}

/** The user's language alone: Session, no Spreadsheet call (and allowed in AuthMode.NONE). */
export function userLocale(): UiLocale {
  return uiLocale(null, () => Session.getActiveUserLocale());
}

/** What onOpen and onInstall pass: the mode they run in and, for onOpen, the spreadsheet. */
export interface OpenEvent {
  authMode?: GoogleAppsScript.Script.AuthMode;
  source?: Spreadsheet;
}

/** The menu's locale: the user's in AuthMode.NONE, else the spreadsheet's (as the sidebar). */
export function openLocale(event: OpenEvent | undefined): UiLocale {
  if (event?.authMode === ScriptApp.AuthMode.NONE) return userLocale();
  return spreadsheetLocale(event?.source ?? SpreadsheetApp.getActiveSpreadsheet());
}
