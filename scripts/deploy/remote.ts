// What the target script already holds, read before a push replaces it: clasp push sends
// the whole project and Google deletes every file it does not name (see clasp.ts).
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import * as v from 'valibot';
import { explainClaspFailure, runClasp } from './clasp';
import { DeployError, LOCAL_DIR } from './targets';

export interface ProjectFile {
  /** The file's name in the Apps Script editor: Code.gs, Sidebar.html, appsscript.json. */
  shown: string;
  /** Its name in the project, without extension, as clasp and the API name it. */
  name: string;
  source: string;
}

/** The editor's names: clasp pulls script files as .gs with this project file. */
const PULL_SETTINGS = { rootDir: '.', scriptExtensions: ['.gs'], htmlExtensions: ['.html'] };
const PROJECT_FILE = '.clasp.json';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const withoutExtension = (path: string) => path.slice(0, path.length - extname(path).length);

/** The files a push of `dir` (dist/) sends, by clasp's default ignore rules (core/clasp.js). */
export async function localFiles(dir: string): Promise<ProjectFile[]> {
  const names = (await filesUnder(dir)).filter(
    (path) => /\.(js|gs|html)$/.test(path) || path.endsWith('appsscript.json'),
  );
  return Promise.all(
    names.map(async (path) => ({
      shown: path,
      name: withoutExtension(path),
      source: await readFile(join(dir, path), 'utf8'),
    })),
  );
}

/**
 * Pulls the script's files into a scratch folder (.kpiguard/remote/NAME) with clasp's own
 * pull, and reads them back. Throws a DeployError that names the next step on failure.
 */
export async function remoteFiles(root: string, name: string, scriptId: string) {
  const dir = join(root, LOCAL_DIR, 'remote', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const projectFile = join(dir, PROJECT_FILE);
  await writeFile(projectFile, JSON.stringify({ scriptId, ...PULL_SETTINGS }, null, 2));
  const result = await runClasp(['pull', '-P', projectFile], root);
  if (result.code !== 0) {
    throw new DeployError(explainClaspFailure(result, scriptId, 'reading the script'));
  }
  const paths = (await filesUnder(dir)).filter((path) => path !== PROJECT_FILE);
  const files = await Promise.all(
    paths.map(async (path) => ({
      shown: path,
      name: withoutExtension(path),
      source: await readFile(join(dir, path), 'utf8'),
    })),
  );
  return { dir, files };
}

export type RemoteKind = 'starter' | 'kpiguard' | 'other';

// A new bound project holds Code.gs with an empty myFunction, and the manifest.
const STARTER_CODE = /^\s*function\s+myFunction\s*\(\s*\)\s*\{\s*\}\s*$/;

/** Whether the remote holds only Apps Script's starter code, KPI Guard's own files, or more. */
export function remoteKind(remote: ProjectFile[], local: ProjectFile[]): RemoteKind {
  const code = remote.filter((file) => file.name !== 'appsscript');
  if (code.every((file) => file.shown.endsWith('.gs') && STARTER_CODE.test(file.source)))
    return 'starter';
  const ours = new Map(local.map((file) => [file.name, file]));
  // KPI Guard's generated Stubs file starts with the same header line in every build.
  const firstLine = (text: string) => text.slice(0, text.indexOf('\n'));
  const stubs = code.find((file) => file.name === 'Stubs');
  const localStubs = ours.get('Stubs');
  const isKpiGuard =
    stubs !== undefined &&
    localStubs !== undefined &&
    firstLine(stubs.source) === firstLine(localStubs.source) &&
    code.every((file) => ours.has(file.name));
  return isKpiGuard ? 'kpiguard' : 'other';
}

const ManifestSchema = v.looseObject({ timeZone: v.string() });

function timeZoneOf(manifest: ProjectFile | undefined): string | undefined {
  if (manifest === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(manifest.source);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(ManifestSchema, json);
  return parsed.success ? parsed.output.timeZone : undefined;
}

/** The plain warning: which of the project's files the push overwrites and which it deletes. */
export function replaceWarning(
  scriptId: string,
  remote: ProjectFile[],
  local: ProjectFile[],
  backup: string,
): string {
  const ours = new Set(local.map((file) => file.name));
  const width = Math.max(...remote.map((file) => file.shown.length));
  const lines = remote.map((file) => {
    const what =
      file.name === 'appsscript'
        ? manifestChange(
            file,
            local.find((f) => f.name === 'appsscript'),
          )
        : ours.has(file.name)
          ? `overwritten by KPI Guard's ${file.name}`
          : 'deleted';
    return `  ${file.shown.padEnd(width)}  ${what}`;
  });
  return [
    `Warning: the Apps Script project ${scriptId} already holds code that is not KPI Guard's.`,
    'A push replaces the whole project (Google deletes every file it does not send):',
    ...lines,
    `A copy of every file is in ${backup}/ on this machine.`,
  ].join('\n');
}

function manifestChange(remote: ProjectFile, local: ProjectFile | undefined): string {
  const from = timeZoneOf(remote);
  const to = timeZoneOf(local);
  const zone =
    from !== undefined && to !== undefined && from !== to ? ` (time zone ${from} → ${to})` : '';
  return `replaced by KPI Guard's manifest${zone}`;
}

/** Keeps the pulled files where the next pull will not overwrite them. */
export async function backUp(root: string, name: string, pulled: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backup = join(LOCAL_DIR, 'backup', `${name}-${stamp}`);
  await cp(pulled, join(root, backup), {
    recursive: true,
    filter: (src) => !src.endsWith(PROJECT_FILE),
  });
  return backup;
}
