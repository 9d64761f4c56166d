// `npm run build`: writes dist/ as clasp pushes it: Code.js (the bundle, one global),
// Stubs.js (generated top-level functions), Sidebar.html (one self-contained file) and
// appsscript.json (copied from the repository root, where clasp projects keep it).
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { PUBLIC_FUNCTIONS } from '../src/addon/registry';
import { escapeInlineScript } from '../src/local/preview/inline';
import { BUNDLE_GLOBAL, generateStubs } from './stubs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

async function bundle(entry: string, options: BuildOptions = {}): Promise<string> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    // Apps Script's V8 runtime supports ES2020; the sidebar runs in current browsers.
    target: 'es2020',
    platform: 'neutral',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    ...options,
  });
  const [output] = result.outputFiles ?? [];
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return output.text;
}

/**
 * The sidebar page with its stylesheet and script inlined. "</script" inside the script (a
 * string in a library, say) would end the element early, so it is escaped.
 */
export function inlineSidebar(html: string, css: string, js: string): string {
  // Function replacers: the bundle may contain `$&`-like sequences that a string would expand.
  return html
    .replace('/* inline:sidebar.css */', () => css.trim())
    .replace('/* inline:sidebar.js */', () => escapeInlineScript(js.trim()));
}

async function buildSidebar(): Promise<string> {
  const html = await readFile(join(root, 'src/sidebar/Sidebar.html'), 'utf8');
  const css = await readFile(join(root, 'src/sidebar/sidebar.css'), 'utf8');
  const js = await bundle('src/sidebar/main.tsx', {
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return inlineSidebar(html, css, js);
}

/**
 * Each file is written beside its place and renamed over it, so a test or preview reading
 * dist/ while `npm start` rebuilds it never sees a half-written file; stale files go.
 */
export async function buildDist(): Promise<void> {
  const files: Record<string, string> = {
    'Code.js': await bundle('src/index.ts', { globalName: BUNDLE_GLOBAL }),
    'Stubs.js': generateStubs(PUBLIC_FUNCTIONS),
    'Sidebar.html': await buildSidebar(),
    'appsscript.json': await readFile(join(root, 'appsscript.json'), 'utf8'),
  };
  await mkdir(dist, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const temporary = join(dist, `.${name}.${process.pid}.tmp`);
    await writeFile(temporary, text);
    await rename(temporary, join(dist, name));
  }
  for (const name of await readdir(dist)) {
    if (!(name in files) && !name.endsWith('.tmp')) await rm(join(dist, name), { force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  await buildDist();
  console.log(`Built dist/ in ${Math.round(performance.now() - started)} ms`);
}
