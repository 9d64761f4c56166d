// Reads the built dist/ the way the tests need it: file texts, and the JSDoc block above
// each generated stub.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function distScripts(): { name: string; text: string }[] {
  return readdirSync(DIST)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, text: readFileSync(join(DIST, name), 'utf8') }));
}

/** The JSDoc block and parameter list of a top-level `function NAME(...)` in Stubs.js. */
export function stubOf(name: string): { jsdoc: string; params: string[] } | null {
  const stubs = readFileSync(join(DIST, 'Stubs.js'), 'utf8');
  const match = new RegExp(
    `(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\nfunction ${name}\\(([^)]*)\\)`,
  ).exec(stubs);
  if (!match) return null;
  const params = match[2]
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return { jsdoc: match[1], params };
}
