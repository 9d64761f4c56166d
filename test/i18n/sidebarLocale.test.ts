// The sidebar's server side in Dutch: column names in the reader's language, numbers typed
// the Dutch way saved as numbers, messages worded in Dutch, and not one Spreadsheet call
// more than in English.
import { describe, expect, it } from 'vitest';
import type { SaveResult, SidebarView } from '../../src/addon/endpoints';
import { DUTCH, type UiLocale, uiLocale } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import { createRuntime, type LocalRuntime } from '../../src/local/runtime/createRuntime';
import { dutchSampleWorkbook } from '../../src/local/sample/index';
import type { WorkbookData } from '../../src/local/types';
import { buildRequest, draftsOf, localizedView } from '../../src/sidebar/drafts';

function sample(locale: string): WorkbookData {
  return { ...dutchSampleWorkbook(), locale };
}

/** Opens the sidebar as a user does: the menu item, then the sidebar's first round trip. */
function open(runtime: LocalRuntime): { view: SidebarView; locale: UiLocale } {
  runtime.call('showSidebar');
  const answered = runtime.call('loadSidebar') as SidebarView;
  const locale = uiLocale(answered.locale, () => null);
  return { view: localizedView(answered, locale), locale };
}

describe('the sidebar in Dutch', () => {
  it('names columns without a header in Dutch, headers as they are', () => {
    const { view } = open(createRuntime({ data: sample('nl_NL') }));
    expect(view.columns.map((c) => c.name)).toEqual([
      'Maand',
      'Leads',
      'Gekwalificeerde leads',
      'Klanten',
      'Kolom E',
      'Leads los geoptimaliseerd?',
      'Kolom G',
      'Controle',
      'Uitkomst',
    ]);
    const english = open(createRuntime({ data: sample('en_US') }));
    expect(english.view.columns[4].name).toBe('Column E');
  });

  it('saves numbers typed the Dutch way and shows them back the Dutch way', () => {
    const runtime = createRuntime({ data: sample('nl_NL') });
    const { view, locale } = open(runtime);
    const drafts = draftsOf(view);
    const leads = view.columns[1].ref.key;
    drafts[leads] = { ...drafts[leads], role: 'kpi', healthyMin: '12,5', healthyMax: '1.250' };
    const result = runtime.call('saveSidebar', [
      buildRequest(view, drafts, String(view.headerRow), locale),
      view.locale,
    ]) as SaveResult;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const saved = result.view.columns[1].saved;
    expect([saved.healthyMin, saved.healthyMax]).toEqual(['12.5', '1250']);
    const shown = localizedView(result.view, locale).columns[1].saved;
    expect([shown.healthyMin, shown.healthyMax]).toEqual(['12,5', '1250']);
    expect(translator(locale).format(result.message)).toBe('Opgeslagen.');
  });

  it('heads the colour helper columns in Dutch, as anyone who unhides the sheet reads them', () => {
    const runtime = createRuntime({ data: sample('nl_NL') });
    const { view, locale } = open(runtime);
    const drafts = draftsOf(view);
    const [leads, klanten] = [view.columns[1].ref, view.columns[3].ref];
    drafts[leads.key] = {
      ...drafts[leads.key],
      role: 'kpi',
      counterparts: [{ ref: klanten, rule: 'pace' }],
    };
    const request = buildRequest(view, drafts, String(view.headerRow), locale);
    expect((runtime.call('saveSidebar', [request, view.locale]) as SaveResult).ok).toBe(true);
    expect(runtime.workbook.getValues('KPI Guard helper', 0, 0, 1, 1)).toEqual([
      ['Leads en klanten: Leads ▸ Klanten (moet bijhouden)'],
    ]);
  });

  it('words the refusals of a save in Dutch, numbers the Dutch way', () => {
    const runtime = createRuntime({ data: sample('nl_NL') });
    const { view, locale } = open(runtime);
    const drafts = draftsOf(view);
    const leads = view.columns[1].ref.key;
    const klanten = view.columns[3].ref.key;
    drafts[leads] = { ...drafts[leads], role: 'kpi', healthyMin: '120,5', healthyMax: '90' };
    drafts[klanten] = { ...drafts[klanten], role: 'target', goal: 'vijf', baseline: '0' };
    const result = runtime.call('saveSidebar', [
      buildRequest(view, drafts, String(view.headerRow), locale),
      view.locale,
    ]) as SaveResult;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const { format } = translator(locale);
    expect(format(result.message)).toBe('Niet opgeslagen: zie de meldingen bij de velden.');
    expect(result.errors.map((e) => format(e.message))).toEqual([
      'Het gezonde minimum (120,5) ligt boven het maximum (90).',
      'Voer een getal in, zoals 12 of 0,5.',
      'Voer een datum in als JJJJ-MM-DD.',
      'Voer een datum in als JJJJ-MM-DD.',
    ]);
  });

  it('answers a save in the locale it sends back; a missing or odd one reads as English', () => {
    const runtime = createRuntime({ data: sample('nl_NL') });
    const view = runtime.call('loadSidebar') as SidebarView;
    const save = (locale?: unknown) => {
      const request = buildRequest(view, draftsOf(view), String(view.headerRow), DUTCH);
      const result = runtime.call('saveSidebar', [request, locale]) as SaveResult;
      return result.ok ? [result.view.locale, result.view.columns[4].name] : result;
    };
    expect(save(view.locale)).toEqual(['nl-NL', 'Kolom E']);
    expect(save()).toEqual(['en', 'Column E']);
    expect(save('<b>')).toEqual(['en', 'Column E']);
  });
});

describe('translation and Spreadsheet service calls', () => {
  /** Calls of opening the sidebar (menu item, first round trip) and of one save. */
  function calls(locale: string) {
    const runtime = createRuntime({ data: sample(locale), open: false });
    runtime.counter.reset();
    const { view, locale: reader } = open(runtime);
    const opening = runtime.counter.snapshot();
    const drafts = draftsOf(view);
    const leads = view.columns[1].ref.key;
    drafts[leads] = { ...drafts[leads], role: 'kpi', healthyMin: '1' };
    runtime.counter.reset();
    runtime.call('saveSidebar', [
      buildRequest(view, drafts, String(view.headerRow), reader),
      view.locale,
    ]);
    return { opening, saving: runtime.counter.snapshot() };
  }

  it('are the same in English and Dutch, call for call', () => {
    const english = calls('en_US');
    const dutch = calls('nl_NL');
    expect(dutch.opening).toEqual(english.opening);
    expect(dutch.saving).toEqual(english.saving);
  });

  it('read the locale once, in the first round trip, and not again to save', () => {
    const { opening, saving } = calls('nl_NL');
    expect(opening['Spreadsheet.getSpreadsheetLocale']).toBe(1);
    expect(saving['Spreadsheet.getSpreadsheetLocale']).toBeUndefined();
    const runtime = createRuntime({ data: sample('nl_NL') });
    runtime.counter.reset();
    runtime.call('showSidebar');
    expect(runtime.counter.get('Spreadsheet.getSpreadsheetLocale')).toBe(0);
  });
});
