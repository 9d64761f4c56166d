// The dashboard and the scheduled run on a big sheet: 20 marked columns (a Time column, 13
// KPIs of which 10 are paired, 6 targets, 3 of them summed over their period) of 50,000 rows. Reports the run's time (target
// under 5 s), the Spreadsheet calls of a build and of a run on 100 and on 50,000 rows (they
// must be equal), and the custom-function calls of a build on the sample and on 20 columns
// (at most one per marked column per function). Then the same runs with the change digest on,
// each finding news and sending its email (the worst case: the legend's sentence computed
// for every isolated KPI): their time (same 5 s budget) and calls on 100 and on 50,000 rows.
//   npx tsx bench/schedule.ts
import { pathToFileURL } from 'node:url';
import type { SidebarView } from '../src/addon/endpoints';
import { ENGLISH } from '../src/i18n/locale';
import { createRuntime, type LocalRuntime } from '../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../src/local/sample/index';
import type { CellValue } from '../src/local/types';
import { buildRequest, draftsOf } from '../src/sidebar/drafts';
import { markSample } from '../test/addon/markSample';

export const SCHEDULE_ROWS = 50_000;
const KPIS = 13;
const PAIRED = 10;
const TARGETS = 6;
const HOUR = 3_600_000;
const RUNS = 3;

/** A deterministic wiggle: the bench measures the same sheet every time. */
function series(seed: number): () => number {
  let state = seed;
  let level = 100 + seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    level += (state / 2_147_483_648 - 0.48) * 2;
    return Math.round(level * 100) / 100;
  };
}

/**
 * In the last rows, each even paired KPI is chased (up a step a row) while its partner, the
 * guardrail, falls: five KPIs optimized in isolation, whose digest lines carry the legend's
 * sentence (its costliest part).
 */
const GAMED_ROWS = 26;
const GAMED_STEP = 1.5;

function workbook(rows: number) {
  const width = KPIS + TARGETS;
  const header = ['Week', ...Array.from({ length: width }, (_, i) => `Series ${i + 1}`)];
  const next = Array.from({ length: width }, (_, i) => series(i + 1));
  const cells: CellValue[][] = [header];
  for (let r = 0; r < rows; r++) {
    const gamed = r - (rows - GAMED_ROWS) + 1;
    const values = next.map((f, i) => {
      const value = f();
      if (gamed <= 0 || i >= PAIRED) return value;
      const step = (i % 2 === 0 ? GAMED_STEP : -GAMED_STEP) * gamed;
      return Math.round((value + step) * 100) / 100;
    });
    cells.push([new Date(Date.UTC(2000, 0, 3 + 7 * r)), ...values]);
  }
  return { sheets: [{ name: 'Big', cells }] };
}

/** Marks the 20 columns through the sidebar endpoint and schedules an hourly run. */
export function marked(rows: number): LocalRuntime {
  const runtime = createRuntime({ data: workbook(rows), now: new Date('2026-03-02T10:00:00Z') });
  const view = runtime.call('loadSidebar') as SidebarView;
  const drafts = draftsOf(view);
  const [time, ...others] = view.columns;
  drafts[time.ref.key] = { ...drafts[time.ref.key], role: 'time' };
  others.slice(0, KPIS).forEach((column, i) => {
    const partner = others[i % 2 === 0 ? i + 1 : i - 1];
    drafts[column.ref.key] = {
      ...drafts[column.ref.key],
      role: 'kpi',
      counterparts: i < PAIRED ? [{ ref: partner.ref, rule: 'up' }] : [],
    };
  });
  // Half the targets count their latest value, half the sum over their period (SUMIFS over the
  // Time column in the dashboard, the Time column's dates in the run's snapshots).
  others.slice(KPIS, KPIS + TARGETS).forEach((column, i) => {
    drafts[column.ref.key] = {
      ...drafts[column.ref.key],
      role: 'target',
      goal: '200',
      baseline: '100',
      start: '2025-01-01',
      end: '2026-12-31',
      measure: i % 2 === 0 ? 'latest' : 'sum',
    };
  });
  const request = buildRequest(view, drafts, String(view.headerRow), ENGLISH, {
    recalculate: 'hourly',
    staleAfter: '3',
  });
  const result = runtime.call('saveSidebar', [request]) as { ok: boolean };
  if (!result.ok) throw new Error(`bench setup: ${JSON.stringify(result)}`);
  return runtime;
}

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

/** Turns on "Email me when something changes" through the sidebar endpoint. */
function turnOnDigest(runtime: LocalRuntime): void {
  const view = runtime.call('loadSidebar') as SidebarView;
  const request = buildRequest(view, draftsOf(view), String(view.headerRow), ENGLISH, {
    recalculate: 'hourly',
    staleAfter: '3',
    digest: true,
  });
  const result = runtime.call('saveSidebar', [request, view.locale]) as { ok: boolean };
  if (!result.ok) throw new Error(`bench digest setup: ${JSON.stringify(result)}`);
}

const SEEN = 'kpiguard.digest.seen.';
const ALL_FINE = JSON.stringify({
  v: 1,
  isolated: false,
  health: 'HEALTHY',
  stale: false,
  pace: 'ON TRACK',
});

/**
 * Makes the next run find news: what the previous run saw becomes "all fine", so every
 * isolated KPI and off-track target is a change, and the run sends its one email.
 */
function seedNews(runtime: LocalRuntime): void {
  const store = runtime.properties.document;
  for (const key of [...store.keys()]) if (key.startsWith(SEEN)) store.set(key, ALL_FINE);
}

export interface ScheduleFigures {
  rows: number;
  runMedianMs: number;
  runMs: number[];
  buildMs: number;
  buildCalls: [number, number];
  runCalls: [number, number];
  customCallsSample: Record<string, number>;
  customCalls20: Record<string, number>;
  /** With the digest on, every run sending its email. */
  digestRunMedianMs: number;
  digestRunMs: number[];
  digestRunCalls: [number, number];
  /** Lines of the last email on the big sheet, and how many of them are isolated KPIs. */
  digestLines: number;
  digestIsolated: number;
}

function callsOf(runtime: LocalRuntime, act: () => void): number {
  runtime.counter.reset();
  act();
  return runtime.counter.total();
}

export function runScheduleBench(): ScheduleFigures {
  const small = marked(100);
  const large = marked(SCHEDULE_ROWS);
  const build = (runtime: LocalRuntime) => () => runtime.call('buildDashboard');
  const run = (runtime: LocalRuntime) => () => runtime.clock.advance(HOUR);

  large.customFunctionCalls.reset();
  const started = performance.now();
  const largeBuild = callsOf(large, build(large));
  const buildMs = performance.now() - started;
  const customCalls20 = large.customFunctionCalls.snapshot();
  const smallBuild = callsOf(small, build(small));

  const runMs: number[] = [];
  let largeRun = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    largeRun = callsOf(large, run(large));
    runMs.push(performance.now() - t);
  }
  const failed = large.triggerRuns.filter((r) => r.error !== null);
  if (failed.length > 0) throw new Error(`bench run failed: ${failed[0].error}`);
  // The same state as the large sheet's measured run: not the first (which makes the sheets).
  run(small)();
  const smallRun = callsOf(small, run(small));

  // The digest on, a first run to note where things stand, then runs that each send.
  turnOnDigest(large);
  turnOnDigest(small);
  run(large)();
  run(small)();
  const digestRunMs: number[] = [];
  let largeDigestRun = 0;
  for (let i = 0; i < RUNS; i++) {
    seedNews(large);
    const t = performance.now();
    largeDigestRun = callsOf(large, run(large));
    digestRunMs.push(performance.now() - t);
  }
  const sent = large.mail.sent.length;
  if (sent !== RUNS) throw new Error(`bench: ${sent} digest emails for ${RUNS} runs`);
  const failedDigest = large.triggerRuns.filter((r) => r.error !== null);
  if (failedDigest.length > 0) throw new Error(`bench run failed: ${failedDigest[0].error}`);
  seedNews(small);
  const smallDigestRun = callsOf(small, run(small));
  if (small.mail.sent.length !== 1) throw new Error('bench: the small sheet sent no digest');
  const lastBody = large.mail.sent.at(-1)?.body ?? '';
  const digestLines = (lastBody.match(/^• /gm) ?? []).length;
  const digestIsolated = (lastBody.match(/is optimized in isolation/g) ?? []).length;

  const sample = createRuntime({ data: sampleWorkbook(), now: new Date('2024-12-15T09:00:00Z') });
  markSample(sample);
  sample.customFunctionCalls.reset();
  sample.call('buildDashboard');

  return {
    rows: SCHEDULE_ROWS,
    runMedianMs: median(runMs),
    runMs,
    buildMs,
    buildCalls: [smallBuild, largeBuild],
    runCalls: [smallRun, largeRun],
    customCallsSample: sample.customFunctionCalls.snapshot(),
    customCalls20,
    digestRunMedianMs: median(digestRunMs),
    digestRunMs,
    digestRunCalls: [smallDigestRun, largeDigestRun],
    digestLines,
    digestIsolated,
  };
}

export function printScheduleBench(f: ScheduleFigures): void {
  const rows = f.rows.toLocaleString('en');
  console.log(`Dashboard and scheduled run, 20 marked columns × ${rows} rows`);
  const run = f.runMedianMs < 5000 ? 'ok' : 'OVER';
  console.log(
    `  scheduled run              ${f.runMedianMs.toFixed(0)} ms median of ${f.runMs.map((ms) => ms.toFixed(0)).join(', ')} (target < 5000 ms) ${run}`,
  );
  console.log(`  dashboard build            ${f.buildMs.toFixed(0)} ms`);
  const equal = (pair: [number, number]) => (pair[0] === pair[1] ? 'equal ok' : 'DIFFER');
  console.log(
    `  Spreadsheet calls, build   ${f.buildCalls[0]} on 100 rows, ${f.buildCalls[1]} on ${rows} (${equal(f.buildCalls)})`,
  );
  console.log(
    `  Spreadsheet calls, run     ${f.runCalls[0]} on 100 rows, ${f.runCalls[1]} on ${rows} (${equal(f.runCalls)})`,
  );
  const digest = f.digestRunMedianMs < 5000 ? 'ok' : 'OVER';
  console.log(
    `  run with the digest        ${f.digestRunMedianMs.toFixed(0)} ms median of ${f.digestRunMs.map((ms) => ms.toFixed(0)).join(', ')}, each sending one email of ${f.digestLines} changes, ${f.digestIsolated} of them isolated KPIs with the legend's sentence (target < 5000 ms) ${digest}`,
  );
  console.log(
    `  Spreadsheet calls, digest  ${f.digestRunCalls[0]} on 100 rows, ${f.digestRunCalls[1]} on ${rows} (${equal(f.digestRunCalls)}); the digest's own: ${f.digestRunCalls[1] - f.runCalls[1]}`,
  );
  const list = (calls: Record<string, number>) =>
    Object.entries(calls)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  console.log(
    `  custom-function calls of a build, sample (3 KPIs, 1 target): ${list(f.customCallsSample)}`,
  );
  console.log(
    `  custom-function calls of a build, 20 columns (${KPIS} KPIs, ${TARGETS} targets): ${list(f.customCalls20)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printScheduleBench(runScheduleBench());
}
