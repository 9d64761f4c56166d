// The layers are enforced, not just drawn: each layer's compiler settings see only its own
// platform's globals, and Biome refuses an import that points the wrong way.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Diagnostics of one in-memory file compiled with a layer's tsconfig. */
function compile(config: string, file: string, source: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, config),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${config}`);
  const options = {
    ...parsed.options,
    noEmit: true,
    composite: false,
    declaration: false,
    skipLibCheck: true,
  };
  const path = join(ROOT, file);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === path ? source : readFile(name));
  host.fileExists = (name) => name === path || ts.sys.fileExists(name);
  host.getSourceFile = (name, version) =>
    name === path ? ts.createSourceFile(name, source, version) : getSourceFile(name, version);
  const program = ts.createProgram([path], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === path)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

const USES = `
export const sheet = () => SpreadsheetApp.getActiveSheet();
export const title = () => document.title;
export const argv = () => process.argv;
`;

describe('per-layer compiler settings', () => {
  it('src/core sees no Apps Script, DOM or Node', () => {
    const errors = compile('tsconfig.core.json', 'src/core/probe.ts', USES).join('\n');
    expect(errors).toMatch(/Cannot find name 'SpreadsheetApp'/);
    expect(errors).toMatch(/Cannot find name 'document'/);
    expect(errors).toMatch(/Cannot find name 'process'/);
  });

  it('src/addon sees Apps Script only', () => {
    const errors = compile('tsconfig.addon.json', 'src/addon/probe.ts', USES).join('\n');
    expect(errors).not.toMatch(/SpreadsheetApp/);
    expect(errors).toMatch(/Cannot find name 'document'/);
    expect(errors).toMatch(/Cannot find name 'process'/);
  });

  it('src/sidebar sees the DOM only', () => {
    const errors = compile('tsconfig.sidebar.json', 'src/sidebar/probe.ts', USES).join('\n');
    expect(errors).toMatch(/Cannot find name 'SpreadsheetApp'/);
    expect(errors).not.toMatch(/document/);
    expect(errors).toMatch(/Cannot find name 'process'/);
  });
});

/**
 * Biome's verdict on one file's text, as if it lived at `file`: the repository's own rules,
 * run in a scratch folder (Biome reports no diagnostics for code piped through stdin).
 */
function lint(file: string, source: string): { ok: boolean; output: string } {
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const scratch = mkdtempSync(join(tmpdir(), 'kpi-guard-layers-'));
  writeFileSync(
    join(scratch, 'biome.json'),
    JSON.stringify({ ...config, vcs: { enabled: false }, files: { includes: ['**'] } }),
  );
  mkdirSync(dirname(join(scratch, file)), { recursive: true });
  writeFileSync(join(scratch, file), source);
  const biome = join(ROOT, 'node_modules', '.bin', 'biome');
  const run = spawnSync(biome, ['lint', file], { cwd: scratch, encoding: 'utf8' });
  rmSync(scratch, { recursive: true, force: true });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe('import rules', () => {
  it.each([
    ['src/core/probe.ts', "import { onOpen } from '../addon/menu';"],
    ['src/core/probe.ts', "import { KPI_TREND } from '../functions/kpiTrend';"],
    ['src/core/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['src/functions/probe.ts', "import { onOpen } from '../addon/menu';"],
    ['src/addon/probe.ts', "import { App } from '../sidebar/App';"],
    ['src/addon/probe.ts', "import { createRuntime } from '../local/runtime/createRuntime';"],
    ['src/sidebar/probe.ts', "import { loadSidebar } from '../addon/marking/endpoints';"],
    ['src/sidebar/probe.ts', "import { customFunctions } from '../functions/table';"],
  ])('%s may not %s', (file, line) => {
    const result = lint(file, `${line}\nexport const x = 1;\n`);
    expect(result.ok, result.output).toBe(false);
    expect(result.output).toMatch(/noRestrictedImports/);
  });

  it.each([
    ['src/core/probe.ts', "import { kpiTrend } from './trend';"],
    ['src/addon/probe.ts', "import { kpiTrend } from '../core/trend';"],
    ['src/addon/settings/probe.ts', "import { planSave } from '../marking/plan';"],
    ['src/sidebar/probe.ts', "import type { SidebarView } from '../addon/endpoints';"],
    ['src/sidebar/probe.ts', "import { sentenceOf } from '../addon/legend/words';"],
  ])('%s may %s', (file, line) => {
    const result = lint(file, `${line}\nexport const x = 1;\n`);
    expect(result.output).not.toMatch(/noRestrictedImports/);
    expect(result.output).toMatch(/Checked 1 file/);
  });
});
