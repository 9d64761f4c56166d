// The preview on a team's own file, in headless Chromium: the sidebar is open from the start,
// currency typed into the grid stays currency, Save writes the edits back to the opened file,
// leaving with unsaved edits asks once, and an error cell's message shows in the status line.
// What the add-on keeps outside the cells (the as-of date's hidden sheet and named range) is an
// unsaved change too: an XLSX keeps it; for a CSV the page says what Save leaves out.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile, writeWorkbookFile } from '../../src/local/io/index';
import { type Preview, startPreview } from '../../src/local/preview/index';
import { createRuntime } from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';
import { launchChromium } from './chromium';
import { loadPreviewPage, menu, waitForPreview } from './previewPage';

let dir: string;
let browser: Browser;
const previews: Preview[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-guard-save-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(previews.map((p) => p.close()));
  await rm(dir, { recursive: true, force: true });
});

/** The preview as `npm start -- FILE` serves it: opened file as Save target, sidebar open. */
async function openFile(name: string, content: string): Promise<{ page: Page; path: string }> {
  const path = join(dir, name);
  await writeFile(path, content);
  const data = await readWorkbookFile(path);
  const runtime = createRuntime({ data, now: new Date('2026-11-27T09:00:00Z') });
  const preview = await startPreview({
    runtime,
    save: { path, opened: true, sheet: data.sheets[0].name },
    notes: data.notes,
    openSidebar: 'showSidebar',
  });
  previews.push(preview);
  return { page: await load(preview), path };
}

async function load(preview: Preview): Promise<Page> {
  const { page } = await loadPreviewPage(browser, preview.url, {
    viewport: { width: 1400, height: 820 },
  });
  return page;
}

const cell = (page: Page, r: number, c: number) =>
  page.locator(`#grid-rows [data-r="${r}"][data-c="${c}"]`);

async function typeInto(page: Page, r: number, c: number, text: string): Promise<void> {
  await cell(page, r, c).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

const SALES = 'Week,Revenue,Margin\n2026-01-05,"$42,820",12%\n2026-01-12,"$40,115",9.5%\n';

describe('Save in the preview', () => {
  let page: Page;
  let path: string;

  beforeAll(async () => {
    ({ page, path } = await openFile('sales.csv', SALES));
  });

  it('opens with the sidebar showing, the grid showing currency as it was written', async () => {
    await expect.poll(() => page.locator('#sidebar').isHidden()).toBe(false);
    const sidebar = page.frameLocator('#sidebar-frame');
    await expect.poll(() => sidebar.locator('h1').textContent()).toBe('KPI Guard');
    expect(await cell(page, 1, 1).textContent()).toBe('$42,820');
    expect(await cell(page, 2, 2).textContent()).toBe('9.50%');
    expect(await page.textContent('#file-name')).toBe('sales.csv');
  });

  it('reads currency typed into the grid as a number with its format', async () => {
    await typeInto(page, 2, 1, '$41,000');
    await expect.poll(() => cell(page, 2, 1).textContent()).toBe('$41,000');
    await typeInto(page, 3, 1, '=B2+B3');
    await expect.poll(() => cell(page, 3, 1).textContent()).toBe('83820');
    await expect.poll(() => page.textContent('#file-name')).toBe('sales.csv · unsaved edits');
  });

  // Leaving the page (closing the tab, reloading, navigating away) fires beforeunload; headless
  // Chromium skips it on a tab close, so a reload stands in for the close here.
  it('warns once when the page is left with unsaved edits, and staying keeps them', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss(); // stay on the page
    });
    void page.evaluate(() => location.reload()).catch(() => {});
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    page.removeAllListeners('dialog');
    expect(await cell(page, 2, 1).textContent()).toBe('$41,000');
    expect(await page.textContent('#file-name')).toBe('sales.csv · unsaved edits');
  });

  it('writes the edits back to the opened file, keeping the original aside', async () => {
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.textContent('#status')).toContain('Saved sales.csv');
    expect(await page.textContent('#file-name')).toBe('sales.csv');
    expect(await readFile(path, 'utf8')).toBe(
      'Week,Revenue,Margin\n2026-01-05,"$42,820",12%\n2026-01-12,"$41,000",9.50%\n,=B2+B3,\n',
    );
    expect(await readFile(join(dir, 'sales.backup.csv'), 'utf8')).toBe(SALES);
  });

  it('shows an error cell’s message in the status line as well as in the tooltip', async () => {
    await typeInto(page, 1, 4, '=KPI_TREND(B2:B3, "sideways")');
    const target = cell(page, 1, 4);
    await expect.poll(() => target.getAttribute('title')).toMatch(/^KPI_TREND/);
    await target.click();
    const message = await target.getAttribute('title');
    await expect.poll(() => page.textContent('#status')).toContain(`E2: ${message}`);
    await cell(page, 1, 0).click();
    await expect.poll(() => page.textContent('#status')).not.toContain('KPI_TREND');
  });

  it('saved with Ctrl+S, the page is left without asking', async () => {
    await expect.poll(() => page.textContent('#file-name')).toBe('sales.csv · unsaved edits');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.textContent('#file-name')).toBe('sales.csv');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    await waitForPreview(page);
    expect(dialogs).toEqual([]);
    expect(await cell(page, 1, 4).getAttribute('title')).toMatch(/^KPI_TREND/);
    await page.close();
  });
});

describe('Save and what the add-on keeps outside the cells', () => {
  const LEADS = 'Month,Leads\n2026-01-01,20\n2026-02-01,40\n';
  const refreshAsOf = (page: Page) => menu(page, 'Refresh as-of date');

  it('an XLSX: the as-of date is an unsaved change until Save writes it with its hidden sheet', async () => {
    const path = join(dir, 'leads.xlsx');
    await writeWorkbookFile(
      path,
      await readWorkbookFile(await writeFileAt('leads-src.csv', LEADS)),
    );
    const data = await readWorkbookFile(path);
    const runtime = createRuntime({ data, now: new Date('2026-11-27T09:00:00Z') });
    const preview = await startPreview({ runtime, save: { path, opened: true } });
    previews.push(preview);
    const page = await load(preview);
    await refreshAsOf(page);
    await expect.poll(() => page.textContent('#file-name')).toBe('leads.xlsx · unsaved edits');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.textContent('#status')).toMatch(/^Saved leads\.xlsx · Clock/);
    expect(await page.textContent('#file-name')).toBe('leads.xlsx');
    const saved = await readWorkbookFile(path);
    expect(saved.document?.namedRanges.map((n) => n.name)).toEqual(['KPIGUARD_AS_OF']);
    expect(saved.document?.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['leads-src', false],
      ['KPI Guard settings', true],
    ]);
    await page.close();
  });

  it('a CSV: says above the grid, and again on saving, what the CSV leaves out', async () => {
    const { page, path } = await openFile('leads.csv', LEADS);
    expect(await page.textContent('#file-notes')).toBe('');
    await refreshAsOf(page);
    const lost = 'the sheet "KPI Guard settings" and the named range KPIGUARD_AS_OF';
    await expect
      .poll(() => page.textContent('#file-notes'))
      .toBe(
        `leads.csv holds only the cells of "leads": Save leaves out ${lost}. To keep them, start the preview with --save leads.xlsx.`,
      );
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.textContent('#status'))
      .toContain(
        `Saved leads.csv, its cells only: a CSV cannot hold ${lost}. To keep them, save as .xlsx: start the preview with --save leads.xlsx.`,
      );
    expect(await readFile(path, 'utf8')).toBe(LEADS);
    await page.close();
  });
});

async function writeFileAt(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('reading notes and the sample', () => {
  it('shows how an ambiguous Dutch CSV was read, with its numbers the Dutch way', async () => {
    const { page } = await openFile('maand.csv', 'Maand;Leads\n03-02-2026;1.234\n');
    await expect
      .poll(() => page.textContent('#file-notes'))
      .toBe(
        'maand.csv: read as Dutch (decimal comma, day-first dates); use --locale en for the other reading',
      );
    expect(await cell(page, 1, 0).textContent()).toBe('03-02-2026');
    expect(await cell(page, 1, 1).textContent()).toBe('1.234');
    await page.close();
  });

  it('says where to save when the sample has no file, and keeps the edits', async () => {
    const runtime = createRuntime({ data: sampleWorkbook() });
    const preview = await startPreview({ runtime, openSidebar: 'showSidebar' });
    previews.push(preview);
    const page = await load(preview);
    await typeInto(page, 1, 1, '1,500');
    await expect.poll(() => cell(page, 1, 1).textContent()).toBe('1,500');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.textContent('#status'))
      .toContain('The sample workbook has no file to save to');
    expect(await page.textContent('#file-name')).toBe('sample workbook · unsaved edits');
    await mkdir('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/preview-save.png' });
    await page.close();
  });
});
