// The sidebar on a big sheet: Spreadsheet calls of opening and saving on 100 and 50,000
// rows (they must be equal), the server's time to answer loadSidebar, and the time from the
// menu click to a usable sidebar in the preview (target under 1 s). Two set-ups: KPIs all
// paired (the block of marked columns is read), and one lone KPI (every column is read for
// its suggested counterparts). Opening from the menu (showSidebar, then loadSidebar in the
// locale it wrote on the page) must cost the same calls in English and Dutch.
//   npx tsx bench/sidebar.ts   (or through the bench runner)
import { pathToFileURL } from 'node:url';
import type { SidebarView } from '../src/addon/endpoints';
import { ENGLISH } from '../src/i18n/locale';
import { startPreview } from '../src/local/preview/index';
import { createRuntime, type LocalRuntime } from '../src/local/runtime/createRuntime';
import { buildRequest, draftsOf } from '../src/sidebar/drafts';
import { launchChromium } from '../test/browser/chromium';
import { BENCH_ROWS, bigWorkbook } from './preview';

const OPENS = 5;

/** A: KPI paired with B, D: a target, and with `lone`, F: a KPI with no counterpart. */
function markColumns(runtime: LocalRuntime, lone: boolean): void {
  const view = runtime.call('loadSidebar') as SidebarView;
  const drafts = draftsOf(view);
  const [a, b, , d, , f] = view.columns;
  drafts[a.ref.key] = {
    ...drafts[a.ref.key],
    role: 'kpi',
    counterparts: [{ ref: b.ref, rule: 'pace' }],
  };
  drafts[d.ref.key] = {
    ...drafts[d.ref.key],
    role: 'target',
    goal: '100',
    baseline: '0',
    start: '2024-01-01',
    end: '2024-12-31',
  };
  if (lone) drafts[f.ref.key] = { ...drafts[f.ref.key], role: 'kpi' };
  const result = runtime.call('saveSidebar', [
    buildRequest(view, drafts, String(view.headerRow), ENGLISH),
  ]);
  if (!(result as { ok: boolean }).ok) throw new Error(`bench setup: ${JSON.stringify(result)}`);
}

function calls(runtime: LocalRuntime): { open: number; save: number } {
  runtime.counter.reset();
  const view = runtime.call('loadSidebar') as SidebarView;
  const open = runtime.counter.total();
  const drafts = draftsOf(view);
  const key = view.columns[0].ref.key;
  drafts[key] = { ...drafts[key], healthyMin: String(Math.random()) };
  runtime.counter.reset();
  runtime.call('saveSidebar', [buildRequest(view, drafts, String(view.headerRow), ENGLISH)]);
  return { open, save: runtime.counter.total() };
}

/** Spreadsheet calls of the menu's Open sidebar and the sidebar's first round trip. */
function menuOpenCalls(rows: number, locale: string): number {
  const runtime = createRuntime({ data: { ...bigWorkbook(rows), locale } });
  markColumns(runtime, true);
  runtime.counter.reset();
  runtime.call('showSidebar');
  runtime.call('loadSidebar');
  return runtime.counter.total();
}

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Server time of loadSidebar and menu click → usable sidebar in Chromium, medians. */
async function openTimes(runtime: LocalRuntime): Promise<{ server: number; open: number }> {
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
    return { server: round(median(server)), open: round(median(opens)) };
  } finally {
    await browser.close();
    await preview.close();
  }
}

export async function runSidebarBench(rows = BENCH_ROWS): Promise<Record<string, number>> {
  const small = createRuntime({ data: bigWorkbook(100) });
  markColumns(small, true);
  const paired = createRuntime({ data: bigWorkbook(rows) });
  markColumns(paired, false);
  const lone = createRuntime({ data: bigWorkbook(rows) });
  markColumns(lone, true);
  const smallCalls = calls(small);
  const largeCalls = calls(lone);
  const menuEnglish = menuOpenCalls(rows, 'en_US');
  const menuDutch = menuOpenCalls(rows, 'nl_NL');
  const pairedTimes = await openTimes(paired);
  const loneTimes = await openTimes(lone);
  return {
    rows,
    callsOpen100: smallCalls.open,
    callsOpenLarge: largeCalls.open,
    callsSave100: smallCalls.save,
    callsSaveLarge: largeCalls.save,
    callsMenuOpenEnglish: menuEnglish,
    callsMenuOpenDutch: menuDutch,
    loadSidebarServerPairedMs: pairedTimes.server,
    sidebarOpenPairedMs: pairedTimes.open,
    loadSidebarServerLoneKpiMs: loneTimes.server,
    sidebarOpenLoneKpiMs: loneTimes.open,
  };
}

export function printSidebarBench(figures: Record<string, number>): void {
  console.log(
    `Sidebar, ${figures.rows.toLocaleString('en')}-row × 10-column sheet (medians of ${OPENS} opens)`,
  );
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(28)} ${value}`);
  const equal =
    figures.callsOpen100 === figures.callsOpenLarge &&
    figures.callsSave100 === figures.callsSaveLarge;
  const within = (ms: number) => (ms < 1000 ? 'ok' : 'OVER');
  const sameInDutch = figures.callsMenuOpenEnglish === figures.callsMenuOpenDutch;
  console.log(
    `  targets: Spreadsheet calls equal on 100 and ${figures.rows} rows ${equal ? 'ok' : 'GROWS'}; ` +
      `equal in English and Dutch ${sameInDutch ? 'ok' : 'DIFFER'}; ` +
      `open < 1000 ms: paired ${within(figures.sidebarOpenPairedMs)}, ` +
      `lone KPI ${within(figures.sidebarOpenLoneKpiMs)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printSidebarBench(await runSidebarBench());
}
