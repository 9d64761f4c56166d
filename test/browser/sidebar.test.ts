// The sidebar in the local preview, driven in headless Chromium by the accessible names the
// issue fixes as a contract: open it from the menu, mark columns, save, reload, and read the
// settings back; field messages, a stale save, suggestions and a hostile header.
import { mkdir } from 'node:fs/promises';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';
import { SidebarClient } from '../addon/sidebarClient';
import { isLocal } from './chromium';
import { openPreviewPage, openSidebar, type PreviewPage, waitForPreview } from './previewPage';

const HOSTILE = '<img src=x onerror=alert(1)>';

let runtime: ReturnType<typeof createRuntime>;
let opened: PreviewPage;
let page: Page;
const requests: { url: string; frame: string }[] = [];
let pageErrors: string[];
const dialogs: string[] = [];

beforeAll(async () => {
  runtime = createRuntime({ data: sampleWorkbook(), now: new Date('2024-12-15T09:00:00Z') });
  opened = await openPreviewPage(runtime, {
    onPage: (p) => {
      p.on('request', (r) => requests.push({ url: r.url(), frame: r.frame().url() }));
      p.on('dialog', (dialog) => {
        // Saved column settings are not in a file yet: reloading asks first, and goes ahead.
        if (dialog.type() === 'beforeunload') {
          void dialog.accept();
          return;
        }
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    },
  });
  ({ page, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

async function openTab(name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sheets' }).getByRole('button', { name }).click();
  await expect.poll(() => runtime.activeSheet()).toBe(name);
}

/** Extensions ▸ KPI Guard ▸ Open sidebar, then wait until it has read the sheet. */
const openSidebarAt = (firstColumn: string) => openSidebar(page, `Role of ${firstColumn}`);

const status = (sidebar: FrameLocator) => sidebar.getByRole('status');

async function save(sidebar: FrameLocator, expected: string | RegExp): Promise<void> {
  await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => status(sidebar).textContent()).toMatch(expected);
}

/** The text of the message a control's aria-describedby points at. */
async function describedText(
  sidebar: FrameLocator,
  control: ReturnType<FrameLocator['getByRole']>,
) {
  const id = await control.getAttribute('aria-describedby');
  if (!id) return null;
  return sidebar.locator(`[id="${id}"]`).textContent();
}

describe('marking KPIs and targets in the sidebar', () => {
  it('marks Leads as a KPI with Customers as its counterpart, saves, and reads it back after a reload', async () => {
    await openTab('Lead funnel');
    let sidebar = await openSidebarAt('Month');
    const role = sidebar.getByRole('combobox', { name: 'Role of Leads', exact: true });
    expect(await role.locator('option').allTextContents()).toEqual([
      'None',
      'KPI',
      'Target',
      'Time',
    ]);
    await role.selectOption({ label: 'KPI' });

    const direction = sidebar.getByRole('combobox', { name: 'Direction of Leads', exact: true });
    expect(await direction.locator('option').allTextContents()).toEqual([
      'Higher is better',
      'Lower is better',
    ]);
    await sidebar
      .getByRole('textbox', { name: 'Healthy minimum of Leads', exact: true })
      .fill('10');
    await expect
      .poll(() => sidebar.getByText('A KPI measured alone is the one that gets gamed').count())
      .toBe(1);
    const counterparts = sidebar.getByRole('group', { name: 'Counterparts of Leads', exact: true });
    expect(await counterparts.getByRole('checkbox').count()).toBe(8); // every other column
    await counterparts.getByRole('checkbox', { name: 'Customers', exact: true }).check();
    const rule = sidebar.getByRole('combobox', {
      name: 'Rule for Customers against Leads',
      exact: true,
    });
    expect(await rule.locator('option').allTextContents()).toEqual([
      'Must not get worse',
      'Should keep pace',
    ]);
    expect(await rule.inputValue()).toBe('guard');
    await rule.selectOption({ label: 'Should keep pace' });
    await save(sidebar, 'Saved.');
    // At a glance, computed on the server in the same round trip.
    const glance = sidebar.getByRole('region', { name: 'At a glance', exact: true });
    await expect.poll(() => glance.textContent()).toContain('Health: HEALTHY');
    expect(await glance.textContent()).toContain('Trend: IMPROVING');

    await page.reload();
    await waitForPreview(page);
    await openTab('Lead funnel');
    sidebar = await openSidebarAt('Month');
    expect(
      await sidebar.getByRole('combobox', { name: 'Role of Leads', exact: true }).inputValue(),
    ).toBe('kpi');
    expect(
      await sidebar
        .getByRole('textbox', { name: 'Healthy minimum of Leads', exact: true })
        .inputValue(),
    ).toBe('10');
    const group = sidebar.getByRole('group', { name: 'Counterparts of Leads', exact: true });
    expect(await group.getByRole('checkbox', { name: 'Customers', exact: true }).isChecked()).toBe(
      true,
    );
    expect(
      await group.getByRole('checkbox', { name: 'Qualified leads', exact: true }).isChecked(),
    ).toBe(false);
    const savedRule = sidebar.getByRole('combobox', {
      name: 'Rule for Customers against Leads',
      exact: true,
    });
    expect(await savedRule.inputValue()).toBe('pace');
  });

  it('reaches every role control and the Save button by keyboard', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('body').click({ position: { x: 5, y: 5 } });
    const reached: string[] = [];
    const frame = page.frame({ url: /\/sidebar/ });
    for (let i = 0; i < 80 && frame; i++) {
      await page.keyboard.press('Tab');
      const name = await frame.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
      });
      reached.push(name);
      if (name === 'Save') break;
    }
    for (const column of ['Month', 'Leads', 'Qualified leads', 'Customers']) {
      expect(reached).toContain(`Role of ${column}`);
    }
    expect(reached).toContain('Direction of Leads');
    expect(reached).toContain('Rule for Customers against Leads');
    expect(reached.at(-1)).toBe('Save');
  });

  it('shows each bad field its message beside it, and saves nothing', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar
      .getByRole('combobox', { name: 'Role of Qualified leads', exact: true })
      .selectOption({ label: 'Target' });
    const goal = sidebar.getByRole('textbox', { name: 'Goal of Qualified leads', exact: true });
    await goal.fill('5');
    await sidebar
      .getByRole('textbox', { name: 'Baseline of Qualified leads', exact: true })
      .fill('5');
    await sidebar.getByLabel('Start of Qualified leads').fill('2024-06-01');
    const end = sidebar.getByLabel('End of Qualified leads');
    await end.fill('2024-01-01');
    await save(sidebar, 'Not saved: see the messages beside the fields.');
    expect(await goal.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(sidebar, goal)).toContain('The goal equals the baseline (5)');
    expect(await describedText(sidebar, sidebar.getByLabel('End of Qualified leads'))).toContain(
      'The end (Jan 1, 2024) must be after the start (Jun 1, 2024).',
    );
    // Corrected, it saves, and the target shows its progress and pace.
    await goal.fill('10');
    await end.fill('2024-12-31');
    await save(sidebar, 'Saved.');
    const glance = sidebar.getByRole('region', { name: 'At a glance', exact: true });
    await expect.poll(() => glance.textContent()).toContain('Progress: 40%');
  });

  it('counts a target of customers per month as the sum over its period, once asked', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    // The article's target: 5 new customers in the year; the sheet holds them per month.
    await sidebar
      .getByRole('combobox', { name: 'Role of Month', exact: true })
      .selectOption({ label: 'Time' });
    await sidebar
      .getByRole('combobox', { name: 'Role of Customers', exact: true })
      .selectOption({ label: 'Target' });
    await sidebar.getByRole('textbox', { name: 'Goal of Customers', exact: true }).fill('5');
    await sidebar.getByRole('textbox', { name: 'Baseline of Customers', exact: true }).fill('0');
    await sidebar.getByLabel('Start of Customers').fill('2024-01-01');
    await sidebar.getByLabel('End of Customers').fill('2024-12-31');
    const measure = sidebar.getByRole('combobox', {
      name: 'Progress of Customers counts',
      exact: true,
    });
    expect(await measure.locator('option').allTextContents()).toEqual([
      'Latest value',
      'Sum over the period',
    ]);
    // A new target counts the latest value until the user says otherwise: December's 0.
    expect(await measure.inputValue()).toBe('latest');
    await save(sidebar, 'Saved.');
    const glance = sidebar.getByRole('region', { name: 'At a glance', exact: true });
    const customers = glance.locator('li.glance-item').filter({ hasText: 'Customers' });
    await expect.poll(() => customers.textContent()).toContain('Progress: 0%');

    await measure.selectOption({ label: 'Sum over the period' });
    await expect
      .poll(() =>
        sidebar
          .getByText('the rows whose Month falls from the start to the as-of date are added up')
          .count(),
      )
      .toBe(1);
    await save(sidebar, 'Saved.');
    // 3 new customers in 2024, as the sheet's own check block counts them: 60 %, off track.
    await expect.poll(() => customers.textContent()).toContain('Progress: 60%');
    expect(await customers.textContent()).toContain('Pace: OFF TRACK');
    expect(await measure.inputValue()).toBe('sum');
    await mkdir('test-output', { recursive: true });
    await measure.scrollIntoViewIfNeeded();
    await page.locator('#sidebar').screenshot({ path: 'test-output/sidebar-target-measure.png' });
  });

  it('refuses a save from a stale view with "Reload", and reloads to the newer settings', async () => {
    const sidebar = page.frameLocator('#sidebar-frame');
    // Another window saves Leads meanwhile.
    const other = new SidebarClient(runtime);
    other.edit('Leads', { healthyMax: '500' });
    expect(other.save().ok).toBe(true);
    await sidebar
      .getByRole('combobox', { name: 'Direction of Leads', exact: true })
      .selectOption({ label: 'Lower is better' });
    await save(sidebar, /Leads was changed in another window.*Reload/);
    await sidebar.getByRole('button', { name: 'Reload', exact: true }).click();
    const max = sidebar.getByRole('textbox', { name: 'Healthy maximum of Leads', exact: true });
    await expect.poll(() => max.inputValue()).toBe('500');
    expect(
      await sidebar.getByRole('combobox', { name: 'Direction of Leads', exact: true }).inputValue(),
    ).toBe('up');
  });

  it('suggests counterparts for a lone KPI and pairs one with a click', async () => {
    await openTab('Nail factory');
    const sidebar = await openSidebarAt('Week');
    const weight = 'Average nail weight (g)';
    await sidebar
      .getByRole('combobox', { name: `Role of ${weight}` })
      .selectOption({ label: 'KPI' });
    await expect
      .poll(() =>
        sidebar
          .getByText(`Save to see which columns fell behind while ${weight} improved.`)
          .count(),
      )
      .toBe(1);
    await save(sidebar, 'Saved.');
    const pair = sidebar.getByRole('button', { name: /^Pair with / });
    await expect
      .poll(() => pair.allTextContents())
      .toEqual(['Pair with Nails per week', 'Pair with Orders delivered']);
    await mkdir('test-output', { recursive: true });
    await pair.last().scrollIntoViewIfNeeded();
    await page.locator('#sidebar').screenshot({ path: 'test-output/sidebar-suggestions.png' });
    await pair.first().click();
    const group = sidebar.getByRole('group', { name: `Counterparts of ${weight}` });
    expect(
      await group.getByRole('checkbox', { name: 'Nails per week', exact: true }).isChecked(),
    ).toBe(true);
    const rule = sidebar.getByRole('combobox', {
      name: `Rule for Nails per week against ${weight}`,
    });
    expect(await rule.inputValue()).toBe('guard');
    await save(sidebar, 'Saved.');
    await sidebar.locator('body').evaluate(() => window.scrollTo(0, 0));
    await page.locator('#sidebar').screenshot({ path: 'test-output/sidebar.png' });
  });

  it('shows a hostile header as text in the list, the warnings and the suggestions, running nothing', async () => {
    runtime.workbook.setValues('Lead funnel', 0, 2, [[HOSTILE]]); // was "Qualified leads"
    await openTab('Lead funnel');
    const sidebar = await openSidebarAt('Month');
    await sidebar
      .getByRole('combobox', { name: `Role of ${HOSTILE}` })
      .selectOption({ label: 'KPI' });
    const leads = sidebar.getByRole('group', { name: 'Counterparts of Leads', exact: true });
    await leads.getByRole('checkbox', { name: 'Customers', exact: true }).uncheck();
    await save(sidebar, 'Saved.');
    // Leads, alone again, gets the hostile column suggested; the hostile KPI gets its warning.
    await sidebar.getByRole('button', { name: `Pair with ${HOSTILE}` }).waitFor();
    await expect
      .poll(() =>
        sidebar.getByText(`Pair ${HOSTILE} with what it should serve.`, { exact: false }).count(),
      )
      .toBe(1);
    const text = await sidebar.locator('body').textContent();
    expect(text).toContain(HOSTILE);
    expect(await sidebar.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('made no request but google.script.run from the sidebar, and threw no page errors', () => {
    const fromSidebar = requests.filter((r) => r.frame.includes('/sidebar'));
    expect(fromSidebar.length).toBeGreaterThan(3);
    for (const { url } of fromSidebar) {
      const { pathname } = new URL(url);
      expect(pathname).toMatch(/^\/(?:sidebar|api\/run\/(?:loadSidebar|saveSidebar))$/);
    }
    expect(requests.filter((r) => !isLocal(r.url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
