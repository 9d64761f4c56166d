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

  it('the README names every scope of the manifest, and the digest’s mail scopes with why', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const manifest = JSON.parse(readFileSync(manifestPath as string, 'utf8')) as {
      oauthScopes: string[];
    };
    const listed = /least-privilege scopes:([^)]*)\)/.exec(readme)?.[1] ?? '';
    const named = [...listed.matchAll(/`([a-z.]+_?[a-z.]*)`/g)].map((m) => m[1]);
    expect(named.sort()).toEqual(
      manifest.oauthScopes
        .map((scope) => scope.replace('https://www.googleapis.com/auth/', ''))
        .sort(),
    );
    const digest = readme.slice(readme.indexOf('### The change digest'));
    expect(digest).toContain('`script.send_mail`');
    expect(digest).toContain('`userinfo.email`');
  });

  it('links the listing graphics that exist', () => {
    for (const [, file] of publishing.matchAll(/`(listing\/[^`]+)`/g))
      expect(existsSync(join(ROOT, 'docs', file)), file).toBe(true);
  });
});
