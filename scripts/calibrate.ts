// `npm run calibrate`: the false-alarm and detection rates behind KPI Guard's defaults.
// Fixed seeds, so every run prints the same table. `-- --sweep` also prints the trade-off
// curves the defaults were chosen from; `-- --sheets N` changes the sheets per family.
import {
  ISOLATION_DEFAULTS,
  type IsolationSettings,
  isolationDetailWith,
} from '../src/core/isolation';
import { FAMILIES, ROWS, type Sheet } from './calibrate/families';
import { type Detector, familyRates } from './calibrate/isolationRates';
import { candidateRate, TREND_CANDIDATES } from './calibrate/trendCandidates';
import { TREND_LENGTHS, TREND_PHIS, TREND_RISES, trendCallRate } from './calibrate/trendRates';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const SHEETS = argument('--sheets', 1000);

export function scanDetector(settings: IsolationSettings): Detector {
  return (sheet: Sheet) =>
    isolationDetailWith(
      sheet.kpi,
      [sheet.counterpart],
      sheet.kpiDirection,
      [sheet.rule],
      settings,
    ).map((row) => (row === null ? null : row.flagged));
}

const pct = (x: number | undefined) => (x === undefined ? '' : `${(100 * x).toFixed(1)} %`);

function isolationTable(settings: IsolationSettings): void {
  console.log(`| family | sheets | any TRUE | caught | median delay | red before onset |`);
  console.log('|---|---|---|---|---|---|');
  FAMILIES.forEach((family, i) => {
    const r = familyRates(family, 1000 + i, SHEETS, scanDetector(settings));
    const verdict = family.goal === undefined ? '' : r.anyTrue <= family.goal ? '' : ' ✗';
    console.log(
      `| ${family.name} | ${r.sheets} | ${pct(r.anyTrue)}${verdict} | ${pct(r.caught)} | ${r.medianDelay ?? ''} | ${pct(r.redBeforeOnset)} |`,
    );
  });
}

/** `--set window=12,threshold=3`: a candidate instead of the defaults. */
function settingsFromArguments(): IsolationSettings {
  const at = process.argv.indexOf('--set');
  const settings: IsolationSettings = { ...ISOLATION_DEFAULTS };
  if (at < 0) return settings;
  for (const pair of process.argv[at + 1].split(',')) {
    const [key, value] = pair.split('=');
    Object.assign(settings, {
      [key]:
        key === 'method' || key === 'shortHistory'
          ? value
          : value === 'true'
            ? true
            : value === 'false'
              ? false
              : Number(value),
    });
  }
  return settings;
}

function trendTable(): void {
  const series = argument('--series', 4000);
  const heads = TREND_PHIS.map((phi) => `φ=${phi} auto / classic`);
  const rises = TREND_RISES.map((rise) => `+${rise}σ auto / classic (ratio)`);
  console.log(`| n | ${[...heads, ...rises].join(' | ')} |`);
  console.log(`|---${'|---'.repeat(heads.length + rises.length)}|`);
  TREND_LENGTHS.forEach((n, i) => {
    const cells: string[] = [];
    TREND_PHIS.forEach((phi, j) => {
      const seed = 5000 + 100 * i + j;
      const auto = trendCallRate(n, phi, 0, 'auto', series, seed);
      const classic = trendCallRate(n, phi, 0, 'classic', series, seed);
      cells.push(`${pct(auto)}${auto > 0.15 ? ' ✗' : ''} / ${pct(classic)}`);
    });
    TREND_RISES.forEach((rise, j) => {
      const seed = 6000 + 100 * i + j;
      const auto = trendCallRate(n, 0, rise, 'auto', series, seed);
      const classic = trendCallRate(n, 0, rise, 'classic', series, seed);
      cells.push(`${pct(auto)} / ${pct(classic)} (${(auto / classic).toFixed(2)})`);
    });
    console.log(`| ${n} | ${cells.join(' | ')} |`);
  });
}

function trendCandidatesTable(): void {
  const series = argument('--series', 4000);
  console.log(
    `| correction | ${[26, 52].flatMap((n) => [`n=${n}: φ=0.3 / 0.5 / 0.7 false`, `n=${n}: power +1σ / +2σ`]).join(' | ')} |`,
  );
  console.log('|---|---|---|---|---|');
  for (const [name, candidate] of Object.entries(TREND_CANDIDATES)) {
    const cells = [26, 52].flatMap((n, i) => [
      [0.3, 0.5, 0.7]
        .map((phi, j) => pct(candidateRate(candidate, n, phi, 0, series, 7000 + 10 * i + j)))
        .join(' / '),
      [1, 2]
        .map((rise, j) => pct(candidateRate(candidate, n, 0, rise, series, 7100 + 10 * i + j)))
        .join(' / '),
    ]);
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
}

const started = performance.now();
const settings = settingsFromArguments();
console.log(
  `KPI_ISOLATION on ${SHEETS} sheets of ${ROWS} rows per family (${JSON.stringify(settings)}):\n`,
);
isolationTable(settings);
console.log('\nKPI_TREND: share of series called IMPROVING or WORSENING (nominal 10 %):\n');
trendTable();
console.log('\nThe corrections compared (same series for each; false trends nominal 10 %):\n');
trendCandidatesTable();
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);

if (process.argv.includes('--sweep')) {
  const { grid, sweep } = await import('./calibrate/sweep');
  const sweepSheets = argument('--sweep-sheets', 300);
  console.log(
    `\nTrade-off (${sweepSheets} sheets per family): worst no-gaming family against its goal, gaming at 0.25σ a row\n`,
  );
  console.log(
    '| window | threshold | clip | trend route | worst no-gaming family | its sheets with any TRUE | caught (lowest) | median delay (largest) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  const candidates = grid(
    { ...ISOLATION_DEFAULTS },
    { window: [8, 12, 16], threshold: [2.5, 2.75, 3, 3.25], clip: [3, 6], trend: [true, false] },
  );
  const windowed = await import('./calibrate/windowedMannKendall');
  for (const window of [8, 12, 16]) {
    for (const z of [1.645, 2, 2.5, 3]) {
      for (const persistence of [1, 2, 3]) {
        const [p] = sweep(
          [{ ...ISOLATION_DEFAULTS }],
          () => windowed.windowedDetector({ window, z, persistence }),
          sweepSheets,
        );
        console.log(
          `| windowed Mann–Kendall ${window} rows | z ≥ ${z}, ${persistence} rows in a row | — | — | ${p.worstFalse.name} | ${pct(p.worstFalse.rate)} | ${pct(p.caught)} | ${p.delay} |`,
        );
      }
    }
  }
  for (const p of sweep(candidates, scanDetector, sweepSheets)) {
    const s = p.settings;
    console.log(
      `| ${s.window} | ${s.threshold} | ${s.clip} | ${s.trend ? 'yes' : 'no'} | ${p.worstFalse.name} | ${pct(p.worstFalse.rate)} | ${pct(p.caught)} | ${p.delay} |`,
    );
  }
}
