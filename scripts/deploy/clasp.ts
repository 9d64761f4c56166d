// Runs clasp 3 (node_modules/@google/clasp) as a child process, as a user would, and turns
// what it prints when something is missing into the next step to take.
//
// What clasp 3.4.1 really does, read in node_modules/@google/clasp/build/src:
// - commands/program.js: the global `-P, --project <file>` (env `clasp_config_project`)
//   names the project file; core/clasp.js (findProjectRootDir) then takes the file's own
//   folder as the project root and resolves its `rootDir` (or `srcDir`) inside it, refusing
//   a rootDir outside that folder ("Security Error"). So a generated project file beside the
//   committed .clasp.json can point at dist/ without touching the committed file. It compares
//   the resolved rootDir with the folder as given, so a relative -P whose rootDir is "."
//   fails with 'srcDir "." escapes project root': this script always passes -P absolute.
// - commands/create-script.js: `create` stops with "Project file already exists." only when
//   the project file has a scriptId (core/project.js exists()); otherwise it creates a NEW
//   container (Drive files.create) for `--type sheets|docs|slides|forms` and ignores
//   `--parentId` for those types (it is passed only for standalone scripts, where it names
//   the parent document or folder). It then pulls the new project's files into `--rootDir`
//   and rewrites the project file (core/project.js updateSettings) with scriptId, rootDir
//   and an emptied filePushOrder. So `create` can never bind an existing spreadsheet, and
//   run against the committed .clasp.json it would overwrite it and write into dist/.
// - core/files.js push(): sends every local file of rootDir (after .claspignore) in one
//   projects.updateContent call. Google's reference for that method: "This clears all the
//   existing files in the project." (developers.google.com/apps-script/api/reference/rest/
//   v1/projects/updateContent). A remote file missing from rootDir, such as the user's own
//   macros, is deleted, and one with the same name (Code) is overwritten.
// - commands/push.js: with a changed appsscript.json and no --force, it asks before pushing
//   and, when not in a terminal, prints "Skipping push." and exits 0 without pushing.
// - commands/show-file-status.js lists LOCAL files only; the remote files are read with
//   `pull` (core/files.js fetchRemote: projects.getContent), which this script does into a
//   scratch folder before every push.
// - core/utils.js: "Project settings not found." is assertScriptConfigured (no scriptId);
//   "No credentials found." is assertAuthenticated (no login in ~/.clasprc.json, or the
//   file named by --auth / clasp_config_auth); API errors are rethrown with Google's own
//   message, which index.js prints on stderr with exit code 1.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as v from 'valibot';
import { DeployError, NO_SCRIPT_ID } from './targets';

const CLASP_BIN = createRequire(import.meta.url).resolve('@google/clasp');

export interface ClaspResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `clasp ARGS` in `cwd` and collects its output; never throws for a failing exit. */
export function runClasp(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ClaspResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLASP_BIN, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

export const README_INSTALL = 'README: "Install on an existing spreadsheet".';
const API_SETTINGS = 'https://script.google.com/home/usersettings';

export const NOT_LOGGED_IN = [
  'Not logged in to Google, so clasp cannot reach the script.',
  `  1. If not done yet, turn on the Apps Script API for your account: ${API_SETTINGS}`,
  '  2. npx clasp login',
  '  3. npm run deploy',
  README_INSTALL,
].join('\n');

const API_DISABLED = [
  'The Apps Script API is turned off for this Google account, so clasp may not change scripts.',
  `  1. Open ${API_SETTINGS} and turn "Google Apps Script API" on.`,
  '  2. Wait a few minutes (Google says the change takes a while), then: npm run deploy',
  README_INSTALL,
].join('\n');

/** One line of what clasp said: its own message, without the spinner's noise. */
function claspSaid(result: ClaspResult): string {
  const text = `${result.stderr}\n${result.stdout}`.trim();
  return text.split('\n').find((line) => line.trim() !== '') ?? `exit code ${result.code}`;
}

/** The next step for a failed clasp run, from the message clasp printed. */
export function explainClaspFailure(result: ClaspResult, scriptId: string, what: string): string {
  const said = `${result.stderr}\n${result.stdout}`;
  if (/has not enabled the Apps Script API|script\.google\.com\/home\/usersettings/.test(said))
    return API_DISABLED;
  if (/No credentials found/.test(said)) return NOT_LOGGED_IN;
  if (/Project settings not found|Script ID is not set/.test(said)) return NO_SCRIPT_ID;
  if (
    /invalid_grant|invalid_client|Token has been expired or revoked|invalid authentication credentials|UNAUTHENTICATED/.test(
      said,
    )
  ) {
    return `Google refused the saved login (${claspSaid(result)}): log in again with npx clasp login, then npm run deploy.\n${README_INSTALL}`;
  }
  if (/Requested entity was not found|NOT_FOUND/.test(said)) {
    return [
      `No Apps Script project with the id ${scriptId} is visible to this Google account.`,
      '  Check that it is the Script ID from Extensions ▸ Apps Script ▸ Project Settings, not the',
      "  spreadsheet's id from its address, and that you logged in (npx clasp login) as an editor.",
      `  Then: npm run deploy -- --script-id <SCRIPT_ID>`,
      README_INSTALL,
    ].join('\n');
  }
  if (/The caller does not have permission|PERMISSION_DENIED|does not have permission/.test(said)) {
    return `This Google account may not edit the script ${scriptId} (${claspSaid(result)}). Ask the spreadsheet's owner to share it with you as an editor, or log in as them: npx clasp login.\n${README_INSTALL}`;
  }
  if (
    /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up/.test(said)
  ) {
    return `Could not reach Google while ${what} (${claspSaid(result)}). Check the internet connection (or HTTPS_PROXY), then run npm run deploy again.`;
  }
  return `clasp failed while ${what}: ${said.trim() || `exit code ${result.code}`}`;
}

const LoginSchema = v.object({ loggedIn: v.boolean(), email: v.optional(v.string()) });
export type Login = v.InferOutput<typeof LoginSchema>;

/**
 * Who clasp is logged in as, from its own `show-authorized-user --json`: the credentials
 * clasp would use (~/.clasprc.json, --auth or clasp_config_auth), however they are stored.
 */
export async function claspLogin(cwd: string, env?: NodeJS.ProcessEnv): Promise<Login> {
  const result = await runClasp(['show-authorized-user', '--json'], cwd, env);
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    json = undefined;
  }
  const parsed = v.safeParse(LoginSchema, json);
  if (!parsed.success) {
    throw new DeployError(`clasp could not tell who is logged in: ${claspSaid(result)}`);
  }
  return parsed.output;
}
