// The add-on menu. Editor add-ons show one menu under Extensions, built with createAddonMenu.
// https://developers.google.com/workspace/add-ons/concepts/menus: "Don't take any action
// that requires authorization (such as checking script Properties) while the add-on is in
// ScriptApp.AuthMode.NONE". onOpen runs in NONE until the add-on is enabled in the
// document, so it builds the menu from constants and reads nothing.
import type { MessageKey } from '../i18n/en';
import { t } from '../i18n/translate';
import { refreshAsOfDate } from './asOf';
import { buildDashboard } from './dashboard/build';
import { removeKpiGuard } from './removal/remove';

export interface MenuItem {
  caption: MessageKey;
  /** The public function the item runs (a stub in dist/Stubs.js). */
  handler: string;
  description: string;
  run: () => void;
  /** A line above the item. */
  separated?: boolean;
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t('addon.name'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The app's element in Sidebar.html; a data-open-at on it tells the app where to start. */
const APP_ELEMENT = '<div id="app"></div>';

/** Menu item "Schedule…": the sidebar, opened at its Recalculate select. */
export function showSchedule(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  const content = html.getContent();
  if (!content.includes(APP_ELEMENT)) throw new Error('KPI Guard: Sidebar.html has no app element');
  html.setContent(content.replace(APP_ELEMENT, '<div id="app" data-open-at="schedule"></div>'));
  SpreadsheetApp.getUi().showSidebar(html.setTitle(t('addon.name')));
}

function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(t('help.title'), t('help.text'), ui.ButtonSet.OK);
}

export const MENU_ITEMS: readonly MenuItem[] = [
  {
    caption: 'menu.openSidebar',
    handler: 'showSidebar',
    description: 'Menu item: opens the KPI Guard sidebar.',
    run: showSidebar,
  },
  {
    caption: 'menu.buildDashboard',
    handler: 'buildDashboard',
    description: 'Menu item: builds the live dashboard sheet, one row per marked column.',
    run: buildDashboard,
  },
  {
    caption: 'menu.schedule',
    handler: 'scheduleRecalculation',
    description: 'Menu item: opens the sidebar at the schedule (Recalculate: off, hourly, ...).',
    run: showSchedule,
  },
  {
    caption: 'menu.refreshAsOf',
    handler: 'refreshAsOfDate',
    description: 'Menu item: sets the as-of date (KPIGUARD_AS_OF) to today.',
    run: refreshAsOfDate,
  },
  {
    caption: 'menu.remove',
    handler: 'removeKpiGuard',
    description:
      'Menu item: after a confirmation, removes everything KPI Guard added (asks apart about history).',
    run: removeKpiGuard,
    separated: true,
  },
  {
    caption: 'menu.help',
    handler: 'showHelp',
    description: 'Menu item: what KPI Guard does, in a few lines.',
    run: showHelp,
  },
];

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item.separated) menu.addSeparator();
    menu.addItem(t(item.caption), item.handler);
  }
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
