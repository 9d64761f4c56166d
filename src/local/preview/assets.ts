// The page's script and the sidebar's google.script.run bridge are TypeScript under
// ./client, type-checked with the rest of the repo; esbuild bundles each into one inline
// script when the server starts (esbuild is already the add-on's bundler), so the page
// stays a single self-contained HTML document with no external requests.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { escapeInlineScript } from './inline';

export interface PreviewAssets {
  pageScript: string;
  bridgeScript: string;
  css: string;
}

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [here(entry)],
    bundle: true,
    format: 'iife',
    target: 'chrome110',
    write: false,
    logLevel: 'silent',
    charset: 'utf8',
  });
  return result.outputFiles[0].text;
}

let cached: Promise<PreviewAssets> | undefined;

/** Built once per process; a failed build is not cached so a fix can be retried. */
export function loadAssets(): Promise<PreviewAssets> {
  cached ??= Promise.all([
    bundle('./client/main.ts'),
    bundle('./client/bridge.ts'),
    readFile(here('./client/page.css'), 'utf8'),
    readFile(here('./client/file.css'), 'utf8'),
    readFile(here('./client/dialog.css'), 'utf8'),
  ]).then(
    ([pageScript, bridgeScript, css, fileCss, dialogCss]) => ({
      pageScript,
      bridgeScript,
      css: css + fileCss + dialogCss,
    }),
    (error: unknown) => {
      cached = undefined;
      throw error;
    },
  );
  return cached;
}

/** Inline <script> text must not contain "</script" or the HTML parser ends it early. */
export function inlineScript(js: string): string {
  return `<script>${escapeInlineScript(js)}</script>`;
}
