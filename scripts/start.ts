// `npm start [file.csv|file.xlsx] [--port N] [--save out.xlsx]`: builds dist/, runs the
// built add-on on the sample workbook (or the named file) against the local runtime, and
// serves the preview on localhost.
import { parseArgs } from 'node:util';
import { readWorkbookFile, writeWorkbookFile } from '../src/local/io/index';
import { startPreview } from '../src/local/preview/index';
import { createRuntime } from '../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../src/local/sample/index';
import { buildDist } from './build';
import { nodeProblem } from './nodeVersion';

const USAGE = 'usage: npm start -- [file.csv|file.xlsx] [--port N] [--save out.xlsx]';

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

async function main(): Promise<void> {
  // KPI_GUARD_NODE_VERSION stands in for the running version in the CLI test.
  const tooOld = nodeProblem(process.env.KPI_GUARD_NODE_VERSION ?? process.versions.node);
  if (tooOld) fail(tooOld);
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string' }, save: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) return console.log(USAGE);
  if (positionals.length > 1) fail(`give at most one workbook file\n${USAGE}`);
  const port = portFrom(values.port ?? process.env.PORT);

  await buildDist();
  const file = positionals[0];
  const data = file ? await readWorkbookFile(file) : sampleWorkbook();
  const runtime = createRuntime({ data });

  if (values.save) {
    await writeWorkbookFile(values.save, runtime.workbook.toData());
    return console.log(`Saved ${values.save}`);
  }
  const preview = await startPreview({ runtime, port }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      fail(`Port ${port} is taken; try --port ${port + 1} (or PORT=${port + 1}).`);
    throw error;
  });
  const shown = preview.url.replace('127.0.0.1', 'localhost');
  console.log(`KPI Guard preview: ${shown}`);
  console.log(`Opened ${file ?? 'the sample workbook (nail factory, lead funnel)'}. Ctrl+C stops.`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
