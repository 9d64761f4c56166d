// The browser suites' common steps: the preview served on a free loopback port, opened in
// headless Chromium and ready, and the user's ways into the add-on (its menu, its sidebar).
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Preview, startPreview } from '../../src/local/preview/index';
import type { LocalRuntime } from '../../src/local/runtime/createRuntime';
import { launchChromium } from './chromium';

/** The size the suites' pages open at unless a test needs another. */
export const PREVIEW_VIEWPORT = { width: 1400, height: 900 };

export interface PreviewPageOptions {
  viewport?: { width: number; height: number };
  /** Listeners (requests, dialogs) to attach before the page first loads. */
  onPage?: (page: Page) => void;
}

export interface PreviewPage {
  preview: Preview;
  browser: Browser;
  page: Page;
  /** Messages of the errors the page threw, in order. */
  pageErrors: string[];
  /** Closes the browser, then the preview. */
  close(): Promise<void>;
}

/** Waits until the preview page has drawn its grid and answers window.kgPreview. */
export async function waitForPreview(page: Page): Promise<void> {
  await page.waitForFunction(() => window.kgPreview?.ready === true);
}

/** A new page of `browser` on `url`, collecting the errors it throws, once it is ready. */
export async function loadPreviewPage(
  browser: Browser,
  url: string,
  options: PreviewPageOptions = {},
): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await browser.newPage({ viewport: options.viewport ?? PREVIEW_VIEWPORT });
  const pageErrors: string[] = [];
  options.onPage?.(page);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  await waitForPreview(page);
  return { page, pageErrors };
}

/**
 * Serves `runtime` in the preview and opens it in a fresh Chromium; closes both if a step fails.
 * Playwright runs in the preview's thread here, so a step that opens an alert or prompt would
 * wait for an answer nothing can click: such suites use previewProcess.ts (see dialogs.test.ts).
 */
export async function openPreviewPage(
  runtime: LocalRuntime,
  options: PreviewPageOptions = {},
): Promise<PreviewPage> {
  const preview = await startPreview({ runtime, port: 0, host: '127.0.0.1' });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const { page, pageErrors } = await loadPreviewPage(browser, preview.url, options);
    const opened = browser;
    return {
      preview,
      browser,
      page,
      pageErrors,
      close: async () => {
        await opened.close();
        await preview.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await preview.close();
    throw error;
  }
}

/** Extensions ▸ KPI Guard ▸ `item`. The preview's own menu button stays English in every locale. */
export async function menu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions ▸ KPI Guard', exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/**
 * Opens the sidebar from the menu `item` and waits until it has read the sheet: until it shows
 * the role control named `firstRole` (the first column's, e.g. "Role of Month").
 */
export async function openSidebar(
  page: Page,
  firstRole: string,
  item = 'Open sidebar',
): Promise<FrameLocator> {
  await menu(page, item);
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.getByRole('combobox', { name: firstRole, exact: true }).waitFor();
  return sidebar;
}

/** Extensions ▸ KPI Guard ▸ Schedule…, once the sidebar it opens has drawn the server's answer. */
export async function sidebarAtSchedule(page: Page): Promise<FrameLocator> {
  const sidebar = page.frameLocator('#sidebar-frame');
  // A sidebar left open by an earlier step is replaced by the one the menu opens: mark the old
  // page so nothing is typed into it before the new one has loaded (and then reset it).
  if (await page.locator('#sidebar-frame').count()) {
    await sidebar.locator('html').evaluate((html) => html.setAttribute('data-replaced', ''));
  }
  await menu(page, 'Schedule…');
  await sidebar.locator('html:not([data-replaced])').waitFor();
  const recalculate = sidebar.getByRole('combobox', { name: 'Recalculate', exact: true });
  // Focus moves to Recalculate once the server's answer has been drawn.
  await expect.poll(() => recalculate.evaluate((el) => el === document.activeElement)).toBe(true);
  return sidebar;
}
