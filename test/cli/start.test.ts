// `npm start` as a user runs it: bad files give one line naming the file and exit non-zero,
// a taken port is explained, --save --exit writes the workbook, the page's Save writes back
// to the opened file, a Dutch CSV is read the Dutch way (or as --locale says).
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeProblem, nodeSatisfies, REQUIRED_NODE } from '../../scripts/nodeVersion';
import { readWorkbookFile } from '../../src/local/io/index';

const ROOT = join(import.meta.dirname, '..', '..');
const execFileAsync = promisify(execFile);
let dir: string;

async function start(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return startWith({}, ...args);
}

async function startWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts', ...args],
      { cwd: ROOT, timeout: 60_000, env: { ...process.env, ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Runs `npm start ARGS`, waits for its address, hands it to `check`, then stops it. */
async function serve(args: string[], check: (url: string) => Promise<void>): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...args], {
    cwd: ROOT,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /KPI Guard preview: (http:\/\/localhost:\d+\/)/.exec(out);
        if (match) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    await check(url);
  } finally {
    child.kill();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kpi-guard-start-'));
});

describe('the Node.js version', () => {
  it('package.json states the version the code needs', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe(REQUIRED_NODE);
    expect(nodeSatisfies(process.versions.node)).toBe(true);
  });

  it.each([
    ['20.19.0', true],
    ['v22.12.0', true],
    ['24.1.0', true],
    ['20.18.3', false], // no Vite for the tests
    ['20.10.0', false], // no import.meta.dirname
    ['21.7.3', false], // no vm.constants.DONT_CONTEXTIFY
    ['22.11.0', false],
    ['18.20.4', false],
  ])('%s is enough: %s', (version, ok) => {
    expect(nodeSatisfies(version)).toBe(ok);
  });

  it('npm start says plainly that an older Node is too old', async () => {
    const result = await startWith({ KPI_GUARD_NODE_VERSION: '18.20.4' });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe(nodeProblem('18.20.4'));
    expect(result.stderr).toContain('Node.js 20.19 or later');
  });
});

describe('npm start', () => {
  it.each([
    ['missing.csv', null, 'missing.csv: file not found'],
    ['empty.csv', '', 'empty.csv: file is empty'],
    ['broken.xlsx', 'not a zip', 'broken.xlsx: not a valid .xlsx file (not a zip archive)'],
  ])('refuses %s with one line and a non-zero exit', async (name, content, message) => {
    const path = join(dir, name);
    if (content !== null) await writeFile(path, content);
    const result = await start(path);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe(message);
  });

  it('explains a taken port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await start('--port', String(port));
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim()).toBe(
        `Port ${port} is taken; try --port ${port + 1} (or PORT=${port + 1}).`,
      );
    } finally {
      blocker.close();
    }
  });

  it('--save --exit writes the computed workbook, formulas kept', async () => {
    const csv = join(dir, 'funnel.csv');
    await writeFile(
      csv,
      'Month,Customers,Progress\n2026-01-01,2,"=TARGET_PROGRESS(B2:B3, 5)"\n2026-02-01,3,\n',
    );
    const out = join(dir, 'out.xlsx');
    const result = await start(csv, '--save', out, '--exit');
    expect(result.code).toBe(0);
    const saved = await readWorkbookFile(out);
    expect(saved.sheets[0].cells[1][2]).toBe('=TARGET_PROGRESS(B2:B3, 5)');
    expect((await readFile(out)).length).toBeGreaterThan(0);
  });

  it('serves the preview with the sidebar open and prints its address', async () => {
    await serve(['--port', '0'], async (url) => {
      const sheets = await (await fetch(`${url}api/sheets`)).json();
      expect(sheets.sheets).toEqual(['Nail factory', 'Lead funnel']);
      const ui = await (await fetch(`${url}api/ui`)).json();
      expect(ui.sidebar?.title).toBeTruthy();
      const file = await (await fetch(`${url}api/file`)).json();
      expect(file).toEqual({ target: null, dirty: false, notes: [] });
    });
  });

  it('opens the Dutch sample with --sample nl', async () => {
    await serve(['--port', '0', '--sample', 'nl'], async (url) => {
      const sheets = await (await fetch(`${url}api/sheets`)).json();
      expect(sheets.sheets).toEqual(['Leads en klanten']);
    });
  });

  it("the page's Save writes the edits back to the opened CSV, keeping the original aside", async () => {
    const csv = join(dir, 'sales.csv');
    const original = 'Week,Revenue\n2026-01-05,"$42,820"\n2026-01-12,"$40,115"\n';
    await writeFile(csv, original);
    await serve([csv, '--port', '0'], async (url) => {
      const post = (path: string, body: unknown) =>
        fetch(`${url}${path}`, { method: 'POST', body: JSON.stringify(body) });
      expect((await post('api/cells/sales', { row: 2, col: 1, value: '$41,000' })).status).toBe(
        200,
      );
      expect((await (await fetch(`${url}api/file`)).json()).dirty).toBe(true);
      const saved = await (await post('api/save', {})).json();
      expect(saved).toEqual({ saved: 'sales.csv', message: 'Saved sales.csv' });
      expect((await (await fetch(`${url}api/file`)).json()).dirty).toBe(false);
    });
    expect(await readFile(csv, 'utf8')).toBe(
      'Week,Revenue\n2026-01-05,"$42,820"\n2026-01-12,"$41,000"\n',
    );
    expect(await readFile(join(dir, 'sales.backup.csv'), 'utf8')).toBe(original);
  });

  it('reads a Dutch CSV the Dutch way, says so when it guessed, and obeys --locale', async () => {
    const csv = join(dir, 'maand.csv');
    await writeFile(csv, 'Maand;Leads\n03-02-2026;1.234\n');
    const out = join(dir, 'maand.xlsx');
    const dutch = await start(csv, '--save', out, '--exit');
    expect(dutch.stderr.trim()).toBe(
      'maand.csv: read as Dutch (decimal comma, day-first dates); use --locale en for the other reading',
    );
    expect((await readWorkbookFile(out)).sheets[0].cells[1]).toEqual([
      new Date(Date.UTC(2026, 1, 3)),
      1234,
    ]);
    const english = await start(csv, '--locale', 'en', '--save', out, '--exit');
    expect(english.stderr).toBe('');
    expect((await readWorkbookFile(out)).sheets[0].cells[1]).toEqual([
      new Date(Date.UTC(2026, 2, 2)),
      1.234,
    ]);
    const bad = await start(csv, '--locale', 'fr');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^--locale must be nl or en, got fr/);
  });
});
