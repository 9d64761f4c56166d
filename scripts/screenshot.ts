// `npm run screenshot`: writes docs/preview.png, the README's picture of the local preview
// (the sample's nail factory marked as a user would mark it, so its coloured rows and the
// legend show, with the sidebar open), from a fixed clock so it only changes when the page does. The browser suite stages the same view and checks it; only this script writes.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { startPreview } from '../src/local/preview/index';
import { createRuntime } from '../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../src/local/sample/index';
import { markNailFactory } from '../test/addon/markSample';
import { launchChromium } from '../test/browser/chromium';
import { buildDist } from './build';

export const SCREENSHOT_PATH = join(import.meta.dirname, '..', 'docs', 'preview.png');
/** A fixed clock keeps the picture the same from run to run. */
export const SCREENSHOT_CLOCK = new Date('2026-11-27T09:00:00Z');
export const SCREENSHOT_VIEWPORT = { width: 1400, height: 820 };

/** The README's view: the nail factory with its trend cell selected and the sidebar open. */
export async function stageScreenshot(page: Page): Promise<void> {
  await page.locator('#tabs button', { hasText: 'Nail factory' }).click();
  await page.locator('#menubar .menu > button').first().click();
  await page.locator('#menubar button[data-function="showSidebar"]').click();
  await page.waitForSelector('#sidebar:not([hidden])');
  await page.frameLocator('#sidebar-frame').locator('.columns li').nth(1).waitFor();
  await page.locator('#grid-rows [data-r="1"][data-c="8"]').click();
}

async function main(): Promise<void> {
  await buildDist();
  const runtime = createRuntime({ data: sampleWorkbook(), now: SCREENSHOT_CLOCK });
  markNailFactory(runtime);
  const preview = await startPreview({ runtime });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: SCREENSHOT_VIEWPORT });
    await page.goto(preview.url);
    await page.waitForFunction(() => window.kgPreview?.ready === true);
    await stageScreenshot(page);
    await mkdir(dirname(SCREENSHOT_PATH), { recursive: true });
    await writeFile(SCREENSHOT_PATH, await page.screenshot());
    console.log(`Wrote ${SCREENSHOT_PATH}`);
  } finally {
    await browser.close();
    await preview.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
