// The change digest's delivery: the day's mail quota asked first (used up: recorded and
// shown, not retried; the next run with quota sends what is still news), a failed send
// recorded, the checkbox round trip, Remove KPI Guard taking its state away, and the
// Spreadsheet calls it adds to a run.
import { describe, expect, it } from 'vitest';
import { SCHEDULE_PROPERTY } from '../../src/addon/schedule/settings';
import type { CellValue } from '../../src/local/types';
import { AFTER_SLIDE, addMonths, BEFORE_SLIDE, DUTCH_SHEET } from '../support/dutchStory';
import { ANNA, DAY, recorder, runErrors, saved, story, turnOn, WEEK } from './digestStory';
import { SidebarClient } from './sidebarClient';

describe('the day’s mail quota', () => {
  it('used up: the change is recorded and shown, nothing is retried; the next run with quota sends it', () => {
    const { calls, options } = recorder();
    const runtime = story(options);
    turnOn(runtime, 'daily');
    runtime.clock.advance(DAY);
    addMonths(runtime, BEFORE_SLIDE, AFTER_SLIDE);
    // The user's other scripts used up the day's 100 recipients.
    runtime.mail.spend(100);
    calls.length = 0;
    runtime.clock.advance(DAY);
    expect(runErrors(runtime)).toEqual([null, null]);
    expect(runtime.mail.sent).toEqual([]);
    // Asked once, and no send attempted.
    expect(calls.filter((c) => c.startsWith('MailApp.'))).toEqual([
      'MailApp.getRemainingDailyQuota',
    ]);
    const view = new SidebarClient(runtime).view;
    expect(view.schedule.digest).toMatchObject({
      on: true,
      waiting: 1,
      quotaUsedAt: '2026-04-07 06:00',
      failure: null,
    });
    // The quota comes back 24 hours after the first request: the next daily run sends what
    // is still news.
    runtime.clock.advance(DAY);
    expect(runErrors(runtime).every((e) => e === null)).toBe(true);
    expect(runtime.mail.sent).toHaveLength(1);
    expect(runtime.mail.sent[0].body).toContain(
      'Leads (sheet Leads en klanten, column B) is optimized in isolation',
    );
    const after = new SidebarClient(runtime).view;
    expect(after.schedule.digest).toMatchObject({ waiting: 0, quotaUsedAt: null });
    expect(after.schedule.digest.lastSentAt).not.toBeNull();
  });

  it('a send that fails is recorded with its reason, and tried again by the next run only', () => {
    const runtime = story({
      serviceCalls: {
        failure: (call) => (call === 'MailApp.sendEmail' ? 'Service unavailable: Gmail' : null),
      },
    });
    turnOn(runtime);
    runtime.clock.advance(WEEK);
    addMonths(runtime, BEFORE_SLIDE, AFTER_SLIDE);
    runtime.clock.advance(WEEK);
    expect(runErrors(runtime)).toEqual([null, null]);
    expect(runtime.mail.sent).toEqual([]);
    const digest = new SidebarClient(runtime).view.schedule.digest;
    expect(digest.failure?.reason).toBe('Service unavailable: Gmail');
    expect(digest.waiting).toBe(1);
  });
});

describe('the checkbox in the schedule section', () => {
  it('round trip: on records who turned it on and their language; off and Off take it away', () => {
    const runtime = story();
    const on = turnOn(runtime, 'daily');
    expect(on.schedule.digest).toEqual({
      on: true,
      recipient: ANNA,
      waiting: 0,
      quotaUsedAt: null,
      failure: null,
      lastSentAt: null,
    });
    const stored = JSON.parse(runtime.properties.document.get(SCHEDULE_PROPERTY) ?? '{}');
    expect(stored.digest).toEqual({ email: ANNA, locale: 'en' });
    // Reloaded, the sidebar shows it ticked.
    expect(new SidebarClient(runtime).schedule.digest).toBe(true);
    runtime.clock.advance(DAY);
    const remembered = () =>
      [...runtime.properties.document.keys()].filter((k) => k.startsWith('kpiguard.digest.'));
    expect(remembered().length).toBeGreaterThan(0);
    const off = saved(new SidebarClient(runtime).setSchedule({ digest: false }));
    expect(off.schedule.digest.on).toBe(false);
    // What the runs saw for that subscription goes with it: a new one starts afresh.
    expect(remembered()).toEqual([]);
    turnOn(runtime, 'daily');
    // Choosing Off turns the digest off with the schedule.
    const none = saved(new SidebarClient(runtime).setSchedule({ recalculate: 'off' }));
    expect(none.schedule.digest.on).toBe(false);
    expect(
      JSON.parse(runtime.properties.document.get(SCHEDULE_PROPERTY) ?? '{}').digest,
    ).toBeNull();
  });

  it('is refused beside the checkbox when Google gives no email address', () => {
    const runtime = story({ user: '' });
    const result = new SidebarClient(runtime)
      .setSchedule({ recalculate: 'daily', digest: true })
      .save();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { key: '', field: 'digest', message: { key: 'invalid.digestNoEmail' } },
    ]);
    expect(runtime.triggers).toEqual([]);
  });

  it('Remove KPI Guard takes the digest and what the runs remembered away', () => {
    const runtime = story();
    turnOn(runtime);
    runtime.clock.advance(WEEK);
    addMonths(runtime, BEFORE_SLIDE, AFTER_SLIDE);
    runtime.mail.spend(100);
    runtime.clock.advance(WEEK);
    expect(new SidebarClient(runtime).view.schedule.digest.waiting).toBe(1);
    const digestKeys = () =>
      [...runtime.properties.document.keys()].filter((k) => k.startsWith('kpiguard.digest.'));
    expect(digestKeys().length).toBeGreaterThan(1);
    runtime.answerAlerts('YES', 'YES');
    runtime.call('removeKpiGuard');
    expect(digestKeys()).toEqual([]);
    expect(runtime.properties.document.has(SCHEDULE_PROPERTY)).toBe(false);
    runtime.clock.advance(WEEK);
    expect(runtime.mail.sent).toEqual([]);
  });
});

describe('Spreadsheet calls of the digest', () => {
  /** Calls of the run that finds the slide, on a sheet `extraRows` rows longer. */
  function sendingRunCalls(digest: boolean, extraRows: number): number {
    const runtime = story();
    if (extraRows > 0) {
      // Notes in column F, unmarked, make the sheet that many rows longer.
      const notes: CellValue[][] = Array.from({ length: extraRows }, (_, i) => [`note ${i}`]);
      runtime.workbook.setValues(DUTCH_SHEET, AFTER_SLIDE + 1, 5, notes);
    }
    saved(new SidebarClient(runtime).setSchedule({ recalculate: 'weekly', digest }));
    runtime.clock.advance(WEEK);
    addMonths(runtime, BEFORE_SLIDE, AFTER_SLIDE);
    runtime.counter.reset();
    runtime.clock.advance(WEEK);
    expect(runtime.mail.sent).toHaveLength(digest ? 1 : 0);
    return runtime.counter.total();
  }

  it('adds the same two (the spreadsheet’s URL and name) whatever the number of rows', () => {
    const without = sendingRunCalls(false, 0);
    expect(sendingRunCalls(true, 0) - without).toBe(2);
    expect(sendingRunCalls(true, 2000) - sendingRunCalls(false, 2000)).toBe(2);
  });
});
