// `npm run bench`: speed figures for the issues' targets, printed as tables. A benchmark,
// not a test: it reports and marks targets, it does not fail.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { loadDistContext } from '../src/local/runtime/loadDist';
import { printColoursBench, runColoursBench } from './colours';
import { runFilesBench } from './files';
import { benchFunctions, type Row } from './functions';
import { runPreviewBench } from './preview';
import { printScheduleBench, runScheduleBench } from './schedule';
import { printSidebarBench, runSidebarBench } from './sidebar';

const DIST = join(import.meta.dirname, '..', 'dist');
const TARGETS_MS: Record<string, number> = {
  TARGET_PROGRESS: 100,
  'KPI_TREND (whole series)': 200,
  KPI_HEALTH: 100,
  'KPI_ISOLATION (3 counterparts, window 52)': 500,
  'KPI_ISOLATION (same, KPI rising throughout)': 500,
  'n·w floor (trailing MK, window 52, 4 columns)': Number.POSITIVE_INFINITY,
};

const fmt = (ms: number | undefined) => (ms === undefined ? '—' : `${ms.toFixed(1)} ms`);

function functionsTable(): void {
  // The raw vm scope, without the host bridge's copying: Sheets hands arrays to the script
  // natively, so the figures are the add-on's own cost.
  const context = loadDistContext({ distDir: DIST, globals: {} });
  const scope = new Proxy({}, { get: (_, name) => context.global(String(name)) });
  const small = benchFunctions(scope, 10_000, false);
  const large = benchFunctions(scope, 100_000, true);
  console.log('Custom functions through the built stubs (median of runs), 10,000 → 100,000 rows');
  console.log(
    `${'function'.padEnd(44)}${'10k'.padStart(10)}${'100k'.padStart(10)}${'growth'.padStart(8)}  target   baseline (100k)`,
  );
  large.forEach((row: Row, i) => {
    const growth = row.ms / small[i].ms;
    const target = TARGETS_MS[row.name];
    // The floor is a reference, not a function: no target of its own.
    const verdict = !Number.isFinite(target)
      ? ''
      : row.ms <= target && growth <= 15
        ? 'ok'
        : 'OVER';
    const baseline = row.baseline ? `${fmt(row.baselineMs)} (${row.baseline})` : '—';
    console.log(
      `${row.name.padEnd(44)}${fmt(small[i].ms).padStart(10)}${fmt(row.ms).padStart(10)}${`${growth.toFixed(1)}×`.padStart(8)}  ${Number.isFinite(target) ? `≤${target}` : '—'} ${verdict.padEnd(4)} ${baseline}`,
    );
  });
  const floor = large.find((row) => row.name.startsWith('n·w floor'));
  for (const isolation of large.filter((row) => row.name.startsWith('KPI_ISOLATION'))) {
    if (!floor) break;
    const ratio = isolation.ms / floor.ms;
    console.log(
      `${isolation.name} at 100k rows: ${ratio.toFixed(1)}× the n·w floor (budget 6×) ${ratio <= 6 ? 'ok' : 'OVER'}`,
    );
  }
  const size = statSync(join(DIST, 'Code.js')).size / 1024;
  console.log(
    `dist/Code.js: ${size.toFixed(1)} KiB (limit 300 KiB) ${size < 300 ? 'ok' : 'OVER'}\n`,
  );
}

async function previewTable(): Promise<void> {
  const figures = await runPreviewBench();
  console.log(`Local preview, ${figures.rows.toLocaleString('en')}-row × 10-column workbook`);
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(24)} ${value}`);
  const open = figures.openTotalMs < 3000 ? 'ok' : 'OVER';
  const edit = figures.editRepaintMedianMs < 200 ? 'ok' : 'OVER';
  console.log(`  targets: open < 3000 ms ${open}; edit → repaint < 200 ms ${edit}`);
}

async function filesTable(): Promise<void> {
  console.log(
    '\nFiles (currency, percentages, dates, decimals; a marked XLSX), 50,000 rows × 10 columns',
  );
  for (const [name, value] of Object.entries(await runFilesBench())) {
    console.log(`  ${name.padEnd(24)} ${value}`);
  }
}

functionsTable();
if (!process.argv.includes('--functions-only')) {
  await previewTable();
  await filesTable();
  console.log();
  printSidebarBench(await runSidebarBench());
  console.log();
  printColoursBench(runColoursBench());
  console.log();
  printScheduleBench(runScheduleBench());
}
