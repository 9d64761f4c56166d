// Live colours and the legend in the local preview, in headless Chromium, by the sidebar's
// accessible names: mark the lead funnel (customers should keep pace with leads), see the
// coloured rows in the grid and the legend's sentence, and click the sentence to select the
// rows it is about.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARNING_BACKGROUND } from '../../src/addon/colours/rules';
import { createRuntime, type LocalRuntime } from '../../src/local/runtime/createRuntime';
import { seedWorkbook } from '../support/seedStories';
import { openPreviewPage, openSidebar, type PreviewPage } from './previewPage';

let runtime: LocalRuntime;
let opened: PreviewPage;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  runtime = createRuntime({ data: seedWorkbook(), now: new Date('2024-12-15T09:00:00Z') });
  opened = await openPreviewPage(runtime);
  ({ page, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

/** "#f4cccc" as the browser reports a computed colour. */
const WARNING_RGB = `rgb(${[1, 3, 5].map((i) => Number.parseInt(WARNING_BACKGROUND.slice(i, i + 2), 16)).join(', ')})`;

/** Sheet rows (1-based) whose cell in column `c` (0-based) the grid paints with the warning. */
async function warnedRows(c: number): Promise<number[]> {
  return page.evaluate(
    ({ column, colour }) =>
      Array.from(document.querySelectorAll<HTMLElement>(`#grid-rows .cell[data-c="${column}"]`))
        .filter((cell) => getComputedStyle(cell).backgroundColor === colour)
        .map((cell) => Number(cell.dataset.r) + 1),
    { column: c, colour: WARNING_RGB },
  );
}

describe('colours and the legend in the preview', () => {
  it('colours the leads that customers did not keep pace with, and says so in words', async () => {
    await page
      .getByRole('navigation', { name: 'Sheets' })
      .getByRole('button', { name: 'Lead funnel' })
      .click();
    await expect.poll(() => runtime.activeSheet()).toBe('Lead funnel');
    const sidebar = await openSidebar(page, 'Role of Month');
    await sidebar
      .getByRole('combobox', { name: 'Role of Month', exact: true })
      .selectOption({ label: 'Time' });
    await sidebar
      .getByRole('combobox', { name: 'Role of Leads', exact: true })
      .selectOption({ label: 'KPI' });
    await sidebar
      .getByRole('group', { name: 'Counterparts of Leads', exact: true })
      .getByRole('checkbox', { name: 'Customers', exact: true })
      .check();
    await sidebar
      .getByRole('combobox', { name: 'Rule for Customers against Leads', exact: true })
      .selectOption({ label: 'Should keep pace' });
    await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => sidebar.getByRole('status').textContent()).toMatch('Saved.');

    // The grid shows the rows the sheet's rule colours, and only in the Leads column.
    const expected = runtime
      .effectiveBackgrounds('Lead funnel', 0, 1, 25, 1)
      .flatMap((line, i) => (line[0] === WARNING_BACKGROUND ? [i + 1] : []));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => warnedRows(1)).toEqual(expected);
    expect(await warnedRows(3)).toEqual([]);
    await mkdir('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/colours-marked.png' });

    // The legend names Leads first, above the columns, in words.
    const legend = sidebar.getByRole('region', { name: 'Optimized in isolation', exact: true });
    await expect.poll(() => legend.textContent()).toContain('Leads (column B): coloured on');
    const sentence = legend.getByRole('button', { name: /^Leads rose \d+ % from/ });
    expect(await sentence.textContent()).toMatch(
      /^Leads rose \d+ % from 1 \w{3} to 1 \w{3} 2024 while Customers per lead fell \d+ %\.$/,
    );
    const order = await sidebar.locator('h2').allTextContents();
    expect(order.indexOf('Optimized in isolation')).toBeLessThan(order.indexOf('Columns'));
  });

  it('selects the rows a sentence is about when it is clicked, in the grid and for the add-on', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    const legend = sidebar.getByRole('region', { name: 'Optimized in isolation', exact: true });
    // Somewhere else first, as a user would be.
    await page.locator('#grid-rows .cell[data-r="0"][data-c="3"]').click();
    await expect.poll(() => runtime.selection().a1).toBe('D1');
    await legend.getByRole('button', { name: /^Leads rose/ }).click();
    const coloured = await warnedRows(1);
    const a1 = `B${coloured[0]}${coloured.length > 1 ? `:B${coloured.at(-1)}` : ''}`;
    await expect.poll(() => runtime.selection().a1).toBe(a1);
    await expect.poll(() => page.getByLabel('Selected cell').textContent()).toBe(a1);
    const selected = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLElement>('#grid-rows .cell[aria-selected="true"]'),
      ).map((cell) => Number(cell.dataset.r) + 1),
    );
    expect(selected).toEqual(coloured.length > 1 ? coloured : []);
    await expect.poll(() => sidebar.getByRole('status').textContent()).toContain(`Selected ${a1}`);
    await mkdir('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/colours.png' });
  });

  it('follows a selection on another tab: the grid switches to it', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    await page
      .getByRole('navigation', { name: 'Sheets' })
      .getByRole('button', { name: 'Nail factory' })
      .click();
    await expect.poll(() => runtime.activeSheet()).toBe('Nail factory');
    // The sidebar still shows the lead funnel; its link takes the user back there.
    await sidebar
      .getByRole('region', { name: 'Optimized in isolation', exact: true })
      .getByRole('button', { name: /^Leads rose/ })
      .click();
    await expect.poll(() => runtime.activeSheet()).toBe('Lead funnel');
    await expect
      .poll(() => page.locator('#tabs button[aria-current="page"]').textContent())
      .toBe('Lead funnel');
    await expect.poll(() => warnedRows(1)).not.toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
