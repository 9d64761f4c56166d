// The built add-on in the emulator, in Dutch and English: which locale each execution can
// read (the user's in AuthMode.NONE, the spreadsheet's once the add-on is used), the menu,
// toasts, help and the settings-sheet label in the reader's language, and the sidebar page
// carrying its locale.
import { describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../src/addon/menu';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { createRuntime, type RuntimeOptions } from '../../src/local/runtime/createRuntime';
import type { WorkbookData } from '../../src/local/types';
import { fixtureRuntime } from '../local/runtime/fixtureDist';

function book(locale: string): WorkbookData {
  return { locale, sheets: [{ name: 'Leads', cells: [['Maand', 'Leads', '', 'Klanten']] }] };
}

const run = (locale: string, options: Partial<RuntimeOptions> = {}) =>
  createRuntime({ data: book(locale), now: new Date('2026-03-03T09:00:00Z'), ...options });

const captions = (runtime: ReturnType<typeof run>) =>
  runtime.ui.menus
    .at(-1)
    ?.items.map((i) => i.caption)
    .filter(Boolean);

const DUTCH_MENU = MENU_ITEMS.map((item) => nl[item.caption]);
const ENGLISH_MENU = MENU_ITEMS.map((item) => en[item.caption]);

describe('what the emulator answers about locales, per authorization mode', () => {
  const PROBE = `
    function onOpen(e) {
      var out = [];
      try { out.push('user: ' + Session.getActiveUserLocale()); } catch (err) { out.push('user: ' + err.message); }
      try { out.push('sheet: ' + e.source.getSpreadsheetLocale()); } catch (err) { out.push('sheet: ' + err.message); }
      globalThis.probed = out;
      SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'x').addToUi();
    }
    function x() {}
  `;

  it("answers the user's locale in AuthMode.NONE, and refuses the spreadsheet's", () => {
    const runtime = fixtureRuntime(PROBE, book('nl_NL'), { userLocale: 'nl' });
    expect(runtime.global('probed')).toEqual([
      'user: nl',
      'sheet: You do not have permission to call Spreadsheet.getSpreadsheetLocale.',
    ]);
  });

  it('answers both once the add-on is used in the document (AuthMode.LIMITED)', () => {
    const runtime = fixtureRuntime(PROBE, book('nl_BE'), { enabled: true });
    expect(runtime.global('probed')).toEqual(['user: en', 'sheet: nl_BE']);
  });

  it('does not count the user locale as a Spreadsheet service call', () => {
    const runtime = fixtureRuntime(
      'function locale() { return Session.getActiveUserLocale(); }',
      book('en_US'),
      { userLocale: 'nl_BE' },
    );
    runtime.counter.reset();
    expect(runtime.call('locale')).toBe('nl_BE');
    expect(runtime.counter.total()).toBe(0);
  });
});

describe('the add-on menu', () => {
  it("speaks the user's language in AuthMode.NONE, reading nothing of the document", () => {
    const dutch = run('en_US', { open: false, userLocale: 'nl' });
    dutch.counter.reset();
    dutch.open();
    expect(captions(dutch)).toEqual(DUTCH_MENU);
    expect(dutch.counter.snapshot()).toEqual({ 'SpreadsheetApp.getUi': 1 });

    const english = run('nl_NL', { open: false, userLocale: 'en' });
    english.counter.reset();
    english.open();
    expect(captions(english)).toEqual(ENGLISH_MENU);
    expect(english.counter.snapshot()).toEqual({ 'SpreadsheetApp.getUi': 1 });
  });

  it("speaks the spreadsheet's language once the add-on is used there (AuthMode.LIMITED)", () => {
    expect(captions(run('nl_NL', { enabled: true, userLocale: 'en' }))).toEqual(DUTCH_MENU);
    expect(captions(run('nl_BE', { enabled: true, userLocale: 'en' }))).toEqual(DUTCH_MENU);
    expect(captions(run('en_US', { enabled: true, userLocale: 'nl' }))).toEqual(ENGLISH_MENU);
    expect(captions(run('de_DE', { enabled: true, userLocale: 'nl' }))).toEqual(ENGLISH_MENU);
  });

  it('is Dutch after the next open once a Dutch sheet has been used, as Sheets rebuilds it', () => {
    const runtime = run('nl_NL', { userLocale: 'en' });
    expect(captions(runtime)).toEqual(ENGLISH_MENU);
    runtime.call('showSidebar');
    runtime.open();
    expect(captions(runtime)).toEqual(DUTCH_MENU);
  });
});

describe('what the menu items say', () => {
  it('asks and reports a removal in Dutch on a Dutch sheet', () => {
    const runtime = run('nl_NL');
    runtime.call('removeKpiGuard');
    expect(runtime.ui.alerts[0]).toMatchObject({ title: 'KPI Guard verwijderen' });
    expect(runtime.ui.alerts[0].prompt).toMatch(/^Alles verwijderen wat KPI Guard/);
    expect(runtime.ui.toasts.at(-1)?.message).toBe('KPI Guard is uit deze spreadsheet verwijderd.');
  });

  it('shows the help in the language of the sheet', () => {
    const dutch = run('nl_NL');
    dutch.call('showHelp');
    expect(dutch.ui.alerts.at(-1)?.prompt).toBe(nl['help.text']);
    const english = run('en_GB');
    english.call('showHelp');
    expect(english.ui.alerts.at(-1)?.prompt).toBe(en['help.text']);
  });

  it('refreshes the as-of date with a Dutch toast and a Dutch label on the settings sheet', () => {
    const runtime = run('nl_NL');
    expect(runtime.call('refreshAsOfDate')).toBe('2026-03-03');
    expect(runtime.ui.toasts.at(-1)).toMatchObject({
      title: 'Peildatum',
      message: 'Formules die KPIGUARD_AS_OF gebruiken, rekenen nu met 3 mrt 2026.',
    });
    expect(runtime.workbook.getValues('KPI Guard settings', 0, 0, 1, 1)).toEqual([
      [nl['asOf.label']],
    ]);
  });

  it("writes the day the English reader's way on an English sheet", () => {
    const american = run('en_US');
    american.call('refreshAsOfDate');
    expect(american.ui.toasts.at(-1)?.message).toBe(
      'Formulas that use KPIGUARD_AS_OF now judge on Mar 3, 2026.',
    );
    const british = run('en_GB');
    british.call('refreshAsOfDate');
    expect(british.ui.toasts.at(-1)?.message).toContain('3 Mar 2026');
  });
});

describe('the sidebar', () => {
  it("opens in the user's language, before its first round trip, at no Spreadsheet call", () => {
    const runtime = run('en_US', { userLocale: 'nl' });
    runtime.counter.reset();
    runtime.call('showSidebar');
    const html = runtime.ui.sidebar?.html ?? '';
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<div id="app" lang="nl" data-locale="nl">');
    expect(runtime.counter.snapshot()).toEqual({ 'SpreadsheetApp.getUi': 1 });
  });

  it.each([
    ['nl_NL', 'en', 'nl-NL'],
    ['nl_BE', 'en', 'nl-BE'],
    ['en_US', 'nl', 'en-US'],
    ['de_DE', 'nl', 'en'],
    ['', 'nl', 'nl'],
  ])(
    'on a %s sheet of a user speaking %s, speaks %s from its first round trip',
    (sheet, user, tag) => {
      const runtime = run(sheet, { userLocale: user });
      expect(runtime.call('loadSidebar')).toMatchObject({ locale: tag });
    },
  );
});
