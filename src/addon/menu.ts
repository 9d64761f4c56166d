// The add-on menu. Editor add-ons show one menu under Extensions, built with createAddonMenu.
// https://developers.google.com/workspace/add-ons/concepts/menus: "Don't take any action
// that requires authorization (such as checking script Properties) while the add-on is in
// ScriptApp.AuthMode.NONE". onOpen runs in NONE until the add-on is enabled in the
// document, so it builds the menu from constants and reads nothing.
import type { MessageKey } from '../i18n/en';
import { t } from '../i18n/translate';
import { refreshAsOfDate } from './asOf';
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

/** What an item whose feature is not built yet does: says so, instead of failing. */
function notBuiltYet(caption: MessageKey): () => void {
  return () => {
    const feature = t(caption).replace(/…$/, '');
    SpreadsheetApp.getActiveSpreadsheet().toast(
      t('toast.notYetBuilt', { feature }),
      t('addon.name'),
    );
  };
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
    description: 'Menu item: builds the dashboard sheet (not built yet: says so).',
    run: notBuiltYet('menu.buildDashboard'),
  },
  {
    caption: 'menu.schedule',
    handler: 'scheduleRecalculation',
    description: 'Menu item: schedules the recalculation (not built yet: says so).',
    run: notBuiltYet('menu.schedule'),
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
