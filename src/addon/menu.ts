// The add-on menu. Editor add-ons show one menu under Extensions, built with createAddonMenu.
// https://developers.google.com/workspace/add-ons/concepts/menus: "Don't take any action
// that requires authorization (such as checking script Properties) while the add-on is in
// ScriptApp.AuthMode.NONE". onOpen runs in NONE until the add-on is enabled in the
// document, so it builds the menu from the catalogue and reads only the user's locale
// (uiLocale.ts); each item reads the spreadsheet's locale when it runs.
import type { MessageKey } from '../i18n/en';
import type { UiLocale } from '../i18n/locale';
import { translator } from '../i18n/translate';
import { refreshAsOfDate } from './asOf';
import { buildDashboard } from './dashboard/build';
import { removeKpiGuard } from './removal/remove';
import { type OpenEvent, openLocale, spreadsheetLocale, userLocale } from './uiLocale';

export interface MenuItem {
  caption: MessageKey;
  /** The public function the item runs (a stub in dist/Stubs.js). */
  handler: string;
  description: string;
  run: () => void;
  /** A line above the item. */
  separated?: boolean;
}

/** The app's element in Sidebar.html: its attributes tell the app its locale and where to start. */
export const APP_ELEMENT = '<div id="app"></div>';

/**
 * The sidebar's page with a locale on its app element (and the page), for what it shows
 * before its first round trip answers the spreadsheet's ("Reading this sheet…") and for a
 * screen reader's voice; `openAt` names where the app starts (the Schedule… item).
 */
export function sidebarPage(html: string, locale: UiLocale, openAt?: 'schedule'): string {
  if (!html.includes(APP_ELEMENT)) throw new Error('KPI Guard: Sidebar.html has no app element');
  // A canonical BCP 47 tag is letters, digits and hyphens; anything else never reaches HTML.
  const tag = /^[A-Za-z0-9-]+$/.test(locale.tag) ? locale.tag : locale.language;
  const start = openAt ? ` data-open-at="${openAt}"` : '';
  return html
    .replace(/<html lang="[^"]*">/, `<html lang="${tag}">`)
    .replace(APP_ELEMENT, `<div id="app" lang="${tag}" data-locale="${tag}"${start}></div>`);
}

/**
 * The sidebar in the user's language: it costs no Spreadsheet call, and loadSidebar answers
 * the spreadsheet's in the round trip the sidebar makes anyway.
 */
function openSidebar(openAt?: 'schedule'): void {
  const { locale, t } = translator(userLocale());
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  html.setContent(sidebarPage(html.getContent(), locale, openAt)).setTitle(t('addon.name'));
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showSidebar(): void {
  openSidebar();
}

/** Menu item "Schedule…": the sidebar, opened at its Recalculate select. */
export function showSchedule(): void {
  openSidebar('schedule');
}

function showHelp(): void {
  const { t } = translator(spreadsheetLocale(SpreadsheetApp.getActiveSpreadsheet()));
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

export function onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const { t } = translator(openLocale(event as OpenEvent | undefined));
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
