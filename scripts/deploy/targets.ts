// The spreadsheets `npm run deploy` installs into: script ids by name, kept in a local,
// git-ignored file so a user's id never reaches a committed one.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as v from 'valibot';

/** Everything deploy keeps on this machine lives here; .gitignore lists it. */
export const LOCAL_DIR = '.kpiguard';
export const TARGETS_FILE = join(LOCAL_DIR, 'script-ids.json');
export const DEFAULT_NAME = 'default';

export class DeployError extends Error {}

// Apps Script ids are Drive file ids: letters, digits, - and _ (about 57 of them).
const SCRIPT_ID = /^[A-Za-z0-9_-]{25,}$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const TargetsSchema = v.record(
  v.pipe(v.string(), v.regex(NAME)),
  v.pipe(v.string(), v.regex(SCRIPT_ID)),
);
export type Targets = v.InferOutput<typeof TargetsSchema>;

const WHERE_ID =
  'The script id is in the spreadsheet: Extensions ▸ Apps Script ▸ Project Settings (the gear) ▸ IDs ▸ Script ID.';

/**
 * A script id as the user pasted it: the bare id, or the Apps Script editor's address. A
 * spreadsheet's address is refused by name: its id is not the script's.
 */
export function parseScriptId(input: string): string {
  const text = input.trim();
  if (/docs\.google\.com\/spreadsheets\//.test(text)) {
    throw new DeployError(`That is the spreadsheet's address, not its script's id. ${WHERE_ID}`);
  }
  const fromUrl = /script\.google\.com\/(?:d|home\/projects)\/([A-Za-z0-9_-]+)/.exec(text);
  const id = fromUrl ? fromUrl[1] : text;
  if (!SCRIPT_ID.test(id)) {
    throw new DeployError(`"${input}" is not a script id. ${WHERE_ID}`);
  }
  return id;
}

export function checkName(name: string): string {
  if (!NAME.test(name)) {
    throw new DeployError(
      `--name "${name}" must start with a letter or digit and hold only letters, digits, ., _ and -`,
    );
  }
  return name;
}

export async function readTargets(root: string): Promise<Targets> {
  const path = join(root, TARGETS_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DeployError(`${TARGETS_FILE} is not valid JSON; fix it or delete it`);
  }
  const parsed = v.safeParse(TargetsSchema, json);
  if (!parsed.success) {
    throw new DeployError(
      `${TARGETS_FILE} must map names to script ids, e.g. {"default": "1AbC…"}: ${parsed.issues[0].message}`,
    );
  }
  return parsed.output;
}

/** Written beside its place and renamed over it, so an interrupted save loses nothing. */
export async function saveTarget(root: string, name: string, scriptId: string): Promise<void> {
  const targets = { ...(await readTargets(root)), [name]: scriptId };
  const path = join(root, TARGETS_FILE);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(targets, null, 2)}\n`);
  await rename(temporary, path);
}

export const NO_SCRIPT_ID = [
  'No script id yet, so there is no spreadsheet to install KPI Guard into.',
  `  ${WHERE_ID}`,
  '  Then run: npm run deploy -- --script-id <SCRIPT_ID>',
  `  The id is kept in ${TARGETS_FILE} (git-ignored) for the next npm run deploy.`,
  'README: "Install on an existing spreadsheet".',
].join('\n');

export interface Choice {
  scriptId?: string;
  name?: string;
  all?: boolean;
}

/** The named targets a run deploys to; saves a new --script-id under its name first. */
export async function chooseTargets(root: string, choice: Choice): Promise<[string, string][]> {
  const name = checkName(choice.name ?? DEFAULT_NAME);
  if (choice.scriptId !== undefined) {
    const id = parseScriptId(choice.scriptId);
    await saveTarget(root, name, id);
    return [[name, id]];
  }
  const targets = await readTargets(root);
  const names = Object.keys(targets);
  if (choice.all) {
    if (names.length === 0) throw new DeployError(NO_SCRIPT_ID);
    return Object.entries(targets);
  }
  const id = targets[name];
  if (id !== undefined) return [[name, id]];
  if (names.length === 0) throw new DeployError(NO_SCRIPT_ID);
  throw new DeployError(
    `No script id named "${name}" in ${TARGETS_FILE}; it has ${names.map((n) => `"${n}"`).join(', ')}. ` +
      `Use --name with one of them, --all, or --script-id <SCRIPT_ID> --name ${name}.`,
  );
}
