// `npm run deploy [-- --script-id ID] [--name NAME | --all] [--yes] [--list]`: pushes the
// built dist/ into the Apps Script project bound to a spreadsheet the user already has.
// The id lives in .kpiguard/script-ids.json (git-ignored); clasp runs with a generated
// project file (.clasp.local.json, git-ignored), so the committed .clasp.json never changes.
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import {
  claspLogin,
  explainClaspFailure,
  NOT_LOGGED_IN,
  README_INSTALL,
  runClasp,
} from './deploy/clasp';
import { backUp, localFiles, remoteFiles, remoteKind, replaceWarning } from './deploy/remote';
import { chooseTargets, DeployError, readTargets, TARGETS_FILE } from './deploy/targets';

export const PUSH_PROJECT = '.clasp.local.json';

const USAGE = `usage: npm run deploy -- [--script-id ID] [--name NAME | --all] [--yes] [--list]
  --script-id ID  the spreadsheet's script (Extensions ▸ Apps Script ▸ Project Settings ▸ Script ID);
                  saved under NAME (default "default") in ${TARGETS_FILE} for next time
  --name NAME     deploy to the script saved under NAME
  --all           deploy to every saved script, one after the other
  --yes           replace code the script already holds without asking (a copy is kept)
  --list          show the saved names and ids`;

const ClaspProjectSchema = v.looseObject({ rootDir: v.optional(v.string()) });

async function committedProject(root: string): Promise<v.InferOutput<typeof ClaspProjectSchema>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(root, '.clasp.json'), 'utf8'));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new DeployError(
      `.clasp.json cannot be read (${why}); restore it: git checkout .clasp.json`,
    );
  }
  const parsed = v.safeParse(ClaspProjectSchema, json);
  if (!parsed.success) throw new DeployError(`.clasp.json: ${parsed.issues[0].message}`);
  return parsed.output;
}

/** The committed .clasp.json plus the script id: what clasp push reads, never committed. */
async function writePushProject(root: string, scriptId: string): Promise<void> {
  const project = { ...(await committedProject(root)), scriptId };
  await writeFile(join(root, PUSH_PROJECT), `${JSON.stringify(project, null, 2)}\n`);
}

/** The folder clasp pushes (dist/), which must have been built. */
async function rootDirOf(root: string): Promise<string> {
  const dist = join(root, (await committedProject(root)).rootDir ?? '.');
  try {
    await access(join(dist, 'appsscript.json'));
  } catch {
    throw new DeployError(`${dist} has no appsscript.json: run npm run build first`);
  }
  return dist;
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function deployTo(
  root: string,
  dist: string,
  [name, scriptId]: [string, string],
  yes: boolean,
): Promise<void> {
  console.log(`\nDeploying KPI Guard to "${name}" (script ${scriptId})`);
  const local = await localFiles(dist);
  const remote = await remoteFiles(root, name, scriptId);
  if (remoteKind(remote.files, local) === 'other') {
    const backup = await backUp(root, name, remote.dir);
    console.log(replaceWarning(scriptId, remote.files, local, backup));
    const interactive = process.stdin.isTTY && process.stdout.isTTY;
    const go = yes || (interactive && (await confirm('Replace them with KPI Guard? [y/N] ')));
    if (!go) {
      throw new DeployError(
        `Nothing was pushed to "${name}". To replace those files: npm run deploy -- --name ${name} --yes` +
          '\n  To keep them, install KPI Guard in a copy of the spreadsheet instead (File ▸ Make a copy, then its own script id).',
      );
    }
  }
  await writePushProject(root, scriptId);
  // --force: we asked above; without it clasp skips the push silently when not in a terminal.
  const result = await runClasp(['push', '--force', '-P', join(root, PUSH_PROJECT)], root);
  const said = `${result.stdout}\n${result.stderr}`;
  if (result.code !== 0 || /has not enabled the Apps Script API/.test(said)) {
    throw new DeployError(explainClaspFailure(result, scriptId, 'pushing'));
  }
  console.log(result.stdout.trim());
  console.log(
    [
      `Done. Reload the spreadsheet: the formulas (=KPI_HEALTH, =KPI_ISOLATION, …) work at once;`,
      '  the sidebar is in Extensions ▸ <the Apps Script project name> ▸ Open sidebar (rename the',
      '  project "KPI Guard" in the Apps Script editor to see that name). Google asks you to',
      '  authorize the script the first time you open it.',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'script-id': { type: 'string' },
      name: { type: 'string' },
      all: { type: 'boolean' },
      yes: { type: 'boolean' },
      list: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  const root = process.cwd();
  if (values.list) {
    const targets = Object.entries(await readTargets(root));
    if (targets.length === 0) return console.log(`No script ids saved in ${TARGETS_FILE} yet.`);
    for (const [name, id] of targets) console.log(`${name}\t${id}`);
    return;
  }
  if (values.all && (values.name !== undefined || values['script-id'] !== undefined)) {
    throw new DeployError(
      `--all deploys to every saved script; leave out --name and --script-id\n${USAGE}`,
    );
  }
  const targets = await chooseTargets(root, {
    scriptId: values['script-id'],
    name: values.name,
    all: values.all,
  });
  const dist = await rootDirOf(root);
  const login = await claspLogin(root);
  if (!login.loggedIn) throw new DeployError(NOT_LOGGED_IN);
  if (login.email) console.log(`Logged in to Google as ${login.email}`);
  for (const target of targets) await deployTo(root, dist, target, values.yes === true);
}

main().catch((error: unknown) => {
  if (error instanceof DeployError) console.error(error.message);
  else if (
    error instanceof TypeError &&
    'code' in error &&
    error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
  )
    console.error(`${error.message}\n${USAGE}`);
  else
    console.error(`${error instanceof Error ? error.message : String(error)}\n${README_INSTALL}`);
  process.exit(1);
});
