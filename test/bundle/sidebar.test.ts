// dist/Sidebar.html as HtmlService serves it: one self-contained file, small, with nothing
// of the server's code in it and nothing that turns text into code.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/distFiles';

const path = join(DIST, 'Sidebar.html');
const html = () => readFileSync(path, 'utf8');
const script = () => {
  const match = /<script>([\s\S]*)<\/script>/.exec(html());
  if (!match) throw new Error('Sidebar.html has no inline script');
  return match[1];
};

describe('dist/Sidebar.html', () => {
  it('is under 100 KiB', () => {
    expect(statSync(path).size).toBeLessThan(100 * 1024);
  });

  it('loads nothing from elsewhere: one inline style and one inline script', () => {
    const text = html();
    expect(text).not.toMatch(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=/i);
    expect(text).not.toMatch(/@import|url\(\s*['"]?(?:https?:)?\/\//i);
    expect(text.match(/<script>/g)).toHaveLength(1);
    expect(script()).not.toMatch(/<\/script/i);
    // No request but google.script.run.
    expect(script()).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/);
  });

  it('holds none of the server code and no eval', () => {
    const js = script();
    expect(js).toContain('google.script.run');
    expect(js).not.toMatch(/SpreadsheetApp|PropertiesService|LockService|getDeveloperMetadata/);
    expect(js).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(/);
  });
});
