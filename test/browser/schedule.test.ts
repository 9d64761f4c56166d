// The schedule and the dashboard in the local preview, driven in headless Chromium: the menu's
// "Schedule…" opens the sidebar at the Recalculate select, Daily is saved, the preview's clock
// moves a day and the history sheet has its snapshot rows; Build dashboard shows the live
// dashboard (its screenshot is written to test-output/ for the report).
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_SHEET_NAME, HISTORY_SHEET_NAME } from '../../src/addon/artifacts';
import { createRuntime } from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';
import { markSample } from '../addon/markSample';
import { menu, openPreviewPage, type PreviewPage, sidebarAtSchedule } from './previewPage';

let runtime: ReturnType<typeof createRuntime>;
let opened: PreviewPage;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  runtime = createRuntime({ data: sampleWorkbook(), now: new Date('2024-12-15T09:00:00Z') });
  markSample(runtime);
  runtime.setActiveSheet('Nail factory');
  opened = await openPreviewPage(runtime);
  ({ page, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const cell = (r: number, c: number) => page.locator(`#grid-rows [data-r="${r}"][data-c="${c}"]`);
const tabs = () => page.locator('#tabs button').allTextContents();

describe('the schedule in the preview', () => {
  it('opens at Recalculate, saves Daily, and a day later the history has a snapshot', async () => {
    const sidebar = await sidebarAtSchedule(page);
    const recalculate = sidebar.getByRole('combobox', { name: 'Recalculate', exact: true });
    await expect.poll(() => recalculate.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await recalculate.locator('option').allTextContents()).toEqual([
      'Off',
      'Hourly',
      'Daily',
      'Weekly',
    ]);
    expect(await recalculate.inputValue()).toBe('off');
    const staleAfter = sidebar.getByRole('spinbutton', { name: 'Stale after', exact: true });
    expect(await staleAfter.inputValue()).toBe('3');
    await recalculate.selectOption({ label: 'Daily' });
    await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => sidebar.getByRole('status').textContent()).toMatch('Saved.');
    expect(runtime.triggers.map((t) => [t.handler, t.eventType])).toEqual([
      ['runScheduledRecalculation', 'CLOCK'],
    ]);

    expect(await tabs()).not.toContain(HISTORY_SHEET_NAME);
    await page.getByRole('button', { name: '+1 day' }).click();
    await expect.poll(() => runtime.triggerRuns.length).toBe(1);
    expect(runtime.triggerRuns[0].error).toBeNull();
    await expect.poll(tabs).toContain(HISTORY_SHEET_NAME);
    await page.locator('#tabs button', { hasText: HISTORY_SHEET_NAME }).click();
    await expect.poll(() => cell(0, 0).textContent()).toBe('Taken at');
    expect(await cell(1, 0).textContent()).toBe('2024-12-16 06:00:00');
    expect(await cell(1, 2).textContent()).toBe('Nail factory');
    expect(await cell(1, 3).textContent()).toBe('Week');
    expect(await cell(6, 3).textContent()).toBe('Customers');
    expect(await cell(7, 3).textContent()).toBe('');
  });

  it('shows the sheet’s STALE KPIs in the sidebar once runs stop seeing news', async () => {
    const sidebar = await sidebarAtSchedule(page);
    const staleAfter = sidebar.getByRole('spinbutton', { name: 'Stale after', exact: true });
    await staleAfter.fill('1');
    await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => sidebar.getByRole('status').textContent()).toMatch('Saved.');
    // The second daily run sees the same latest values as the first.
    await page.getByRole('button', { name: '+1 day' }).click();
    await expect.poll(() => runtime.triggerRuns.length).toBe(2);
    await page.locator('#tabs button', { hasText: 'Nail factory' }).click();
    await expect.poll(() => runtime.activeSheet()).toBe('Nail factory');
    const reopened = await sidebarAtSchedule(page);
    const glance = reopened.getByRole('region', { name: 'At a glance', exact: true });
    await expect
      .poll(() => glance.textContent())
      .toContain('STALE: scheduled runs without a new value: 1');
  });
});

describe('the dashboard in the preview', () => {
  it('is built from the menu and shown, live', async () => {
    await menu(page, 'Build dashboard');
    await expect.poll(tabs).toContain(DASHBOARD_SHEET_NAME);
    await expect.poll(() => runtime.activeSheet()).toBe(DASHBOARD_SHEET_NAME);
    await expect.poll(() => cell(0, 0).textContent()).toBe('Column');
    await expect.poll(() => cell(3, 0).textContent()).toBe('Average nail weight (g)');
    expect(await cell(3, 5).textContent()).toBe('UNHEALTHY');
    expect(await cell(6, 8).textContent()).toBe('OFF TRACK');
    expect(await cell(2, 11).textContent()).toBe('STALE');
    // The whole dashboard in view for the screenshot: the sidebar closed.
    await page.locator('#sidebar-close').click();
    await expect.poll(() => cell(3, 9).isVisible()).toBe(true);
    await mkdir('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/dashboard.png' });
    expect(pageErrors).toEqual([]);
  });
});
