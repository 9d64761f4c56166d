// MailApp as Google documents it: the four sendEmail signatures, the daily recipient quota
// (100 for a consumer account, 1,500 for Google Workspace, counted per recipient, reset 24
// hours after the first request), the per-message limits, refused without its scope in the
// manifest, in custom functions, simple triggers and AuthMode.NONE. Nothing leaves the
// machine: sent mail is recorded in runtime.mail.
import { describe, expect, it } from 'vitest';
import type { RuntimeOptions } from '../../../src/local/runtime/createRuntime';
import { fixtureRuntime } from './fixtureDist';

const CODE = `
function send(a, b, c, d) {
  if (arguments.length === 1) MailApp.sendEmail(a);
  else if (arguments.length === 3) MailApp.sendEmail(a, b, c);
  else MailApp.sendEmail(a, b, c, d);
  return MailApp.getRemainingDailyQuota();
}
function quota() { return MailApp.getRemainingDailyQuota(); }
function tryIt(message) {
  try { MailApp.sendEmail(message); return 'sent'; } catch (e) { return e.message; }
}
function MAILS() { return MailApp.getRemainingDailyQuota(); }
function onOpen(e) {
  try { MailApp.getRemainingDailyQuota(); globalThis.opened = 'allowed'; }
  catch (err) { globalThis.opened = err.message; }
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'quota').addToUi();
}
function fromOpen() { return globalThis.opened; }
function tick() { MailApp.sendEmail('me@example.com', 'From a trigger', 'body'); }
function schedule() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
function who() { return Session.getActiveUser().getEmail(); }
`;

const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/userinfo.email',
];

function runtime(scopes: string[] | null = SCOPES, options: Partial<RuntimeOptions> = {}) {
  const manifest = scopes === null ? { timeZone: 'Etc/UTC' } : { oauthScopes: scopes };
  return fixtureRuntime(CODE, undefined, {
    customFunctions: ['MAILS'],
    files: { 'appsscript.json': JSON.stringify(manifest) },
    ...options,
  });
}

const HOUR = 3_600_000;

describe('MailApp.sendEmail', () => {
  it('takes the four documented signatures and records each message, sent from the user', () => {
    const rt = runtime();
    rt.call('send', ['a@example.com', 'Plain', 'text']);
    rt.call('send', [
      'b@example.com',
      'With options',
      'text',
      { htmlBody: '<b>x</b>', name: 'Bot' },
    ]);
    rt.call('send', ['c@example.com', 'reply@example.com', 'Reply-to form', 'text']);
    rt.call('send', [
      { to: 'd@example.com, e@example.com', cc: 'f@example.com', subject: 'S', body: 'b' },
    ]);
    expect(
      rt.mail.sent.map((m) => [m.to, m.cc, m.subject, m.htmlBody, m.name, m.replyTo, m.from]),
    ).toEqual([
      [['a@example.com'], [], 'Plain', '', '', '', 'user@example.com'],
      [['b@example.com'], [], 'With options', '<b>x</b>', 'Bot', '', 'user@example.com'],
      [['c@example.com'], [], 'Reply-to form', '', '', 'reply@example.com', 'user@example.com'],
      [['d@example.com', 'e@example.com'], ['f@example.com'], 'S', '', '', '', 'user@example.com'],
    ]);
    expect(rt.mail.sent[0].sentAt).toBe('2026-03-02T10:00:00.000Z');
  });

  it('counts the quota per recipient: 100 a day for a consumer account, 1,500 for Workspace', () => {
    const consumer = runtime();
    expect(consumer.call('quota')).toBe(100);
    expect(
      consumer.call('send', [{ to: 'a@example.com,b@example.com', subject: 's', body: 'b' }]),
    ).toBe(98);
    const workspace = runtime(SCOPES, { mail: { account: 'workspace' } });
    expect(workspace.call('quota')).toBe(1500);
  });

  it('refuses a message past the quota, and the quota comes back 24 hours after the first send', () => {
    const rt = runtime(SCOPES, { mail: { usedToday: 99 } });
    expect(rt.call('quota')).toBe(1);
    expect(rt.call('tryIt', [{ to: 'a@example.com,b@example.com', subject: 's', body: 'b' }])).toBe(
      'Service invoked too many times for one day: email.',
    );
    expect(rt.mail.sent).toEqual([]);
    expect(rt.call('tryIt', [{ to: 'a@example.com', subject: 's', body: 'b' }])).toBe('sent');
    expect(rt.call('quota')).toBe(0);
    rt.clock.advance(23 * HOUR);
    expect(rt.call('quota')).toBe(0);
    rt.clock.advance(HOUR);
    expect(rt.call('quota')).toBe(100);
  });

  it('refuses no recipient, an invalid address, more than 50 recipients and a body over 200 KB', () => {
    const rt = runtime();
    const tryIt = (message: object) => rt.call('tryIt', [message]);
    expect(tryIt({ subject: 's', body: 'b' })).toBe('Failed to send email: no recipient');
    expect(tryIt({ to: 'not an address', subject: 's', body: 'b' })).toBe(
      'Invalid email: not an address',
    );
    expect(tryIt({ to: 'a@example.com', replyTo: 'nobody', subject: 's', body: 'b' })).toBe(
      'Invalid email: nobody',
    );
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@example.com`).join(',');
    expect(tryIt({ to: many, subject: 's', body: 'b' })).toBe(
      'Limit Exceeded: Email Recipients Per Message.',
    );
    expect(tryIt({ to: 'a@example.com', subject: 's', body: 'x'.repeat(200 * 1024 + 1) })).toBe(
      'Limit Exceeded: Email Body Size.',
    );
    expect(tryIt({ to: 'a@example.com', subject: 's', body: 'b', noReply: true })).toMatch(
      /only possible for Google Workspace accounts/,
    );
    expect(rt.mail.sent).toEqual([]);
    expect(rt.call('quota')).toBe(100);
  });

  it('lets a Workspace account send from no-reply and a body up to 400 KB', () => {
    const rt = runtime(SCOPES, { mail: { account: 'workspace' } });
    const body = 'x'.repeat(300 * 1024);
    expect(rt.call('tryIt', [{ to: 'a@example.com', subject: 's', body, noReply: true }])).toBe(
      'sent',
    );
    expect(rt.mail.sent[0].noReply).toBe(true);
  });

  it('sends from a time-driven trigger (AuthMode.FULL), as the trigger runs', () => {
    const rt = runtime();
    rt.call('schedule');
    rt.clock.advance(HOUR);
    expect(rt.triggerRuns.map((r) => r.error)).toEqual([null]);
    expect(rt.mail.sent.map((m) => m.subject)).toEqual(['From a trigger']);
  });
});

describe('where MailApp is refused', () => {
  it('without the script.send_mail scope in a manifest that lists its scopes', () => {
    const rt = runtime(SCOPES.filter((s) => !s.endsWith('send_mail')));
    expect(() => rt.call('quota')).toThrow(
      'You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });

  it('is allowed by a manifest without oauthScopes (Apps Script then detects the scopes)', () => {
    expect(runtime(null).call('quota')).toBe(100);
  });

  it('in a custom function', () => {
    const rt = runtime();
    rt.workbook.setFormulas('Sheet1', 2, 0, [['=MAILS()']]);
    expect(String(rt.workbook.getCellError('Sheet1', 2, 0))).toMatch(
      'You do not have permission to call MailApp.getRemainingDailyQuota',
    );
  });

  it('in onOpen, whether in AuthMode.NONE or LIMITED', () => {
    const none = runtime();
    expect(none.call('fromOpen')).toMatch(
      /^You do not have permission to call MailApp.getRemainingDailyQuota/,
    );
    const limited = runtime(SCOPES, { enabled: true });
    expect(limited.call('fromOpen')).toMatch(
      /^You do not have permission to call MailApp.getRemainingDailyQuota/,
    );
  });
});

describe('Session.getActiveUser and the userinfo.email scope', () => {
  it('answers the e-mail in a sidebar or menu call when the manifest has the scope', () => {
    expect(runtime().call('who')).toBe('user@example.com');
  });

  it('is refused when the manifest lists its scopes without userinfo.email', () => {
    const rt = runtime(SCOPES.filter((s) => !s.endsWith('userinfo.email')));
    expect(() => rt.call('who')).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
  });
});
