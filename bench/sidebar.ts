// The sidebar on a big sheet: Spreadsheet calls of opening and saving on 100 and 50,000
// rows (they must be equal), the server's time to answer loadSidebar, and the time from the
// menu click to a sidebar showing every column and its statuses in the preview (target
// under 1 s).   npx tsx bench/sidebar.ts   (or through the bench runner)
import { pathToFileURL } from 'node:url';
import type { SidebarView } from '../src/addon/endpoints';
import { startPreview } from '../src/local/preview/index';
import { createRuntime, type LocalRuntime } from '../src/local/runtime/createRuntime';
import { buildRequest, draftsOf } from '../src/sidebar/drafts';
import { launchChromium } from '../test/browser/chromium';
import { BENCH_ROWS, bigWorkbook } from './preview';

const OPENS = 5;

/** Marks A as a KPI paired with B, C as a lone KPI (so suggestions are computed), D a target. */
function markColumns(runtime: LocalRuntime): void {
  const view = runtime.call('loadSidebar') as SidebarView;
  const drafts = draftsOf(view);
  const [a, b, c, d] = view.columns;
  drafts[a.ref.key] = {
    ...drafts[a.ref.key],
    role: 'kpi',
    counterparts: [{ ref: b.ref, rule: 'pace' }],
  };
  drafts[c.ref.key] = { ...drafts[c.ref.key], role: 'kpi' };
  drafts[d.ref.key] = {
    ...drafts[d.ref.key],
    role: 'target',
    goal: '100',
    baseline: '0',
    start: '2024-01-01',
    end: '2024-12-31',
  };
  const result = runtime.call('saveSidebar', [buildRequest(view, drafts, String(view.headerRow))]);
  if (!(result as { ok: boolean }).ok)
    throw new Error(`bench setup failed: ${JSON.stringify(result)}`);
}

function calls(runtime: LocalRuntime): { open: number; save: number } {
  runtime.counter.reset();
  const view = runtime.call('loadSidebar') as SidebarView;
  const open = runtime.counter.total();
  const drafts = draftsOf(view);
  const key = view.columns[0].ref.key;
  drafts[key] = { ...drafts[key], healthyMin: String(Math.random()) };
  runtime.counter.reset();
  runtime.call('saveSidebar', [buildRequest(view, drafts, String(view.headerRow))]);
  return { open, save: runtime.counter.total() };
}

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runSidebarBench(rows = BENCH_ROWS): Promise<Record<string, number>> {
  const small = createRuntime({ data: bigWorkbook(100) });
  markColumns(small);
  const runtime = createRuntime({ data: bigWorkbook(rows) });
  markColumns(runtime);
  const smallCalls = calls(small);
  const largeCalls = calls(runtime);

  const server: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const t = performance.now();
    runtime.call('loadSidebar');
    server.push(performance.now() - t);
  }

  const preview = await startPreview({ runtime, port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(preview.url);
    await page.waitForFunction(() => window.kgPreview?.ready === true);
    const opens: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      await page.getByRole('button', { name: 'Extensions ▸ KPI Guard' }).click();
      const item = page.getByRole('menuitem', { name: 'Open sidebar' });
      await item.waitFor();
      const t = performance.now();
      await item.click();
      const sidebar = page.frameLocator('#sidebar-frame');
      // Every column listed and the statuses shown: the sidebar is usable.
      await sidebar.getByRole('combobox', { name: 'Role of (A+B)*C', exact: true }).waitFor();
      await sidebar.getByText('Health:', { exact: false }).first().waitFor();
      opens.push(performance.now() - t);
    }
    return {
      rows,
      callsOpen100: smallCalls.open,
      callsOpenLarge: largeCalls.open,
      callsSave100: smallCalls.save,
      callsSaveLarge: largeCalls.save,
      loadSidebarServerMedianMs: round(median(server)),
      sidebarOpenMedianMs: round(median(opens)),
      sidebarOpenMaxMs: round(Math.max(...opens)),
    };
  } finally {
    await browser.close();
    await preview.close();
  }
}

export function printSidebarBench(figures: Record<string, number>): void {
  console.log(
    `Sidebar, ${figures.rows.toLocaleString('en')}-row × 10-column sheet, 3 columns marked`,
  );
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(28)} ${value}`);
  const calls =
    figures.callsOpen100 === figures.callsOpenLarge &&
    figures.callsSave100 === figures.callsSaveLarge
      ? 'ok'
      : 'GROWS';
  const open = figures.sidebarOpenMedianMs < 1000 ? 'ok' : 'OVER';
  console.log(
    `  targets: Spreadsheet calls equal on 100 and ${figures.rows} rows ${calls}; open < 1000 ms ${open}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printSidebarBench(await runSidebarBench());
}
