// Reading and writing a team's CSV at 50,000 rows × 10 columns, in both conventions: plain
// numbers, currency with thousands marks, percentages and dates, as exported by a
// spreadsheet; and the English one as an XLSX holding a marked workbook's state. Run as part
// of `npm run bench`, or alone: `tsx bench/files.ts`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile, writeWorkbookFile } from '../src/local/io/index';
import type { DocumentState } from '../src/local/types';
import { BENCH_ROWS } from './preview';

function csvText(rows: number, dutch: boolean): string {
  const sep = dutch ? ';' : ',';
  const lines = [['Week', 'Leads', 'Revenue', 'Margin', 'A', 'B', 'C', 'D', 'E', 'F'].join(sep)];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2020, 0, 1 + i));
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const date = dutch ? `${d}-${m}-${y}` : `${m}/${d}/${y}`;
    const revenue = dutch
      ? `€ ${(1000 + i).toLocaleString('nl-NL')},50`
      : `"$${(1000 + i).toLocaleString('en-US')}.50"`;
    const margin = dutch ? `${i % 90},5%` : `${i % 90}.5%`;
    const plain = (k: number) => (dutch ? `${(i * k) % 997},25` : `${(i * k) % 997}.25`);
    lines.push(
      [
        date,
        String(i),
        revenue,
        margin,
        plain(3),
        plain(5),
        plain(7),
        plain(11),
        plain(13),
        String(i % 7),
      ].join(sep),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Ten marked columns, a whole-column name, a colour rule over open ranges, properties. */
function markedState(sheet: string): DocumentState {
  return {
    sheets: [
      {
        name: sheet,
        hidden: false,
        conditionalFormats: [
          {
            formula: '=INDIRECT("\'KPI Guard helper\'!A"&ROW())=TRUE',
            ranges: ['B2:B', 'C2:C'],
            background: '#f4cccc',
            fontColor: null,
            bold: null,
            italic: null,
          },
        ],
      },
    ],
    namedRanges: [{ name: 'Leads', sheet, range: 'B:B' }],
    developerMetadata: Array.from({ length: 10 }, (_, i) => ({
      id: 1001 + i,
      key: 'kpiguard.column',
      value: JSON.stringify({ v: 1, id: `k0000000${i}`, role: 'kpi', counterparts: [] }),
      visibility: 'PROJECT' as const,
      location: { type: 'COLUMN' as const, sheet, range: 'B:B' },
    })),
    documentProperties: { 'kpiguard.sheet.0': '{"v":1,"headerRow":1,"rev":1}' },
  };
}

export async function runFilesBench(rows = BENCH_ROWS): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'kpi-guard-bench-files-'));
  const figures: Record<string, string> = {};
  try {
    for (const dutch of [false, true]) {
      const label = dutch ? 'nl' : 'en';
      const path = join(dir, `${label}.csv`);
      await writeFile(path, csvText(rows, dutch));
      let start = performance.now();
      const data = await readWorkbookFile(path);
      figures[`read ${label} CSV`] = `${(performance.now() - start).toFixed(0)} ms`;
      start = performance.now();
      await writeWorkbookFile(join(dir, `${label}-out.csv`), data);
      figures[`write ${label} CSV`] = `${(performance.now() - start).toFixed(0)} ms`;
      if (dutch) continue;
      // The same sheet as an XLSX with what a marked workbook keeps outside its cells.
      const xlsx = join(dir, 'marked.xlsx');
      const marked = { ...data, document: markedState(data.sheets[0].name) };
      start = performance.now();
      await writeWorkbookFile(xlsx, marked);
      figures['write XLSX, marked'] = `${(performance.now() - start).toFixed(0)} ms`;
      start = performance.now();
      await readWorkbookFile(xlsx);
      figures['read XLSX, marked'] = `${(performance.now() - start).toFixed(0)} ms`;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Files, ${BENCH_ROWS.toLocaleString('en')} rows × 10 columns`);
  for (const [name, value] of Object.entries(await runFilesBench())) {
    console.log(`  ${name.padEnd(24)} ${value}`);
  }
}
