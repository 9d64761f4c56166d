// Speed of the local preview on a big sheet: 50,000 rows × 10 columns (eight number
// columns and two formula columns). Targets: runtime + first rows visible in Chromium
// under 3 s; an edit repainted with its dependent formula under 200 ms.
//   npx tsx bench/preview.ts      (or through the bench runner: runPreviewBench())
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { startPreview } from '../src/local/preview/index';
import { createRuntime } from '../src/local/runtime/createRuntime';
import type { CellValue, WorkbookData } from '../src/local/types';
import { launchChromium } from '../test/browser/chromium';

export const BENCH_ROWS = 50_000;
const SHEET = 'Big';
const EDITS = 7;

/** Deterministic data: A–H numbers (an LCG), I = A+B, J = I*C. */
export function bigWorkbook(rows = BENCH_ROWS): WorkbookData {
  let state = 42;
  const next = (): number => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return Math.round((state / 4294967296) * 1000) / 10;
  };
  const cells: CellValue[][] = [['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'A+B', '(A+B)*C']];
  for (let r = 2; r <= rows + 1; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < 8; c++) row.push(next());
    row.push(`=A${r}+B${r}`, `=I${r}*C${r}`);
    cells.push(row);
  }
  return { sheets: [{ name: SHEET, cells }] };
}

const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Type into A{row+1} and wait until the page shows the dependent I{row+1}'s new value. */
async function timeEdit(page: Page, row: number, value: number): Promise<[number, number]> {
  const expected = await page.evaluate(
    ([r, v]) => {
      const b = document.querySelector(`#grid-rows [data-r="${r}"][data-c="1"]`)?.textContent;
      return String(Math.round((v + Number(b)) * 1e6) / 1e6);
    },
    [row, value] as const,
  );
  await page.locator(`#grid-rows [data-r="${row}"][data-c="0"]`).click();
  await page.keyboard.type(String(value));
  const start = Date.now();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([r, text]) =>
      document.querySelector(`#grid-rows [data-r="${r}"][data-c="8"]`)?.textContent === text,
    [row, expected] as const,
    { polling: 'raf' },
  );
  const wall = Date.now() - start;
  const timing = await page.evaluate(() => window.kgPreview?.lastEdit() ?? null);
  return [wall, timing ? timing.paintedAt - timing.startedAt : Number.NaN];
}

export async function runPreviewBench(rows = BENCH_ROWS): Promise<Record<string, number>> {
  const data = bigWorkbook(rows);
  const browser = await launchChromium();
  const t0 = performance.now();
  const runtime = createRuntime({ data });
  const runtimeMs = performance.now() - t0;
  const preview = await startPreview({ runtime, port: 0, host: '127.0.0.1' });
  const serverMs = performance.now() - t0 - runtimeMs;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const t1 = performance.now();
    await page.goto(preview.url);
    await page.waitForFunction(
      () => document.querySelector('#grid-rows [data-r="1"][data-c="9"]')?.textContent !== '',
      undefined,
      { polling: 'raf' },
    );
    const firstRowsMs = performance.now() - t1;

    // Jump to the middle of the sheet: the rows there must arrive as fast.
    const t2 = performance.now();
    const middle = Math.floor(rows / 2);
    await page.evaluate((r) => {
      const grid = document.getElementById('grid');
      if (grid) grid.scrollTop = r * 24;
    }, middle);
    await page.waitForFunction(
      (r) =>
        (document.querySelector(`#grid-rows [data-r="${r}"][data-c="9"]`)?.textContent ?? '') !==
        '',
      middle + 5,
      { polling: 'raf' },
    );
    const scrollMs = performance.now() - t2;
    await page.evaluate(() => {
      const grid = document.getElementById('grid');
      if (grid) grid.scrollTop = 0;
    });
    await page.waitForSelector('#grid-rows [data-r="3"]');

    const wall: number[] = [];
    const inPage: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const [w, p] = await timeEdit(page, 1 + i, 500 + i);
      wall.push(w);
      inPage.push(p);
    }
    return {
      rows,
      runtimeMs: round(runtimeMs),
      serverStartMs: round(serverMs),
      firstRowsVisibleMs: round(firstRowsMs),
      openTotalMs: round(runtimeMs + serverMs + firstRowsMs),
      scrollToMiddleMs: round(scrollMs),
      editRepaintMedianMs: round(median(inPage)),
      editRepaintMaxMs: round(Math.max(...inPage)),
      editWallClockMedianMs: round(median(wall)),
    };
  } finally {
    await browser.close();
    await preview.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await runPreviewBench();
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(24)} ${value}`);
  const open = figures.openTotalMs < 3000 ? 'ok' : 'OVER';
  const edit = figures.editRepaintMedianMs < 200 ? 'ok' : 'OVER';
  console.log(`targets: open < 3000 ms ${open}; edit → repaint < 200 ms ${edit}`);
}
