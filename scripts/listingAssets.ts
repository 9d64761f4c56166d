// `npm run listing-assets`: the Google Workspace Marketplace listing's graphics, made from
// the committed icon (docs/listing/icon.svg) and from the real preview on the sample
// workbook with a fixed clock, in headless Chromium. Re-run it whenever the sidebar or the
// sample changes; it overwrites docs/listing/*.png.
//
// Sizes, from Google's "Create a store listing" page
// (developers.google.com/workspace/marketplace/create-listing), Graphic assets: application
// icons 128×128 and 32×32 (48×48 and 96×96 optional), an application card banner 220×140,
// and at least one screenshot, 1280×800.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { DASHBOARD_SHEET_NAME } from '../src/addon/artifacts';
import { startPreview } from '../src/local/preview/index';
import { createRuntime } from '../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../src/local/sample/index';
import { markSample } from '../test/addon/markSample';
import { launchChromium } from '../test/browser/chromium';

const root = join(fileURLToPath(import.meta.url), '..', '..');
export const LISTING_DIR = join(root, 'docs', 'listing');
export const ICON_SIZES = [32, 48, 96, 128] as const;
export const BANNER = { width: 220, height: 140 } as const;
export const SCREENSHOT = { width: 1280, height: 800 } as const;
/**
 * A fixed clock in the sample's own December, so the pictures do not change from run to run and
 * the target reads as a team would see it mid-period (OFF TRACK, not long MISSED).
 */
const NOW = new Date('2024-12-15T09:00:00Z');

async function renderIcons(browser: Browser, svg: string): Promise<string[]> {
  const written: string[] = [];
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
    const path = join(LISTING_DIR, `icon-${size}.png`);
    await page.screenshot({ path, omitBackground: true });
    await page.close();
    written.push(path);
  }
  return written;
}

async function renderBanner(browser: Browser, svg: string): Promise<string> {
  const page = await browser.newPage({ viewport: BANNER });
  const icon = svg.replace('<svg ', '<svg width="72" height="72" ');
  await page.setContent(`<body style="margin:0">
    <div style="width:220px;height:140px;box-sizing:border-box;padding:16px;background:#1f4e9c;
      color:#fff;font-family:'DejaVu Sans',Arial,sans-serif;display:flex;flex-direction:column;
      justify-content:center;gap:10px">
      <div style="display:flex;align-items:center;gap:12px">${icon}
        <div style="font-size:24px;font-weight:bold;line-height:1.1">KPI<br>Guard</div></div>
      <div style="font-size:11px;line-height:1.3">Catches a KPI optimized at the expense of what it should serve</div>
    </div></body>`);
  const path = join(LISTING_DIR, 'banner-220x140.png');
  await page.screenshot({ path });
  await page.close();
  return path;
}

/** Opens (or reopens) the sidebar from the add-on menu, so it shows the active sheet. */
async function openSidebar(page: Page, sheet: string): Promise<void> {
  await page.locator('#menubar .menu > button').first().click();
  await page.locator('#menubar button[data-function="showSidebar"]').click();
  await page.waitForSelector('#sidebar:not([hidden])');
  await page.frameLocator('#sidebar-frame').getByText(sheet).first().waitFor();
}

/** The header in A1 of each sheet shown, to know the tab's grid has been drawn. */
const FIRST_HEADER: Record<string, string> = {
  'Nail factory': 'Week',
  'Lead funnel': 'Month',
  [DASHBOARD_SHEET_NAME]: 'Column',
};

async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('#tabs button', { hasText: name }).click();
  await page.waitForFunction(
    (first) => document.querySelector('#grid-rows [data-r="0"][data-c="0"]')?.textContent === first,
    FIRST_HEADER[name],
  );
}

async function renderScreenshots(browser: Browser): Promise<string[]> {
  // Marked as a user marks it, so the pictures show coloured rows, the legend and the dashboard.
  const runtime = createRuntime({ data: sampleWorkbook(), now: NOW });
  markSample(runtime);
  runtime.call('buildDashboard');
  runtime.setActiveSheet('Nail factory');
  const preview = await startPreview({ runtime, port: 0, host: '127.0.0.1' });
  try {
    const page = await browser.newPage({ viewport: SCREENSHOT });
    await page.goto(preview.url);
    await page.waitForFunction(() => window.kgPreview?.ready === true);
    // The dashboard's toast, shown as the page opens, is gone before the first picture.
    await page.waitForFunction(() => document.querySelector('#notices .notice') === null, null, {
      timeout: 15_000,
    });
    const shots: [string, string, string][] = [
      // [sheet, cell to select (its formula shows in the bar), file]
      ['Nail factory', '#grid-rows [data-r="1"][data-c="5"]', 'screenshot-1-nail-factory.png'],
      ['Lead funnel', '#grid-rows [data-r="1"][data-c="5"]', 'screenshot-2-lead-funnel.png'],
    ];
    const written: string[] = [];
    for (const [sheet, cell, file] of shots) {
      await openTab(page, sheet);
      await openSidebar(page, sheet);
      await page.locator(cell).click();
      const path = join(LISTING_DIR, file);
      await page.screenshot({ path });
      written.push(path);
    }
    // The dashboard, whole: the sidebar closed.
    await openTab(page, DASHBOARD_SHEET_NAME);
    await page.locator('#sidebar-close').click();
    const dashboard = join(LISTING_DIR, 'screenshot-3-dashboard.png');
    await page.screenshot({ path: dashboard });
    written.push(dashboard);
    return written;
  } finally {
    await preview.close();
  }
}

export async function writeListingAssets(): Promise<string[]> {
  await mkdir(LISTING_DIR, { recursive: true });
  const svg = await readFile(join(LISTING_DIR, 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    return [
      ...(await renderIcons(browser, svg)),
      await renderBanner(browser, svg),
      ...(await renderScreenshots(browser)),
    ];
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await writeListingAssets();
  for (const path of written) console.log(`wrote ${path.slice(root.length + 1)}`);
}
