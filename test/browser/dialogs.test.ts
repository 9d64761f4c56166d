// The add-on's alerts in the preview are real questions, as in Sheets: Remove KPI Guard… asks
// first and removes nothing on "No"; on "Yes" it asks about the history, which "No" keeps.
// The script waits for the answer (the page answers through the dialog worker), and Escape
// closes a dialog as its close box does. The preview runs in another process: while a script
// waits, its thread is blocked, and Playwright must keep running to click the answer.
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HELPER_SHEET_NAME,
  HISTORY_SHEET_NAME,
  SETTINGS_SHEET_NAME,
} from '../../src/addon/artifacts';
import { launchChromium } from './chromium';
import { loadPreviewPage, menu } from './previewPage';
import { type PreviewProcess, startPreviewProcess } from './previewProcess';

// The marked sample with a history, served from its own process (dialogHost.ts).
let host: PreviewProcess;
let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  host = await startPreviewProcess('test/browser/dialogHost.ts');
  browser = await launchChromium();
  ({ page, pageErrors } = await loadPreviewPage(browser, host.url));
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** The open question, found as a user finds it: a dialog named by its title. */
const question = (title: string) => page.getByRole('dialog', { name: title, exact: true });

/** Waits for the status line to say the menu item's run ended (the script got its answer). */
async function ran(functionName: string): Promise<void> {
  await expect.poll(() => page.locator('#status').textContent()).toContain(`Ran ${functionName}`);
}

describe('Remove KPI Guard… in the preview', () => {
  it('asks first, and "No" removes nothing', async () => {
    const before = await host.state();
    expect(before.sheets).toContain(HISTORY_SHEET_NAME);
    expect(before.markings).toBeGreaterThan(3);

    await menu(page, 'Remove KPI Guard…');
    const dialog = question('Remove KPI Guard');
    await dialog.waitFor();
    await expect
      .poll(() => dialog.textContent())
      .toContain('Remove everything KPI Guard added to this spreadsheet?');
    await mkdir('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/remove-dialog.png' });
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['×', 'Yes', 'No']);

    await dialog.getByRole('button', { name: 'No', exact: true }).click();
    await ran('removeKpiGuard');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const after = await host.state();
    expect(after.answers).toEqual(['Remove KPI Guard: NO']);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.sheets).toContain(HELPER_SHEET_NAME);
    expect(after.markings).toBe(before.markings);
    await page.getByText('Nothing was removed.').waitFor();
  });

  it('"Yes", then "No" for the history: the settings go, the history stays', async () => {
    await menu(page, 'Remove KPI Guard…');
    await question('Remove KPI Guard').getByRole('button', { name: 'Yes', exact: true }).click();
    const history = question('Keep the history?');
    await history.waitFor();
    expect(await history.textContent()).toContain(`The sheet "${HISTORY_SHEET_NAME}" holds`);
    await history.getByRole('button', { name: 'No', exact: true }).click();
    await ran('removeKpiGuard');

    const { answers, sheets, markings } = await host.state();
    expect(answers.slice(1)).toEqual(['Remove KPI Guard: YES', 'Keep the history?: NO']);
    expect(sheets).toContain(HISTORY_SHEET_NAME);
    expect(sheets).not.toContain(HELPER_SHEET_NAME);
    expect(sheets).not.toContain(SETTINGS_SHEET_NAME);
    expect(markings).toBe(0);
    await page.getByText(`the sheet "${HISTORY_SHEET_NAME}" was kept`).waitFor();
  });

  it('Help shows its text until the user closes it with Escape', async () => {
    await menu(page, 'Help');
    const help = question('KPI Guard');
    await help.waitFor();
    expect(await help.getByRole('button').allTextContents()).toEqual(['×', 'OK']);
    await page.keyboard.press('Escape');
    await ran('showHelp');
    const { answers, warnings } = await host.state();
    expect(answers.at(-1)).toBe('KPI Guard: CLOSE');
    expect(warnings).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
