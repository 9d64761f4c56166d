// `npm run deploy` as a user runs it, in a fresh git checkout, with clasp's own code and no
// network: no id, no login, Google unreachable, the Apps Script API off, a wrong id, and
// pushes into a new bound script, one holding the user's macros, and several by name.
import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainClaspFailure, NOT_LOGGED_IN, runClasp } from '../../scripts/deploy/clasp';
import { NO_SCRIPT_ID } from '../../scripts/deploy/targets';
import {
  API_DISABLED_MESSAGE,
  type FakeGoogle,
  type ScriptFile,
  startFakeGoogle,
} from './fakeGoogle';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const run = promisify(execFile);
// Each deploy starts node, tsx and clasp three times: slow on a shared machine, never hung.
const SLOW = 180_000;

// Script ids as Apps Script makes them: 57 characters of letters, digits, - and _.
const id = (tag: string) => `1${tag}`.padEnd(57, 'x');
const STARTER: ScriptFile[] = [
  { name: 'Code', type: 'SERVER_JS', source: 'function myFunction() {\n  \n}\n' },
  {
    name: 'appsscript',
    type: 'JSON',
    source: '{"timeZone": "Europe/Amsterdam", "runtimeVersion": "V8"}',
  },
];
const MACROS: ScriptFile[] = [
  {
    name: 'Code',
    type: 'SERVER_JS',
    source: 'function weeklyReport() { /* the team lead’s own */ }\n',
  },
  { name: 'macros', type: 'SERVER_JS', source: 'function Highlight() {}\n' },
  {
    name: 'appsscript',
    type: 'JSON',
    source: '{"timeZone": "Europe/Amsterdam", "runtimeVersion": "V8"}',
  },
];
const CREDENTIALS = {
  tokens: {
    default: {
      client_id: 'test.apps.googleusercontent.com',
      client_secret: 'test',
      type: 'authorized_user',
      refresh_token: 'test',
      access_token: 'test',
      expiry_date: Date.UTC(2100, 0, 1),
    },
  },
};

let google: FakeGoogle;
let loggedIn: string;
let loggedOut: string;

/** A fresh clone-like checkout: the committed files that matter, dist/ built, one commit. */
async function checkout(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kpi-guard-deploy-'));
  for (const file of ['.gitignore', '.clasp.json', 'package.json', 'README.md'])
    await cp(join(ROOT, file), join(dir, file));
  await cp(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  const git = (...args: string[]) => run('git', args, { cwd: dir });
  await git('init', '-q');
  await git('add', '-A');
  await git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'clone');
  return dir;
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function deploy(dir: string, home: string, args: string[], env = {}): Promise<Outcome> {
  const script = join(ROOT, 'scripts/deploy.ts');
  const clean = { ...process.env };
  for (const name of [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'NO_PROXY',
    'clasp_config_auth',
  ])
    delete clean[name];
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', TSX, script, ...args], {
      cwd: dir,
      // A closed port as proxy: the run can never reach the real Google, online or not.
      env: { ...clean, HOME: home, HTTPS_PROXY: 'http://127.0.0.1:9', ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as Outcome;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Runs deploy in a terminal (util-linux `script` gives it a pty) and answers its question. */
function deployInTerminal(
  dir: string,
  home: string,
  args: string[],
  answer: string,
): Promise<string> {
  const command = [process.execPath, '--import', TSX, join(ROOT, 'scripts/deploy.ts'), ...args]
    .map((part) => `'${part}'`)
    .join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: dir,
      env: { ...process.env, HOME: home, ...google.env },
    });
    let output = '';
    let answered = false;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!answered && output.includes('[y/N]')) {
        answered = true;
        child.stdin.write(`${answer}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', () => resolve(output));
  });
}

async function distFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of await readdir(join(ROOT, 'dist')))
    files.set(
      name.replace(/\.(js|html|json)$/, ''),
      await readFile(join(ROOT, 'dist', name), 'utf8'),
    );
  return files;
}

beforeAll(async () => {
  google = await startFakeGoogle();
  loggedOut = await mkdtemp(join(tmpdir(), 'kpi-guard-home-'));
  loggedIn = await mkdtemp(join(tmpdir(), 'kpi-guard-home-'));
  await writeFile(join(loggedIn, '.clasprc.json'), JSON.stringify(CREDENTIALS));
});

afterAll(async () => {
  await google?.close();
});

describe('npm run deploy says what is missing', { timeout: SLOW }, () => {
  it('without a script id: where to find it and the command, never "Project settings not found"', async () => {
    const dir = await checkout();
    const result = await deploy(dir, loggedIn, []);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(NO_SCRIPT_ID);
    expect(NO_SCRIPT_ID).toContain('Extensions ▸ Apps Script ▸ Project Settings');
    expect(NO_SCRIPT_ID).toContain('npm run deploy -- --script-id <SCRIPT_ID>');
    // What clasp itself says on the committed .clasp.json, and how it is read.
    const bare = await runClasp(['push'], dir, { ...process.env, HOME: loggedIn });
    expect(bare.stderr.trim()).toBe('Project settings not found.');
    expect(explainClaspFailure(bare, '', 'pushing')).toBe(NO_SCRIPT_ID);
  });

  it('refuses a spreadsheet address given as the script id', async () => {
    const dir = await checkout();
    const result = await deploy(dir, loggedIn, [
      '--script-id',
      'https://docs.google.com/spreadsheets/d/1AbC/edit',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("That is the spreadsheet's address, not its script's id.");
  });

  it('when not logged in: enable the API, clasp login, then deploy', async () => {
    const dir = await checkout();
    const result = await deploy(dir, loggedOut, ['--script-id', id('nologin')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(NOT_LOGGED_IN);
    expect(NOT_LOGGED_IN).toMatch(/usersettings[\s\S]*npx clasp login[\s\S]*npm run deploy/);
    // clasp's own words for it, read the same way.
    const project = join(dir, 'with-id.clasp.json');
    await writeFile(project, JSON.stringify({ scriptId: id('nologin'), rootDir: '.' }));
    const pull = await runClasp(['pull', '-P', project], dir, { ...process.env, HOME: loggedOut });
    expect(pull.stderr.trim()).toBe('No credentials found.');
    expect(explainClaspFailure(pull, id('nologin'), 'reading the script')).toBe(NOT_LOGGED_IN);
  });

  it('when Google cannot be reached: says so, with clasp’s reason', async () => {
    const dir = await checkout();
    const result = await deploy(dir, loggedIn, ['--script-id', id('offline')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Could not reach Google while reading the script \(.*ECONNREFUSED/,
    );
  });

  it('when the Apps Script API is off: the settings page, then deploy again', async () => {
    const dir = await checkout();
    google.projects.set(id('apioff'), STARTER);
    google.apiDisabled.add(id('apioff'));
    const result = await deploy(dir, loggedIn, ['--script-id', id('apioff')], google.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The Apps Script API is turned off for this Google account');
    expect(result.stderr).toContain('https://script.google.com/home/usersettings');
    expect(result.stderr).not.toContain(API_DISABLED_MESSAGE);
    expect(google.pushes.filter((push) => push.scriptId === id('apioff'))).toEqual([]);
  });

  it('when no script has the id: not the spreadsheet id', async () => {
    const dir = await checkout();
    const result = await deploy(dir, loggedIn, ['--script-id', id('unknown')], google.env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`No Apps Script project with the id ${id('unknown')}`);
    expect(result.stderr).toContain("not the\n  spreadsheet's id");
  });
});

describe('npm run deploy pushes', { timeout: SLOW }, () => {
  it('into a new bound script without asking, exactly the built dist/', async () => {
    const dir = await checkout();
    google.projects.set(id('starter'), STARTER);
    const result = await deploy(dir, loggedIn, ['--script-id', id('starter')], google.env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Logged in to Google as team-lead@example.com');
    expect(result.stdout).not.toContain('Warning');
    const pushed = google.pushes.filter((push) => push.scriptId === id('starter'));
    expect(pushed).toHaveLength(1);
    const expected = await distFiles();
    expect(new Map(pushed[0].files.map((file) => [file.name, file.source]))).toEqual(expected);
    // clasp's push order from the committed .clasp.json: the bundle before the stubs.
    expect(pushed[0].files.slice(0, 2).map((file) => file.name)).toEqual(['Code', 'Stubs']);
  });

  it("warns before replacing the user's macros and pushes nothing without --yes", async () => {
    const dir = await checkout();
    google.projects.set(id('macros'), MACROS);
    const result = await deploy(dir, loggedIn, ['--script-id', id('macros')], google.env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /Warning: the Apps Script project .* already holds code that is not KPI Guard's/,
    );
    expect(result.stdout).toMatch(/Code\.gs +overwritten by KPI Guard's Code/);
    expect(result.stdout).toMatch(/macros\.gs +deleted/);
    expect(result.stdout).toMatch(
      /appsscript\.json +replaced by KPI Guard's manifest \(time zone Europe\/Amsterdam → Etc\/UTC\)/,
    );
    expect(result.stderr).toContain(
      'Nothing was pushed to "default". To replace those files: npm run deploy -- --name default --yes',
    );
    expect(google.pushes.filter((push) => push.scriptId === id('macros'))).toEqual([]);
    // The copy keeps the user's code, in the editor's names.
    const backup = /A copy of every file is in (\S+)\//.exec(result.stdout)?.[1] ?? '';
    expect(await readFile(join(dir, backup, 'macros.gs'), 'utf8')).toBe(MACROS[1].source);
    expect(await readFile(join(dir, backup, 'Code.gs'), 'utf8')).toBe(MACROS[0].source);

    const confirmed = await deploy(dir, loggedIn, ['--yes'], google.env);
    expect(confirmed.code).toBe(0);
    expect(
      google.projects
        .get(id('macros'))
        ?.map((file) => file.name)
        .sort(),
    ).toEqual([...(await distFiles()).keys()].sort());
    // Next time the project holds KPI Guard's own files: no warning.
    const again = await deploy(dir, loggedIn, [], google.env);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('Warning');
  });

  it('asks in a terminal, and pushes only on yes', async () => {
    const dir = await checkout();
    google.projects.set(id('terminal'), MACROS);
    const no = await deployInTerminal(dir, loggedIn, ['--script-id', id('terminal')], 'n');
    expect(no).toContain('Replace them with KPI Guard? [y/N]');
    expect(no).toContain('Nothing was pushed to "default".');
    expect(google.pushes.filter((push) => push.scriptId === id('terminal'))).toEqual([]);
    const yes = await deployInTerminal(dir, loggedIn, [], 'y');
    expect(yes).toContain('Done. Reload the spreadsheet');
    expect(google.pushes.filter((push) => push.scriptId === id('terminal'))).toHaveLength(1);
  });

  it('to several spreadsheets by name, and --all deploys to each', async () => {
    const dir = await checkout();
    google.projects.set(id('sales'), STARTER);
    google.projects.set(id('ops'), STARTER);
    expect(
      (await deploy(dir, loggedIn, ['--script-id', id('sales'), '--name', 'sales'], google.env))
        .code,
    ).toBe(0);
    expect(
      (await deploy(dir, loggedIn, ['--script-id', id('ops'), '--name', 'ops'], google.env)).code,
    ).toBe(0);
    const list = await deploy(dir, loggedIn, ['--list']);
    expect(list.stdout.trim().split('\n')).toEqual([`sales\t${id('sales')}`, `ops\t${id('ops')}`]);
    const before = google.pushes.length;
    const all = await deploy(dir, loggedIn, ['--all'], google.env);
    expect(all.code).toBe(0);
    // Unchanged files: clasp reports "already up to date" rather than pushing again.
    expect(all.stdout).toContain('to "sales"');
    expect(all.stdout).toContain('to "ops"');
    expect(google.pushes.length).toBe(before);
    const unknown = await deploy(dir, loggedIn, ['--name', 'finance']);
    expect(unknown.stderr).toContain(
      'No script id named "finance" in .kpiguard/script-ids.json; it has "sales", "ops"',
    );
  });
});

describe('the script id never reaches a tracked file', { timeout: SLOW }, () => {
  it('stays in git-ignored files, and the committed .clasp.json is unchanged', async () => {
    const dir = await checkout();
    const scriptId = id('private');
    google.projects.set(scriptId, STARTER);
    const committed = await readFile(join(dir, '.clasp.json'), 'utf8');
    expect((await deploy(dir, loggedIn, ['--script-id', scriptId], google.env)).code).toBe(0);
    const git = async (...args: string[]) => (await run('git', args, { cwd: dir })).stdout;
    expect(await git('status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(await readFile(join(dir, '.clasp.json'), 'utf8')).toBe(committed);
    await expect(git('grep', '-q', scriptId)).rejects.toThrow(); // no tracked file holds it
    const ignored = (await git('status', '--porcelain', '--ignored', '--untracked-files=all'))
      .split('\n')
      .filter((line) => line.startsWith('!! '))
      .map((line) => line.slice(3))
      .filter((path) => !path.startsWith('dist/'));
    expect(ignored).toContain('.clasp.local.json');
    expect(ignored).toContain('.kpiguard/script-ids.json');
    expect(await readFile(join(dir, '.kpiguard/script-ids.json'), 'utf8')).toContain(scriptId);
    // Even `git add -A` leaves it out.
    await git('add', '-A');
    expect(await git('diff', '--cached', '--name-only')).toBe('');
  });
});
