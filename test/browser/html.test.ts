// The sidebar document the preview serves: the bridge comes first, nothing external stays.
import { describe, expect, it } from 'vitest';
import { loadAssets } from '../../src/local/preview/assets';
import { pageHtml, sidebarHtml } from '../../src/local/preview/html';

describe('preview HTML', () => {
  it('puts the google.script bridge before the add-on scripts', async () => {
    const assets = await loadAssets();
    const html = sidebarHtml(
      '<!DOCTYPE html><html><head><base target="_top"></head><body><script>google.script.run.x()</script></body></html>',
      assets,
    );
    expect(html.startsWith('<!DOCTYPE html><html><head><script>')).toBe(true);
    expect(html.indexOf('kpi-guard-bridge')).toBeLessThan(html.indexOf('google.script.run.x()'));
  });

  it('drops external stylesheets and scripts', async () => {
    const assets = await loadAssets();
    const html = sidebarHtml(
      '<head><link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css"><script src="//cdn.example.com/x.js"></script><link rel="stylesheet" href="local.css"></head>',
      assets,
    );
    expect(html).not.toMatch(/gstatic|cdn\.example/);
    expect(html).toContain('local.css');
  });

  it('inlines everything into the page and escapes </script in scripts', async () => {
    const assets = await loadAssets();
    const html = pageHtml({ ...assets, pageScript: 'const s = "</script>";' });
    expect(html).toContain('const s = "<\\/script>";');
    expect(html).not.toMatch(/<(?:script|link|img)\b[^>]*\b(?:src|href)=["']?(?:https?:)?\/\//i);
  });
});
