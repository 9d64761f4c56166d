// `npm start` as a user runs it: bad files give one line naming the file and exit non-zero,
// a taken port is explained, --save writes the workbook back.
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

  it('--save writes the computed workbook, formulas kept', async () => {
    const csv = join(dir, 'funnel.csv');
    await writeFile(
      csv,
      'Month,Customers,Progress\n2026-01-01,2,"=TARGET_PROGRESS(B2:B3, 5)"\n2026-02-01,3,\n',
    );
    const out = join(dir, 'out.xlsx');
    const result = await start(csv, '--save', out);
    expect(result.code).toBe(0);
    const saved = await readWorkbookFile(out);
    expect(saved.sheets[0].cells[1][2]).toBe('=TARGET_PROGRESS(B2:B3, 5)');
    expect((await readFile(out)).length).toBeGreaterThan(0);
  });

  it('serves the preview and prints its address', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--port', '0'], {
      cwd: ROOT,
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /KPI Guard preview: (http:\/\/localhost:\d+\/)/.exec(out);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const sheets = await (await fetch(`${line}api/sheets`)).json();
      expect(sheets.sheets).toEqual(['Nail factory', 'Lead funnel']);
    } finally {
      child.kill();
    }
  });
});
