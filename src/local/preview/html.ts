// The two HTML documents the preview serves: the page (grid, menus, clock, sidebar pane)
// and the add-on's sidebar with the google.script.run bridge injected.

import { inlineScript, type PreviewAssets } from './assets';

export function pageHtml(assets: PreviewAssets): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KPI Guard — local preview</title>
<link rel="icon" href="data:,">
<style>${assets.css}</style>
</head>
<body>
<header id="topbar">
  <span class="brand">KPI Guard <small>local preview</small></span>
  <nav id="menubar" aria-label="Add-on menus"></nav>
  <div id="clock" role="group" aria-label="Clock">
    <span>Advance clock:</span>
    <button type="button" data-advance="3600000">+1 hour</button>
    <button type="button" data-advance="86400000">+1 day</button>
    <button type="button" data-advance="604800000">+1 week</button>
  </div>
  <div id="file" role="group" aria-label="File">
    <span id="file-name"></span>
    <button type="button" id="save" aria-keyshortcuts="Control+S">Save</button>
  </div>
  <button type="button" id="outbox-toggle" aria-controls="outbox" aria-expanded="false">Outbox <span id="outbox-count">0</span></button>
</header>
<section id="outbox" aria-labelledby="outbox-heading" hidden>
  <div class="outbox-head">
    <h2 id="outbox-heading">Outbox</h2>
    <button type="button" id="outbox-close" aria-label="Close outbox">×</button>
  </div>
  <p class="outbox-note">Email the add-on sent with MailApp. Nothing leaves this machine.</p>
  <p id="outbox-empty">No email sent yet.</p>
  <ol id="outbox-list"></ol>
</section>
<div id="file-notes" role="note" hidden></div>
<div id="formulabar">
  <span id="cellref" aria-label="Selected cell">A1</span>
  <span class="fx">fx</span>
  <input id="formula" aria-label="Formula bar" spellcheck="false" autocomplete="off">
</div>
<main>
  <div id="grid" tabindex="0" aria-label="Sheet grid">
    <div id="grid-header"></div>
    <div id="grid-body">
      <div id="grid-rows"></div>
      <input id="cell-editor" aria-label="Cell editor" spellcheck="false" autocomplete="off" hidden>
    </div>
  </div>
  <aside id="sidebar" hidden>
    <div class="sidebar-head">
      <span id="sidebar-title"></span>
      <button type="button" id="sidebar-close" aria-label="Close sidebar">×</button>
    </div>
    <iframe id="sidebar-frame" title="Add-on sidebar"></iframe>
  </aside>
</main>
<footer>
  <nav id="tabs" aria-label="Sheets"></nav>
  <div id="status" role="status"></div>
</footer>
<div id="notices" aria-live="polite"></div>
<dialog id="ask" aria-labelledby="ask-title" aria-describedby="ask-text">
  <div class="ask-head">
    <h2 id="ask-title"></h2>
    <button type="button" class="ask-close" aria-label="Close">×</button>
  </div>
  <p id="ask-text"></p>
  <input id="ask-input" aria-labelledby="ask-text" spellcheck="false" autocomplete="off" hidden>
  <div id="ask-buttons"></div>
</dialog>
${inlineScript(assets.pageScript)}
</body>
</html>
`;
}

/**
 * The add-on's sidebar HTML with the bridge as the first script, so google.script exists
 * before any of the add-on's own scripts run. External stylesheets and scripts (Google's
 * add-on CSS, CDNs) are dropped: the preview must not leave localhost.
 */
export function sidebarHtml(html: string, assets: PreviewAssets): string {
  const local = html.replace(
    /<(link|script)\b[^>]*\b(?:href|src)\s*=\s*["']?(?:https?:)?\/\/[^>]*>(?:\s*<\/script>)?/gi,
    '<!-- external $1 removed by the local preview -->',
  );
  const bridge = inlineScript(assets.bridgeScript);
  const head = /<head\b[^>]*>/i.exec(local);
  if (head) return spliceAt(local, head.index + head[0].length, bridge);
  const start = /<html\b[^>]*>|<!DOCTYPE[^>]*>/i.exec(local);
  if (start) return spliceAt(local, start.index + start[0].length, bridge);
  return bridge + local;
}

const spliceAt = (text: string, at: number, insert: string): string =>
  text.slice(0, at) + insert + text.slice(at);
