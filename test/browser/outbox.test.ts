// The change digest in the local preview, driven in headless Chromium: "Email me when
// something changes" is found by its accessible name in the sidebar's schedule section
// (greyed out while Recalculate is Off), saved with a weekly schedule; the preview's clock
// moves a week (the first run notes where things stand), the team adds three months in which
// leads are chased, the clock moves another week, and the email is in the preview's Outbox:
// subject, recipient, time and its HTML body drawn in a sandboxed frame. A screenshot goes to
// test-output/outbox.png for the report.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/local/runtime/createRuntime';
import { SidebarClient } from '../addon/sidebarClient';
import { AFTER_SLIDE, addMonths, BEFORE_SLIDE, dutchStory } from '../support/dutchStory';
import { openPreviewPage, type PreviewPage, sidebarAtSchedule } from './previewPage';

const ANNA = 'anna@example.nl';
let runtime: ReturnType<typeof createRuntime>;
let opened: PreviewPage;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  runtime = createRuntime({
    // The Dutch story's sheet in an English spreadsheet, for an English-speaking user: the
    // sidebar, and the email, in English (the Dutch email is in test/addon/digest.test.ts).
    data: { ...dutchStory(BEFORE_SLIDE), locale: 'en_US' },
    now: new Date('2026-04-05T09:00:00Z'),
    timeZone: 'Europe/Amsterdam',
    user: ANNA,
  });
  const client = new SidebarClient(runtime);
  client.edit('Maand', { role: 'time' });
  client.edit('Leads', {
    role: 'kpi',
    counterparts: [client.pair('Gekwalificeerde leads', 'pace'), client.pair('Klanten', 'pace')],
  });
  if (!client.save().ok) throw new Error('marking the story failed');
  opened = await openPreviewPage(runtime);
  ({ page, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

const outboxButton = () => page.getByRole('button', { name: /^Outbox \d+$/ });

describe('the change digest in the preview', () => {
  it('is turned on by its name in the schedule section, and its email shows in the Outbox', async () => {
    const sidebar = await sidebarAtSchedule(page);
    const digest = sidebar.getByRole('checkbox', {
      name: 'Email me when something changes',
      exact: true,
    });
    // Off: the email comes after a scheduled run, so the box waits for a schedule.
    expect(await digest.isDisabled()).toBe(true);
    expect(await sidebar.locator('#digest-hint').textContent()).toBe(
      'Choose how often to recalculate first: the email comes after a scheduled run.',
    );
    await sidebar
      .getByRole('combobox', { name: 'Recalculate', exact: true })
      .selectOption({ label: 'Weekly' });
    expect(await digest.isDisabled()).toBe(false);
    await digest.check();
    await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => sidebar.getByRole('status').textContent()).toMatch('Saved.');
    expect(await digest.isChecked()).toBe(true);
    await expect
      .poll(() => sidebar.getByText(`The emails go to ${ANNA}, who turned this on.`).count())
      .toBe(1);

    expect(await outboxButton().textContent()).toBe('Outbox 0');
    await page.getByRole('button', { name: '+1 week' }).click();
    await expect.poll(() => runtime.triggerRuns.length).toBe(1);
    // Three months later, leads have been chased while customers stayed flat.
    addMonths(runtime, BEFORE_SLIDE, AFTER_SLIDE);
    await page.getByRole('button', { name: '+1 week' }).click();
    await expect.poll(() => runtime.triggerRuns.length).toBe(2);
    expect(runtime.triggerRuns.map((r) => r.error)).toEqual([null, null]);
    await expect.poll(() => outboxButton().textContent()).toBe('Outbox 1');

    await outboxButton().click();
    const outbox = page.getByRole('region', { name: 'Outbox', exact: true });
    await expect.poll(() => outbox.isVisible()).toBe(true);
    const mail = outbox.getByRole('article');
    expect(await mail.count()).toBe(1);
    expect(await mail.getByRole('heading').textContent()).toBe(
      'KPI Guard: a change in Untitled spreadsheet',
    );
    const meta = await mail.locator('dl').textContent();
    expect(meta).toContain(ANNA);
    expect(meta).toContain(`KPI Guard <${ANNA}>`);
    expect(meta).toContain('2026-04-13 04:00 UTC');
    const frame = mail.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    const body = page.frameLocator('#outbox iframe').locator('body');
    await expect
      .poll(() => body.textContent())
      .toContain('Leads (sheet Leads en klanten, column B) is optimized in isolation');
    expect(await body.textContent()).toMatch(/Klanten per lead fell \d+ %/);
    expect(await body.getByRole('link').first().getAttribute('href')).toMatch(
      /#gid=\d+&range=B\d+:B\d+$/,
    );
    await mkdir('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/outbox.png' });

    await outbox.getByRole('button', { name: 'Close outbox' }).click();
    expect(await outbox.isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});
