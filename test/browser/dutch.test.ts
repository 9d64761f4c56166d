// The sidebar flow of the browser suite in Dutch, driven by the Dutch accessible names from
// the catalogue: a Dutch team member opens the Dutch sample (an nl_NL workbook), opens the
// sidebar from the Dutch menu, marks Leads as a KPI that Klanten should keep pace with,
// saves, reloads and finds the settings again; no English is left in what the sidebar shows.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { createRuntime } from '../../src/local/runtime/createRuntime';
import { DUTCH_SHEET, dutchSampleWorkbook } from '../../src/local/sample/index';
import { isLocal } from './chromium';
import { openPreviewPage, openSidebar, type PreviewPage, waitForPreview } from './previewPage';

let runtime: ReturnType<typeof createRuntime>;
let opened: PreviewPage;
let page: Page;
const requests: string[] = [];
let pageErrors: string[];

beforeAll(async () => {
  runtime = createRuntime({
    data: dutchSampleWorkbook(),
    userLocale: 'nl',
    now: new Date('2026-12-15T09:00:00Z'),
  });
  opened = await openPreviewPage(runtime, {
    onPage: (p) => p.on('request', (r) => requests.push(r.url())),
  });
  ({ page, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

/** Extensies ▸ KPI Guard ▸ Zijbalk openen, then wait until it has read the sheet. */
const openDutchSidebar = () => openSidebar(page, 'Rol van Maand', 'Zijbalk openen');

/** English texts that say something in words; none may show in the Dutch sidebar. */
const ENGLISH_TEXTS = Object.entries(en)
  .filter(([key, text]) => text !== nl[key as keyof typeof nl] && !key.startsWith('status.'))
  .map(([, text]) => text.split(/\{\w+\}/)[0].trim())
  .filter((start) => /[a-z]{3,} [a-z]{3,}/i.test(start));

describe('the sidebar in Dutch', () => {
  it('is on the Dutch menu, in the words of the catalogue', async () => {
    const menu = page.getByRole('button', { name: 'Extensions ▸ KPI Guard', exact: true });
    await menu.click();
    const items = await page.getByRole('menuitem').allTextContents();
    expect(items.map((i) => i.trim()).filter(Boolean)).toEqual([
      'Zijbalk openen',
      'Dashboard maken',
      'Inplannen…',
      'Peildatum bijwerken',
      'KPI Guard verwijderen…',
      'Help',
    ]);
    await menu.click(); // closes it again
  });

  it('marks Leads as a KPI that Klanten should keep pace with, saves, and finds it after a reload', async () => {
    let sidebar = await openDutchSidebar();
    expect(await sidebar.locator('html').getAttribute('lang')).toBe('nl-NL');
    const role = sidebar.getByRole('combobox', { name: 'Rol van Leads', exact: true });
    expect(await role.locator('option').allTextContents()).toEqual(['Geen', 'KPI', 'Doel', 'Tijd']);
    await role.selectOption({ label: 'KPI' });

    const direction = sidebar.getByRole('combobox', { name: 'Richting van Leads', exact: true });
    expect(await direction.locator('option').allTextContents()).toEqual([
      'Hoger is beter',
      'Lager is beter',
    ]);
    await sidebar
      .getByRole('textbox', { name: 'Gezond minimum van Leads', exact: true })
      .fill('10,5');
    await expect
      .poll(() =>
        sidebar.getByText('Een KPI die je los meet, wordt al snel een doel op zich').count(),
      )
      .toBe(1);
    const counterparts = sidebar.getByRole('group', {
      name: 'Tegenhangers van Leads',
      exact: true,
    });
    await counterparts.getByRole('checkbox', { name: 'Klanten', exact: true }).check();
    const rule = sidebar.getByRole('combobox', {
      name: 'Regel voor Klanten tegen Leads',
      exact: true,
    });
    expect(await rule.locator('option').allTextContents()).toEqual([
      'Mag niet verslechteren',
      'Moet bijhouden',
    ]);
    await rule.selectOption({ label: 'Moet bijhouden' });
    await sidebar.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => sidebar.getByRole('status').textContent()).toBe('Opgeslagen.');

    // The legend, in Dutch: on twelve months nothing is coloured yet, and it says so.
    const legend = sidebar.getByRole('region', { name: 'Los geoptimaliseerd', exact: true });
    await expect.poll(() => legend.textContent()).toContain('Geen KPI is gekleurd');
    // At a glance, in Dutch, each status word beside the identifier its formula returns.
    const glance = sidebar.getByRole('region', { name: 'In één oogopslag', exact: true });
    await expect.poll(() => glance.textContent()).toContain('Gezondheid: gezond (HEALTHY)');
    expect(await glance.textContent()).toContain('Trend: verbetert (IMPROVING)');
    expect(await sidebar.locator('.meta').textContent()).toBe(
      `Blad: ${DUTCH_SHEET} · Peildatum 15 dec 2026`,
    );
    await mkdir('test-output', { recursive: true });
    await sidebar.locator('body').evaluate(() => window.scrollTo(0, 0));
    await page.locator('#sidebar').screenshot({ path: 'test-output/sidebar-dutch.png' });
    await rule.scrollIntoViewIfNeeded();
    await page.locator('#sidebar').screenshot({ path: 'test-output/sidebar-dutch-rules.png' });

    await page.reload();
    await waitForPreview(page);
    sidebar = await openDutchSidebar();
    expect(
      await sidebar.getByRole('combobox', { name: 'Rol van Leads', exact: true }).inputValue(),
    ).toBe('kpi');
    expect(
      await sidebar
        .getByRole('textbox', { name: 'Gezond minimum van Leads', exact: true })
        .inputValue(),
    ).toBe('10,5');
    const group = sidebar.getByRole('group', { name: 'Tegenhangers van Leads', exact: true });
    expect(await group.getByRole('checkbox', { name: 'Klanten', exact: true }).isChecked()).toBe(
      true,
    );
    expect(
      await sidebar
        .getByRole('combobox', { name: 'Regel voor Klanten tegen Leads', exact: true })
        .inputValue(),
    ).toBe('pace');
    // Stored as a number, whatever the reader's decimal mark.
    expect(runtime.call('loadSidebar')).toMatchObject({
      columns: expect.arrayContaining([
        expect.objectContaining({
          name: 'Leads',
          saved: expect.objectContaining({ healthyMin: '10.5' }),
        }),
      ]),
    });
  });

  it('marks Klanten as a Doel counted as the Som over de periode, as the sheet counts it', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar
      .getByRole('combobox', { name: 'Rol van Maand', exact: true })
      .selectOption({ label: 'Tijd' });
    await sidebar
      .getByRole('combobox', { name: 'Rol van Klanten', exact: true })
      .selectOption({ label: 'Doel' });
    await sidebar.getByRole('textbox', { name: 'Doelwaarde van Klanten', exact: true }).fill('5');
    await sidebar.getByRole('textbox', { name: 'Beginwaarde van Klanten', exact: true }).fill('0');
    await sidebar.getByLabel('Begin van Klanten').fill('2026-01-01');
    await sidebar.getByLabel('Einde van Klanten').fill('2026-12-31');
    const measure = sidebar.getByRole('combobox', {
      name: 'Voortgang van Klanten telt',
      exact: true,
    });
    expect(await measure.locator('option').allTextContents()).toEqual([
      'Laatste waarde',
      'Som over de periode',
    ]);
    await measure.selectOption({ label: 'Som over de periode' });
    await sidebar.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => sidebar.getByRole('status').textContent()).toBe('Opgeslagen.');
    // The sheet's own check: I4 =TARGET_PROGRESS(SUM(D2:D13), 5), the klanten of the year.
    const [[progress]] = runtime.workbook.getValues(DUTCH_SHEET, 3, 8, 1, 1);
    const percent = Math.round(Number(progress) * 1000) / 10;
    const glance = sidebar.getByRole('region', { name: 'In één oogopslag', exact: true });
    const klanten = glance.locator('li.glance-item').filter({ hasText: 'Klanten' });
    await expect
      .poll(() => klanten.textContent())
      .toContain(`Voortgang: ${String(percent).replace('.', ',')}\u00a0%`);
  });

  it('shows no English: not in its text and not in its accessible names', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    // The app's element only: the page's script holds both catalogues.
    const shown = await sidebar.locator('#app').evaluate((app) => {
      const names = Array.from(app.querySelectorAll('[aria-label]'), (el) =>
        el.getAttribute('aria-label'),
      );
      return [app.textContent, ...names].join('\n');
    });
    expect(shown).toContain('Kolom E'); // a column without a header, named in Dutch
    expect(ENGLISH_TEXTS.length).toBeGreaterThan(50);
    expect(ENGLISH_TEXTS.filter((text) => shown.includes(text))).toEqual([]);
    for (const word of ['Column', 'Save', 'Role of', 'Counterparts', 'Health:', 'Progress']) {
      expect(shown, word).not.toContain(word);
    }
  });

  it('left the machine for nothing and threw nothing', () => {
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
