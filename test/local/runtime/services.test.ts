// Script services: triggers with the add-on rules, properties, locks, cache, HtmlService
// templates, Utilities.formatDate and google.script.run's calling conventions.
import { describe, expect, it } from 'vitest';
import { fixtureRuntime } from './fixtureDist';

const HOUR = 3_600_000;

const CODE = `
function schedule(kind, n, handler) {
  var b = ScriptApp.newTrigger(handler || 'refresh').timeBased();
  if (kind === 'minutes') b.everyMinutes(n);
  if (kind === 'hours') b.everyHours(n);
  if (kind === 'daily') b.everyDays(1).atHour(n);
  return b.create().getUniqueId();
}
function triggerInfo() {
  return ScriptApp.getProjectTriggers().map(function (t) {
    return [t.getHandlerFunction(), String(t.getEventType()), t.getEventType() === ScriptApp.EventType.CLOCK];
  });
}
function unschedule() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function refresh(e) {
  var p = PropertiesService.getDocumentProperties();
  p.setProperty('runs', Number(p.getProperty('runs') || 0) + 1);
  p.setProperty('last', e.hour + ':' + e.minute + ' ' + e.triggerUid.length);
}
function refreshUi() { SpreadsheetApp.getUi(); }
function store() {
  var p = PropertiesService.getDocumentProperties();
  p.setProperty('n', 42);
  p.setProperties({ flag: true, obj: { a: 1 } });
  return [typeof p.getProperty('n'), p.getProperty('n'), p.getProperty('flag'), p.getProperty('missing'), p.getKeys().sort()];
}
function lockTwice() {
  var a = LockService.getDocumentLock();
  var got = a.tryLock(1000);
  return [got, a.hasLock(), LockService.getDocumentLock().hasLock()];
}
function lockOrFail() {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(100)) { lock.waitLock(100); }
  return 'locked';
}
function cachePut() { CacheService.getScriptCache().put('k', 7, 60); }
function cacheGet() { return CacheService.getScriptCache().get('k'); }
function page() {
  var t = HtmlService.createTemplateFromFile('Page');
  t.name = '<Ann>';
  t.items = ['a', 'b'];
  return t.evaluate().setTitle('T').getContent();
}
function greeting() { return 'hello'; }
function fmt(ms, tz, pattern) { return Utilities.formatDate(new Date(ms), tz, pattern); }
function echo(x) { return x; }
function today() { return new Date(0); }
function boom() { throw new Error('Nope: fix the input'); }
function log() { Logger.log('n=%s', 3); console.log('hi', { a: 1 }); }
function who() { return Session.getActiveUser().getEmail(); }
`;

describe('ScriptApp triggers for an editor add-on', () => {
  it('refuses triggers more frequent than hourly', () => {
    const runtime = fixtureRuntime(CODE);
    expect(() => runtime.call('schedule', ['minutes', 30])).toThrow(/once an hour/);
    expect(runtime.triggers).toEqual([]);
  });

  it('allows one time-driven trigger per user per document', () => {
    const runtime = fixtureRuntime(CODE);
    runtime.call('schedule', ['hours', 1]);
    expect(() => runtime.call('schedule', ['daily', 6])).toThrow(/too many time-based triggers/);
    expect(runtime.call('triggerInfo', [])).toEqual([['refresh', 'CLOCK', true]]);
    runtime.call('unschedule', []);
    expect(runtime.triggers).toEqual([]);
    runtime.call('schedule', ['daily', 6]);
    expect(runtime.triggers).toHaveLength(1);
  });

  it('fires due triggers as the clock advances, with a time-driven event', () => {
    const runtime = fixtureRuntime(CODE); // clock starts 2026-03-02T10:00Z
    runtime.call('schedule', ['hours', 2]);
    runtime.clock.advance(5 * HOUR);
    expect(runtime.properties.document.get('runs')).toBe('2');
    expect(runtime.triggerRuns.map((r) => r.at.toISOString())).toEqual([
      '2026-03-02T12:00:00.000Z',
      '2026-03-02T14:00:00.000Z',
    ]);
    expect(runtime.properties.document.get('last')).toBe('14:0 19');
    expect(runtime.clock.now().toISOString()).toBe('2026-03-02T15:00:00.000Z');
  });

  it('runs a daily trigger at its hour, and a trigger has no Ui', () => {
    const runtime = fixtureRuntime(CODE);
    runtime.call('schedule', ['daily', 6]);
    runtime.clock.advance(24 * HOUR);
    expect(runtime.triggerRuns.map((r) => r.at.toISOString())).toEqual([
      '2026-03-03T06:00:00.000Z',
    ]);
    runtime.call('unschedule', []);
    runtime.call('schedule', ['hours', 1, 'refreshUi']);
    runtime.clock.advance(HOUR);
    expect(runtime.triggerRuns.at(-1)?.error).toMatch(/getUi/);
  });
});

describe('PropertiesService', () => {
  it('stores every value as a string', () => {
    const runtime = fixtureRuntime(CODE);
    expect(runtime.call('store', [])).toEqual(['string', '42', 'true', null, ['flag', 'n', 'obj']]);
    expect(runtime.properties.document.get('obj')).toBe('[object Object]');
  });
});

describe('LockService', () => {
  it('a lock belongs to the execution and is released when it ends', () => {
    const runtime = fixtureRuntime(CODE);
    expect(runtime.call('lockTwice', [])).toEqual([true, true, true]);
    expect(runtime.call('lockTwice', [])).toEqual([true, true, true]);
  });

  it('waitLock times out while another execution holds the lock', () => {
    const runtime = fixtureRuntime(CODE);
    const release = runtime.holdLock('document');
    expect(() => runtime.call('lockOrFail', [])).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    release();
    expect(runtime.call('lockOrFail', [])).toBe('locked');
  });
});

describe('CacheService', () => {
  it('keeps a value until its expiry on the runtime clock', () => {
    const runtime = fixtureRuntime(CODE);
    runtime.call('cachePut', []);
    runtime.clock.advance(59_000);
    expect(runtime.call('cacheGet', [])).toBe('7');
    runtime.clock.advance(1_000);
    expect(runtime.call('cacheGet', [])).toBeNull();
  });
});

describe('HtmlService', () => {
  it('evaluates template scriptlets in the add-on scope, escaping <?= ?>', () => {
    const page =
      '<h1><?= name ?></h1><?!= "<b>raw</b>" ?><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?><p><?= greeting() ?></p>';
    const runtime = fixtureRuntime(CODE, undefined, { files: { 'Page.html': page } });
    expect(runtime.call('page', [])).toBe(
      '<h1>&lt;Ann&gt;</h1><b>raw</b><li>a</li><li>b</li><p>hello</p>',
    );
  });
});

describe('Utilities, Logger, Session', () => {
  it('formats dates with SimpleDateFormat letters in a time zone', () => {
    const runtime = fixtureRuntime(CODE);
    const ms = Date.UTC(2026, 2, 2, 9, 5, 7);
    expect(runtime.call('fmt', [ms, 'Etc/UTC', 'yyyy-MM-dd HH:mm:ss EEE'])).toBe(
      '2026-03-02 09:05:07 Mon',
    );
    expect(runtime.call('fmt', [ms, 'Europe/Amsterdam', "dd/MM/yy 'om' HH:mm"])).toBe(
      '02/03/26 om 10:05',
    );
    expect(runtime.call('fmt', [ms, 'America/New_York', 'EEEE d MMM, h a Z'])).toBe(
      'Monday 2 Mar, 4 AM -0500',
    );
  });

  it('records log lines and knows the user', () => {
    const runtime = fixtureRuntime(CODE, undefined, { user: 'ann@example.org' });
    runtime.call('log', []);
    expect(runtime.logs).toEqual(['n=3', 'hi {"a":1}']);
    expect(runtime.call('who', [])).toBe('ann@example.org');
  });
});

describe('call() as google.script.run', () => {
  it('copies arguments and results as JSON', () => {
    const runtime = fixtureRuntime(CODE);
    const arg = { list: [1, 'x', null, true], nested: { a: 1 } };
    const result = runtime.call('echo', [arg]);
    expect(result).toEqual(arg);
    expect(result).not.toBe(arg);
  });

  it("refuses Dates and functions as Google's client does, and delivers a Date result as null", () => {
    const runtime = fixtureRuntime(CODE);
    expect(() => runtime.call('echo', [new Date()])).toThrow(
      new TypeError('Failed due to illegal value in property: 0'),
    );
    expect(() => runtime.call('echo', [1, { when: new Date() }])).toThrow(
      'Failed due to illegal value in property: when',
    );
    expect(() => runtime.call('echo', [[1, () => 2]])).toThrow(
      'Failed due to illegal value in property: 1',
    );
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => runtime.call('echo', [loop])).toThrow('Failed due to circular reference.');
    expect(runtime.call('today', [])).toBeNull();
  });

  it('throws a plain Error with the server message; private and unknown functions are not found', () => {
    const runtime = fixtureRuntime(CODE);
    const error = (() => {
      try {
        runtime.call('boom', []);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Nope: fix the input');
    expect(() => runtime.call('nothing', [])).toThrow('Script function not found: nothing');
    expect(() => runtime.call('helper_', [])).toThrow('Script function not found: helper_');
  });
});
