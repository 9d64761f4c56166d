// docs/publishing.md explains exactly the OAuth scopes the manifest asks for: a scope added
// to appsscript.json without a reason for the Marketplace listing fails here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
// The manifest moves from src/ to the repository root; read whichever is there.
const manifestPath = [join(ROOT, 'appsscript.json'), join(ROOT, 'src', 'appsscript.json')].find(
  (path) => existsSync(path),
);
const publishing = readFileSync(join(ROOT, 'docs', 'publishing.md'), 'utf8');

describe('docs/publishing.md', () => {
  it('gives a reason for each OAuth scope of the manifest, and names no other', () => {
    expect(manifestPath).toBeDefined();
    const manifest = JSON.parse(readFileSync(manifestPath as string, 'utf8')) as {
      oauthScopes: string[];
    };
    const documented = [
      ...publishing.matchAll(/^\| `(https:\/\/www\.googleapis\.com\/auth\/[^`]+)` \| \S/gm),
    ].map((match) => match[1]);
    expect(documented.sort()).toEqual([...manifest.oauthScopes].sort());
  });

  it('links the listing graphics that exist', () => {
    for (const [, file] of publishing.matchAll(/`(listing\/[^`]+)`/g))
      expect(existsSync(join(ROOT, 'docs', file)), file).toBe(true);
  });
});
