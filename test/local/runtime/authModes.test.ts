// The editor add-on authorization lifecycle: onOpen runs in AuthMode.NONE where the add-on is
// installed but not yet used, and may only build its menu; once used (a menu item, the
// sidebar) or installed from this document, onOpen runs in LIMITED and onInstall in FULL.
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../src/local/runtime/createRuntime';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
var seen = [];
function onOpen(e) {
  seen.push(String(e.authMode));
  var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Open sidebar', 'showSidebar');
  if (e.authMode !== ScriptApp.AuthMode.NONE) {
    // Allowed once the add-on is enabled here (LIMITED): the document and its properties.
    var started = PropertiesService.getDocumentProperties().getProperty('started');
    menu.addItem(started ? 'Status' : 'Start', 'start');
  }
  menu.addToUi();
}
function onInstall(e) { seen.push('install ' + e.authMode); onOpen(e); ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
function modes() { return seen; }
function showSidebar() { return 'shown'; }
function tick() {}
`;

const PROBE = `
function onOpen(e) {
  var out = [];
  var tries = {
    source: function () { return e.source.getName(); },
    active: function () { return SpreadsheetApp.getActiveSpreadsheet().getName(); },
    properties: function () { return PropertiesService.getDocumentProperties().getKeys().length; },
    triggers: function () { return ScriptApp.getProjectTriggers().length; },
    email: function () { return JSON.stringify(Session.getActiveUser().getEmail()); },
    cache: function () { CacheService.getScriptCache().put('k', 'v'); return 'ok'; },
    utilities: function () { return Utilities.formatString('%s', 'ok'); },
  };
  Object.keys(tries).forEach(function (k) {
    try { out.push(k + ': ' + tries[k]()); } catch (err) { out.push(k + ': ' + err.message); }
  });
  PropertiesService.getScriptProperties; // a property read, not a call
  globalThis.probed = out;
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
}
function probe() { return globalThis.probed; }
function showSidebar() {}
`;

describe('onOpen where the add-on is installed but not used yet (AuthMode.NONE)', () => {
  it('builds the menu, and may not read the document, its properties or the user', () => {
    const runtime = fixtureRuntime(PROBE);
    expect(runtime.ui.menus[0].items.map((i) => i.caption)).toEqual(['Open sidebar']);
    const probed = runtime.global('probed');
    expect(probed).toEqual([
      'source: You do not have permission to call Spreadsheet.getName.',
      'active: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.',
      'properties: You do not have permission to call PropertiesService.getDocumentProperties.',
      'triggers: You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
      'email: ""',
      'cache: ok',
      'utilities: ok',
    ]);
  });

  it('an onOpen that reads properties in NONE fails, and the failure is a runtime warning', () => {
    const runtime = fixtureRuntime(CODE.replace('e.authMode !== ScriptApp.AuthMode.NONE', 'true'));
    expect(runtime.ui.menus).toEqual([]);
    expect(runtime.takeWarnings()).toEqual([
      'onOpen failed in AuthMode.NONE: You do not have permission to call PropertiesService.getDocumentProperties.',
    ]);
  });
});

describe('after the add-on is used in the document', () => {
  it('onOpen runs in LIMITED when the document opens again', () => {
    const runtime = fixtureRuntime(CODE);
    expect(runtime.enabled).toBe(false);
    expect(runtime.call('showSidebar')).toBe('shown');
    expect(runtime.enabled).toBe(true);
    runtime.open();
    expect(runtime.call('modes')).toEqual(['NONE', 'LIMITED']);
    expect(runtime.ui.menus[0].items.map((i) => i.caption)).toEqual(['Open sidebar', 'Start']);
  });

  it('onInstall runs in FULL, may create triggers, and enables the add-on', () => {
    const runtime = fixtureRuntime(CODE);
    runtime.install();
    expect(runtime.warnings).toEqual([]);
    expect(runtime.triggers).toHaveLength(1);
    expect(runtime.enabled).toBe(true);
    expect(runtime.call('modes')).toEqual(['NONE', 'install FULL', 'FULL']);
  });

  it('a simple trigger in LIMITED may not manage triggers (they need authorization)', () => {
    const runtime = fixtureRuntime(
      "function onOpen(e) { ScriptApp.newTrigger('x').timeBased().everyHours(1).create(); }",
      undefined,
      { enabled: true },
    );
    expect(runtime.takeWarnings()).toEqual([
      'onOpen failed in AuthMode.LIMITED: You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    ]);
  });

  it('a script bound to the spreadsheet (not an add-on) opens in LIMITED', () => {
    const runtime = fixtureRuntime(CODE, undefined, { addon: false });
    expect(runtime.call('modes')).toEqual(['LIMITED']);
  });
});

describe('a document opened read-only', () => {
  it('runs no simple trigger, so the add-on has no menu', () => {
    const runtime = fixtureRuntime(CODE, undefined, { readOnly: true });
    expect(runtime.ui.menus).toEqual([]);
    runtime.open();
    expect(runtime.call('modes')).toEqual([]);
  });
});

describe('the built add-on', () => {
  it('builds its menu in AuthMode.NONE without touching anything that needs authorization', () => {
    const runtime = createRuntime({ data: { sheets: [{ name: 'S', cells: [['a']] }] } });
    expect(runtime.enabled).toBe(false);
    expect(runtime.warnings).toEqual([]);
    expect(runtime.ui.menus[0]?.items.map((i) => i.functionName)).toContain('showSidebar');
  });
});
