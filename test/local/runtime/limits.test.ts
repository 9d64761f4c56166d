// Service limits as Google documents them (quotas page, Cache and Lock references), each
// refused the way Apps Script refuses it.
import { describe, expect, it } from 'vitest';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function prop(key, size) { PropertiesService.getScriptProperties().setProperty(key, new Array(size + 1).join('x')); }
function props(n, size) {
  var all = {};
  for (var i = 0; i < n; i++) all['k' + i] = new Array(size + 1).join('y');
  PropertiesService.getScriptProperties().setProperties(all);
}
function cachePut(keyLength, valueLength, seconds) {
  CacheService.getScriptCache().put(new Array(keyLength + 1).join('k'), new Array(valueLength + 1).join('v'), seconds);
  return 'ok';
}
function cacheMany(n) {
  var c = CacheService.getScriptCache();
  for (var i = 0; i < n; i++) c.put('item' + i, 'v', 60 + i);
  var kept = 0;
  for (var j = 0; j < n; j++) if (c.get('item' + j) !== null) kept++;
  return [kept, c.get('item0'), c.get('item' + (n - 1))];
}
function documentScoped() {
  return [LockService.getDocumentLock() === null, CacheService.getDocumentCache() === null,
    PropertiesService.getDocumentProperties() === null, SpreadsheetApp.getActiveSpreadsheet() === null];
}
function flushed() { SpreadsheetApp.flush(); return 'flushed'; }
function manyTriggers(n) { for (var i = 0; i < n; i++) ScriptApp.newTrigger('t' + i).timeBased().everyMinutes(10).create(); }
function t0() {}
function openTrigger(id) {
  var target = id === 'this' ? SpreadsheetApp.getActiveSpreadsheet() : id;
  return ScriptApp.newTrigger('t0').forSpreadsheet(target).onOpen().create().getEventType() + '';
}
`;

const KB = 1024;

describe('Properties', () => {
  it('take a value up to 9 KB and refuse one byte more', () => {
    const runtime = fixtureRuntime(CODE);
    runtime.call('prop', ['a', 9 * KB - 1]); // key 'a' is not part of the value
    expect(() => runtime.call('prop', ['b', 9 * KB + 1])).toThrow('Argument too large: value');
    expect(runtime.properties.script.has('b')).toBe(false);
  });

  it('refuse to grow a store past 500 KB, writing nothing of the refused call', () => {
    const runtime = fixtureRuntime(CODE);
    runtime.call('props', [60, 8 * KB]); // 480 KB
    expect(() => runtime.call('props', [70, 8 * KB])).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(runtime.properties.script.size).toBe(60);
  });
});

describe('Cache', () => {
  it.each([
    ['a 251-character key', [251, 1, 60], 'Argument too large: key'],
    ['a value over 100 KB', [3, 100 * KB + 1, 60], 'Argument too large: value'],
    ['an expiry over 6 hours', [3, 1, 21_601], 'Invalid argument: expirationInSeconds'],
    ['an expiry under 1 second', [3, 1, 0], 'Invalid argument: expirationInSeconds'],
  ])('refuses %s', (_what, args, message) => {
    expect(() => fixtureRuntime(CODE).call('cachePut', args)).toThrow(message);
  });

  it('takes the largest allowed key, value and expiry', () => {
    expect(fixtureRuntime(CODE).call('cachePut', [250, 100 * KB, 21_600])).toBe('ok');
  });

  it('keeps the 900 items farthest from expiry once more than 1,000 are written', () => {
    expect(fixtureRuntime(CODE).call('cacheMany', [1001])).toEqual([900, null, 'v']);
  });
});

describe('outside a document (a standalone script)', () => {
  it('has no document lock, cache, properties or active spreadsheet', () => {
    const runtime = fixtureRuntime(CODE, undefined, { document: false });
    expect(runtime.call('documentScoped')).toEqual([true, true, true, true]);
    expect(fixtureRuntime(CODE).call('documentScoped')).toEqual([false, false, false, false]);
  });
});

describe('SpreadsheetApp.flush and triggers', () => {
  it('flush exists', () => {
    expect(fixtureRuntime(CODE).call('flushed')).toBe('flushed');
  });

  it('an add-on creates triggers only for the file it is used in', () => {
    const runtime = fixtureRuntime(CODE);
    expect(runtime.call('openTrigger', ['this'])).toBe('ON_OPEN');
    expect(() => runtime.call('openTrigger', ['1SomeOtherSpreadsheetId'])).toThrow(
      /only create triggers for the file in which the add-on is used/,
    );
  });

  it('a script may have 20 triggers per user, not 21', () => {
    const runtime = fixtureRuntime(CODE, undefined, { addon: false });
    runtime.call('manyTriggers', [20]);
    expect(runtime.triggers).toHaveLength(20);
    expect(() => runtime.call('manyTriggers', [1])).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });
});
