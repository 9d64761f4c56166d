// The add-on menu. Editor add-ons show one menu under Extensions, built with createAddonMenu.
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers: onOpen runs in
// AuthMode.NONE before the add-on is enabled, so it only builds the menu.

export const SIDEBAR_TITLE = 'KPI Guard';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addItem('Refresh as-of date', 'refreshAsOfDate')
    .addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
