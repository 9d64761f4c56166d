// What each authorization mode lets a script call, checked before every service call.
//
// https://developers.google.com/apps-script/reference/script/auth-mode
//   NONE: "A mode that does not allow access to any services that require authorization. This
//   mode occurs when an add-on executes an onOpen(e) simple trigger, and the user has installed
//   an add-on in a different document but the add-on has not been used in the current document."
//   LIMITED: "This mode occurs when an add-on or a script bound to a document executes an
//   onOpen(e) or onEdit(e) simple trigger, except in the case described for NONE."
// https://developers.google.com/workspace/add-ons/concepts/menus: "Don't take any action that
//   requires authorization (such as checking script Properties) while the add-on is in
//   ScriptApp.AuthMode.NONE."
// https://developers.google.com/apps-script/guides/triggers#restrictions (simple triggers):
//   "They can't access services that require authorization."
// https://developers.google.com/apps-script/guides/sheets/functions#use-google-apps-script-services
//   (custom functions): "they can only call services that don't have access to personal data,
//   specifically the following: Cache, HTML, JDBC, Language, Lock, Maps, Properties,
//   Spreadsheet (Read-only ...), URL Fetch, Utilities, XML. If your custom function throws the
//   error message You do not have permission to call X service., the service requires user
//   authorization and thus can't be used in a custom function."
// Google documents that message for custom functions only; the emulator words every refusal
// the same way, naming the method as Apps Script's own errors do ("You do not have permission
// to call DriveApp.getFoldersByName. Required permissions: ...").

import { serviceError } from './errors';

/** https://developers.google.com/apps-script/reference/mail/mail-app: every method's scope. */
export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
/**
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser(): "Scripts
 * that use this method require authorization with one or more of the following scopes:
 * https://www.googleapis.com/auth/userinfo.email" (getEffectiveUser lists the same).
 */
export const USER_EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** The scope a class's calls need, for the error text (the manifest's scopes). */
const SCOPES: Record<string, string> = {
  MailApp: SEND_MAIL_SCOPE,
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  TriggerBuilder: 'https://www.googleapis.com/auth/script.scriptapp',
  ClockTriggerBuilder: 'https://www.googleapis.com/auth/script.scriptapp',
  SpreadsheetTriggerBuilder: 'https://www.googleapis.com/auth/script.scriptapp',
  Trigger: 'https://www.googleapis.com/auth/script.scriptapp',
};

/**
 * Installable triggers need the script.scriptapp scope, mail the script.send_mail scope:
 * only FULL may use them (simple triggers "can't access services that require
 * authorization", custom functions may not call Mail, NONE calls nothing that needs it).
 */
const NEEDS_FULL = new Set(Object.keys(SCOPES));

/**
 * What answers in NONE: building the menu, and the services custom functions may use because
 * they touch no user data (Cache, HTML, Lock, Utilities) plus logging. The document, its
 * properties and the user are out of reach.
 */
const ALLOWED_IN_NONE: Record<string, true | readonly string[]> = {
  SpreadsheetApp: ['getUi'],
  Ui: true,
  Menu: true,
  Utilities: true,
  Logger: true,
  HtmlService: true,
  HtmlOutput: true,
  HtmlTemplate: true,
  CacheService: true,
  Cache: true,
  LockService: true,
  Lock: true,
  // Who the user is stays hidden (User.getEmail answers ""), so asking is allowed.
  Session: true,
  User: true,
};

export function noPermissionFor(className: string, method: string): Error {
  const scope = SCOPES[className];
  const required = scope ? ` Required permissions: ${scope}` : '';
  return serviceError(`You do not have permission to call ${className}.${method}.${required}`);
}

/** Throws as Apps Script does when `mode` may not call `className.method`. */
export function checkAccess(mode: AuthMode, className: string, method: string): void {
  if (mode === 'FULL') return;
  if (NEEDS_FULL.has(className)) throw noPermissionFor(className, method);
  if (mode !== 'NONE') return;
  const allowed = ALLOWED_IN_NONE[className];
  if (allowed === true || allowed?.includes(method)) return;
  throw noPermissionFor(className, method);
}

/** The scope a method needs beyond its class's, by "Class.method" (the rest need none here). */
const METHOD_SCOPES: Record<string, string> = {
  'Session.getActiveUser': USER_EMAIL_SCOPE,
  'Session.getEffectiveUser': USER_EMAIL_SCOPE,
};

/**
 * Throws when the manifest lists its scopes and the one a call needs is not among them.
 * https://developers.google.com/apps-script/concepts/scopes: "For most scripts, Apps Script
 * automatically detects what scopes are needed for you ... You can also set scopes
 * explicitly in your manifest", and published add-ons must; a script then has only those.
 * Without an oauthScopes list (null) Apps Script finds the scopes in the code and asks for
 * all of them. The wording of the refusal is the one scripts report ("You do not have
 * permission to call Session.getActiveUser. Required permissions:
 * https://www.googleapis.com/auth/userinfo.email"); Google's pages give none.
 */
export function checkScopes(
  granted: readonly string[] | null,
  className: string,
  method: string,
): void {
  if (granted === null) return;
  const scope =
    METHOD_SCOPES[`${className}.${method}`] ?? (className === 'MailApp' ? SEND_MAIL_SCOPE : null);
  if (scope !== null && !granted.includes(scope)) {
    throw serviceError(
      `You do not have permission to call ${className}.${method}. Required permissions: ${scope}`,
    );
  }
}
