// Live colours: Spreadsheet calls of a save with recolouring on 100 and 50,000 rows (they
// must be equal), its time, and custom-function calls: one per (KPI, counterpart) link,
// never per row, for the sample workbook and for 20 marked KPI columns.
//   npx tsx bench/colours.ts   (or through the bench runner)
import { pathToFileURL } from 'node:url';
import type { SaveResult, SidebarView } from '../src/addon/endpoints';
import { ENGLISH } from '../src/i18n/locale';
import { createRuntime, type LocalRuntime } from '../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../src/local/sample/index';
import type { CellValue, WorkbookData } from '../src/local/types';
import { buildRequest, type Drafts, draftsOf } from '../src/sidebar/drafts';
import { BENCH_ROWS } from './preview';

const KPIS = 20;

/** Week, then KPIS pairs of (KPI, counterpart) columns: the KPI rises, its counterpart sinks. */
function pairedWorkbook(rows: number, kpis: number): WorkbookData {
  const header: CellValue[] = ['Week'];
  for (let k = 1; k <= kpis; k++) header.push(`KPI ${k}`, `Guard ${k}`);
  const cells: CellValue[][] = [header];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [new Date(Date.UTC(2000, 0, 1 + 7 * r))];
    for (let k = 0; k < kpis; k++)
      row.push(50 + ((r * (k + 3)) % 17) + r / 100, 900 - ((r * (k + 5)) % 13));
    cells.push(row);
  }
  return { sheets: [{ name: 'Data', cells }] };
}

/** Marks each KPI with its counterpart as a guardrail, in one save (the sidebar's request). */
function markAll(runtime: LocalRuntime, kpis: number): SaveResult {
  const view = runtime.call('loadSidebar') as SidebarView;
  const drafts: Drafts = draftsOf(view);
  for (let k = 0; k < kpis; k++) {
    const kpi = view.columns[1 + 2 * k];
    const guard = view.columns[2 + 2 * k];
    drafts[kpi.ref.key] = {
      ...drafts[kpi.ref.key],
      role: 'kpi',
      counterparts: [{ ref: guard.ref, rule: 'up' }],
    };
  }
  return runtime.call('saveSidebar', [
    buildRequest(view, drafts, String(view.headerRow), ENGLISH),
  ]) as SaveResult;
}

function measure(rows: number, kpis: number) {
  const runtime = createRuntime({ data: pairedWorkbook(rows, kpis) });
  runtime.counter.reset();
  runtime.customFunctionCalls.reset();
  const start = performance.now();
  const result = markAll(runtime, kpis);
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`bench setup: ${JSON.stringify(result)}`);
  const calls = runtime.counter.total();
  // Opening the sidebar computes the legend (the detector over every watched KPI) on the server.
  const opened = performance.now();
  runtime.call('loadSidebar');
  return {
    calls,
    customFunctionCalls: runtime.customFunctionCalls.total(),
    ms: Math.round(ms),
    openMs: Math.round(performance.now() - opened),
  };
}

/** The sample: the nail factory's weight against nails and orders, leads against both. */
function sampleCalls(): { save: number; perLink: string } {
  const runtime = createRuntime({ data: sampleWorkbook() });
  runtime.customFunctionCalls.reset();
  let links = 0;
  for (const [sheet, kpi, counterparts, rule] of [
    ['Nail factory', 'Average nail weight (g)', ['Nails per week', 'Orders delivered'], 'up'],
    ['Lead funnel', 'Leads', ['Qualified leads', 'Customers'], 'pace'],
  ] as const) {
    runtime.setActiveSheet(sheet);
    const view = runtime.call('loadSidebar') as SidebarView;
    const drafts = draftsOf(view);
    const column = (name: string) => {
      const found = view.columns.find((c) => c.name === name);
      if (!found) throw new Error(`no column ${name}`);
      return found;
    };
    drafts[column(kpi).ref.key] = {
      ...drafts[column(kpi).ref.key],
      role: 'kpi',
      counterparts: counterparts.map((name) => ({ ref: column(name).ref, rule })),
    };
    runtime.call('saveSidebar', [buildRequest(view, drafts, String(view.headerRow), ENGLISH)]);
    links += counterparts.length;
  }
  return {
    save: runtime.customFunctionCalls.get('KPI_ISOLATION'),
    perLink: `${links} links`,
  };
}

export function runColoursBench(rows = BENCH_ROWS): Record<string, number | string> {
  const small = measure(100, 1);
  const large = measure(rows, 1);
  const twenty = measure(rows, KPIS);
  const sample = sampleCalls();
  return {
    rows,
    saveCalls100: small.calls,
    saveCallsLarge: large.calls,
    saveMs100: small.ms,
    saveMsLarge: large.ms,
    [`saveCalls${KPIS}KpisLarge`]: twenty.calls,
    [`saveMs${KPIS}KpisLarge`]: twenty.ms,
    [`openSidebarMs${KPIS}KpisLarge`]: twenty.openMs,
    [`customFunctionCalls${KPIS}Kpis`]: twenty.customFunctionCalls,
    customFunctionCallsSample: `${sample.save} for ${sample.perLink}`,
  };
}

export function printColoursBench(figures: Record<string, number | string>): void {
  console.log(
    `Live colours: a save with recolouring, ${Number(figures.rows).toLocaleString('en')} rows`,
  );
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(28)} ${value}`);
  const equal = figures.saveCalls100 === figures.saveCallsLarge ? 'ok' : 'GROWS';
  const perLink = figures[`customFunctionCalls${KPIS}Kpis`] === KPIS ? 'ok' : 'OVER';
  console.log(
    `  targets: Spreadsheet calls equal on 100 and ${figures.rows} rows ${equal}; one custom-function call per link ${perLink}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printColoursBench(runColoursBench());
}
