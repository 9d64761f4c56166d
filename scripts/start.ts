// `npm start [file.csv|file.xlsx] [--locale nl|en] [--save out.xlsx [--exit]] [--sample nl]
// [--port N]`: builds dist/, runs the built add-on on the sample workbook (or the named
// file) against the local runtime, opens its sidebar, and serves the preview on localhost.
// The page's Save writes back to the opened file, or to --save's path; with --exit the
// workbook is written there once and nothing is served.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { languageOf } from '../src/i18n/locale';
import {
  type Convention,
  isConvention,
  listed,
  readWorkbookFile,
  writeWorkbookFile,
} from '../src/local/io/index';
import { type SaveTarget, startPreview } from '../src/local/preview/index';
import { createRuntime } from '../src/local/runtime/createRuntime';
import { dutchSampleWorkbook, sampleWorkbook } from '../src/local/sample/index';
import { buildDist } from './build';
import { nodeProblem } from './nodeVersion';

const USAGE = [
  'usage: npm start -- [file.csv|file.xlsx] [--locale nl|en] [--save out.xlsx [--exit]]',
  '                    [--sample en|nl] [--port N]',
].join('\n');

/** The add-on's entry point that opens its sidebar (its menu item "Open sidebar"). */
const SIDEBAR_FUNCTION = 'showSidebar';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function portFrom(text: string | undefined): number {
  const port = Number(text ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be 0–65535, got ${text}\n${USAGE}`);
  return port;
}

function conventionFrom(text: string | undefined, flag: string): Convention | undefined {
  if (text === undefined) return undefined;
  if (!isConvention(text)) fail(`${flag} must be nl or en, got ${text}\n${USAGE}`);
  return text;
}

async function main(): Promise<void> {
  // KPI_GUARD_NODE_VERSION stands in for the running version in the CLI test.
  const tooOld = nodeProblem(process.env.KPI_GUARD_NODE_VERSION ?? process.versions.node);
  if (tooOld) fail(tooOld);
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      save: { type: 'string' },
      exit: { type: 'boolean' },
      locale: { type: 'string' },
      sample: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  if (positionals.length > 1) fail(`give at most one workbook file\n${USAGE}`);
  const file = positionals[0];
  const locale = conventionFrom(values.locale, '--locale');
  const sample = conventionFrom(values.sample, '--sample');
  if (file && sample) fail(`open a file or a sample, not both\n${USAGE}`);
  if (!file && locale)
    fail(`--locale says how to read a file; for the Dutch sample use --sample nl`);
  if (values.exit && !values.save)
    fail(`--exit writes --save's file and stops; give --save\n${USAGE}`);
  const port = portFrom(values.port ?? process.env.PORT);

  await buildDist();
  const opened = file ? await readWorkbookFile(file, { locale }) : null;
  for (const note of opened?.notes ?? []) console.error(note);
  const data = opened ?? (sample === 'nl' ? dutchSampleWorkbook() : sampleWorkbook());
  // The preview plays a user whose Google language is the workbook's: a Dutch team opening
  // its Dutch sheet sees the add-on menu in Dutch from the first open (AuthMode.NONE).
  const userLocale = languageOf(data.locale) ?? 'en';
  const runtime = createRuntime({ data, userLocale });

  const target: SaveTarget | null = values.save
    ? { path: resolve(values.save), opened: false, sheet: csvSheet(file, data.sheets) }
    : file
      ? { path: resolve(file), opened: true, sheet: csvSheet(file, data.sheets) }
      : null;
  if (values.exit && target) {
    const { leftOut } = await writeWorkbookFile(target.path, runtime.toData(), {
      sheet: target.sheet,
    });
    if (leftOut.length > 0) {
      console.error(`${values.save} cannot hold ${listed(leftOut)}; save as .xlsx to keep them.`);
    }
    return console.log(`Saved ${values.save}`);
  }
  const preview = await startPreview({
    runtime,
    port,
    save: target,
    notes: opened?.notes,
    openSidebar: SIDEBAR_FUNCTION,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      fail(`Port ${port} is taken; try --port ${port + 1} (or PORT=${port + 1}).`);
    throw error;
  });
  const shown = preview.url.replace('127.0.0.1', 'localhost');
  console.log(`KPI Guard preview: ${shown}`);
  const what = file ?? (sample === 'nl' ? 'the Dutch sample workbook' : 'the sample workbook');
  const where = target ? `Save writes ${values.save ?? file}` : 'Save needs --save out.xlsx';
  console.log(`Opened ${what}. ${where}. Ctrl+C stops.`);
}

/** A CSV holds the one sheet it was read into; other sheets (a dashboard) need an XLSX. */
function csvSheet(file: string | undefined, sheets: { name: string }[]): string | undefined {
  return file?.toLowerCase().endsWith('.csv') ? sheets[0]?.name : undefined;
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
