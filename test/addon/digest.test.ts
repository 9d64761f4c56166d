// The change digest through the built add-on in the local runtime: turned on in the sidebar's
// schedule section, it sends ONE email after a scheduled run that finds a KPI newly
// optimized in isolation (the lead funnel sliding, in the Dutch sample's words), none when
// nothing changed or the funnel grows healthily, one when a target goes OFF TRACK and one
// when it is MISSED; an exhausted quota is recorded and not retried, and the change goes out
// with the next run that has quota.
import { describe, expect, it } from 'vitest';
import type { ColumnDraft, SidebarView } from '../../src/addon/endpoints';
import { sentenceOf } from '../../src/addon/legend/words';
import { SCHEDULE_PROPERTY } from '../../src/addon/schedule/settings';
import { DUTCH, ENGLISH } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import {
  createRuntime,
  type LocalRuntime,
  type RuntimeOptions,
} from '../../src/local/runtime/createRuntime';
import type { CellValue } from '../../src/local/types';
import {
  AFTER_SLIDE,
  addMonths,
  BEFORE_SLIDE,
  DUTCH_SHEET,
  dutchStory,
} from '../support/dutchStory';
import { GROWING_CUSTOMERS, leadFunnel } from '../support/seedStories';
import { SidebarClient } from './sidebarClient';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** A Sunday in April 2026: weekly runs come on Mondays at 06:00 in Amsterdam. */
const NOW = new Date('2026-04-05T09:00:00Z');
const ANNA = 'anna@example.nl';

function story(
  extra: Partial<RuntimeOptions> = {},
  leads: Partial<ColumnDraft> = {},
): LocalRuntime {
  const runtime = createRuntime({
    data: dutchStory(BEFORE_SLIDE),
    now: NOW,
    timeZone: 'Europe/Amsterdam',
    user: ANNA,
    ...extra,
  });
  const client = new SidebarClient(runtime);
  client.edit('Maand', { role: 'time' });
  client.edit('Leads', {
    role: 'kpi',
    counterparts: [client.pair('Gekwalificeerde leads', 'pace'), client.pair('Klanten', 'pace')],
    ...leads,
  });
  saved(client);
  return runtime;
}

/** Never more than one email per run: no two share a run's time. */
function onePerRun(runtime: LocalRuntime): void {
  const times = runtime.mail.sent.map((m) => m.sentAt);
  expect(new Set(times).size).toBe(times.length);
}

function saved(client: SidebarClient): SidebarView {
  const result = client.save();
  if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result)}`);
  return result.view;
}

function turnOn(runtime: LocalRuntime, recalculate: 'hourly' | 'daily' | 'weekly' = 'weekly') {
  return saved(new SidebarClient(runtime).setSchedule({ recalculate, digest: true }));
}

/** Every service call of the runs, by "Class.method" (MailApp included). */
function recorder(): { calls: string[]; options: Partial<RuntimeOptions> } {
  const calls: string[] = [];
  return {
    calls,
    options: {
      serviceCalls: {
        latencyMs: (call) => {
          calls.push(call);
          return 0;
        },
      },
    },
  };
}

const runErrors = (runtime: LocalRuntime) => runtime.triggerRuns.map((r) => r.error);

describe('the lead funnel sliding into isolation (Leads en klanten)', () => {
  it('sends ONE email naming Leads and Klanten, with the legend’s sentence and a link to the rows', () => {
    const runtime = story();
    const view = turnOn(runtime);
    expect(view.schedule.digest).toMatchObject({ on: true, recipient: ANNA });
    runtime.clock.advance(WEEK);
    // The first run notes where things stand: Leads not isolated yet, nothing to say.
    expect(runErrors(runtime)).toEqual([null]);
    expect(runtime.mail.sent).toEqual([]);

    addMonths(runtime, BEFORE_SLIDE, AFTER_SLIDE);
    runtime.clock.advance(WEEK);
    expect(runErrors(runtime)).toEqual([null, null]);
    expect(runtime.mail.sent).toHaveLength(1);
    const [mail] = runtime.mail.sent;
    expect(mail.to).toEqual([ANNA]);
    expect(mail.from).toBe(ANNA);
    expect(mail.name).toBe('KPI Guard');
    expect(mail.subject).toBe('KPI Guard: a change in Untitled spreadsheet');
    expect(mail.body).toContain(
      'Leads (sheet Leads en klanten, column B) is optimized in isolation',
    );
    expect(mail.body).toMatch(/Klanten per lead fell \d+ %/);

    // The sentence is the legend's, and the link opens the rows the legend colours.
    const legend = new SidebarClient(runtime).view.legend;
    const leads = legend.coloured.find((k) => k.name === 'Leads');
    expect(leads).toBeDefined();
    const run = leads?.runs[0];
    if (!leads || !run) return;
    expect(mail.body).toContain(sentenceOf(translator(ENGLISH), run, 'Leads'));
    const sheetId = runtime.services.model.spreadsheet.getSheetByName(DUTCH_SHEET)?.getSheetId();
    const link = `https://docs.google.com/spreadsheets/d/1KpiGuardLocalSpreadsheet0000000000000000000/edit#gid=${sheetId}&range=B${run.firstRow}:B${run.lastRow}`;
    expect(mail.body).toContain(link);
    expect(mail.htmlBody).toContain(`<a href="${link.replace(/&/g, '&amp;')}">`);
    expect(mail.htmlBody).toContain('Klanten per lead');
  });

  it('speaks Dutch to a Dutch user: every word from the Dutch catalogue, numbers and days the Dutch way', () => {
    const runtime = story({ userLocale: 'nl' });
    const view = turnOn(runtime);
    expect(view.schedule.digest.recipient).toBe(ANNA);
    expect(JSON.parse(runtime.properties.document.get(SCHEDULE_PROPERTY) ?? '{}').digest).toEqual({
      email: ANNA,
      locale: 'nl',
    });
    runtime.clock.advance(WEEK);
    addMonths(runtime, BEFORE_SLIDE, AFTER_SLIDE);
    runtime.clock.advance(WEEK);
    expect(runtime.mail.sent).toHaveLength(1);
    const [mail] = runtime.mail.sent;
    expect(mail.subject).toBe('KPI Guard: een wijziging in Untitled spreadsheet');
    const lines = mail.body.split('\n');
    expect(lines[0]).toBe(
      'De geplande uitvoering van 13 apr 2026 06:00 vond deze wijziging in “Untitled spreadsheet” sinds de uitvoering ervoor:',
    );
    expect(lines[2]).toMatch(
      /^• Leads \(blad Leads en klanten, kolom B\) wordt los geoptimaliseerd: Leads steeg \d+ % van 1 mrt tot 1 jun 2026, maar Gekwalificeerde leads per lead daalde \d+ % en Klanten per lead daalde \d+ %\.$/,
    );
    const run = new SidebarClient(runtime).view.legend.coloured[0]?.runs[0];
    expect(run).toBeDefined();
    if (run) expect(lines[2]).toContain(sentenceOf(translator(DUTCH), run, 'Leads'));
    expect(lines[3]).toMatch(/^ {2}B\d+:B\d+ openen in Leads en klanten: https:/);
    expect(mail.body).toContain('“Mail me als er iets verandert”');
    expect(mail.htmlBody).toContain('wordt los geoptimaliseerd');
  });

  it('puts every change of a run in its one email', () => {
    // A healthy band that the chased leads leave: isolated and UNHEALTHY in the same run.
    const runtime = story({}, { healthyMax: '75' });
    turnOn(runtime);
    runtime.clock.advance(WEEK);
    addMonths(runtime, BEFORE_SLIDE, AFTER_SLIDE);
    runtime.clock.advance(WEEK);
    expect(runtime.mail.sent).toHaveLength(1);
    const [mail] = runtime.mail.sent;
    expect(mail.subject).toBe('KPI Guard: 2 changes in Untitled spreadsheet');
    expect(mail.body.split('\n').filter((line) => line.startsWith('• '))).toEqual([
      expect.stringContaining('Leads (sheet Leads en klanten, column B) is optimized in isolation'),
      '• Leads (sheet Leads en klanten, column B) became UNHEALTHY: its latest value is outside its healthy band.',
    ]);
    expect(mail.body).toContain('&range=B19\n');
    onePerRun(runtime);
  });

  it('sends none on the next run without a change', () => {
    const runtime = story();
    turnOn(runtime);
    runtime.clock.advance(WEEK);
    addMonths(runtime, BEFORE_SLIDE, AFTER_SLIDE);
    runtime.clock.advance(WEEK);
    expect(runtime.mail.sent).toHaveLength(1);
    runtime.clock.advance(WEEK);
    runtime.clock.advance(WEEK);
    expect(runErrors(runtime)).toEqual([null, null, null, null]);
    expect(runtime.mail.sent).toHaveLength(1);
  });

  it('sends nothing while the digest is off', () => {
    const runtime = story();
    saved(new SidebarClient(runtime).setSchedule({ recalculate: 'weekly' }));
    runtime.clock.advance(WEEK);
    addMonths(runtime, BEFORE_SLIDE, AFTER_SLIDE);
    runtime.clock.advance(WEEK);
    expect(runErrors(runtime)).toEqual([null, null]);
    expect(runtime.mail.sent).toEqual([]);
  });
});

describe('healthy growth', () => {
  it('sends none: customers grow with the leads, month after month', () => {
    const full = leadFunnel('Healthy growth', GROWING_CUSTOMERS);
    const runtime = createRuntime({
      data: { sheets: [{ name: full.name, cells: full.cells.slice(0, BEFORE_SLIDE + 1) }] },
      now: NOW,
      timeZone: 'Europe/Amsterdam',
    });
    const client = new SidebarClient(runtime);
    client.edit('Month', { role: 'time' });
    client.edit('Leads', { role: 'kpi', counterparts: [client.pair('Customers', 'pace')] });
    saved(client);
    turnOn(runtime);
    for (let row = BEFORE_SLIDE + 1; row < full.cells.length; row += 3) {
      runtime.clock.advance(WEEK);
      runtime.workbook.setValues(
        full.name,
        row,
        0,
        full.cells.slice(row, row + 3) as CellValue[][],
      );
    }
    runtime.clock.advance(WEEK);
    expect(runErrors(runtime).every((e) => e === null)).toBe(true);
    expect(runtime.triggerRuns.length).toBeGreaterThanOrEqual(4);
    expect(runtime.mail.sent).toEqual([]);
  });
});

describe('a target', () => {
  /** Customers won so far in 2026 against a goal of 60, marked as a target. */
  function targetRuntime(extra: Partial<RuntimeOptions> = {}) {
    const cells: CellValue[][] = [['Month', 'Customers won']];
    [4, 9, 13].forEach((won, m) => {
      cells.push([new Date(Date.UTC(2026, m, 1)), won]);
    });
    const runtime = createRuntime({
      data: { sheets: [{ name: 'Sales', cells }] },
      // Tuesday 10 February 2026: 13 of the 60 customers due by the end of June won.
      now: new Date('2026-02-10T09:00:00Z'),
      timeZone: 'Europe/Amsterdam',
      user: ANNA,
      ...extra,
    });
    const client = new SidebarClient(runtime);
    client.edit('Month', { role: 'time' });
    client.edit('Customers won', {
      role: 'target',
      goal: '60',
      baseline: '0',
      start: '2026-01-01',
      end: '2026-06-30',
    });
    saved(client);
    turnOn(runtime);
    return runtime;
  }

  it('going OFF TRACK sends one email, and being MISSED one more', () => {
    const runtime = targetRuntime();
    // Early February: 13 of 60 (22 %) is on track for a goal due at the end of June.
    runtime.clock.advance(WEEK);
    expect(runtime.mail.sent).toEqual([]);
    // Weeks pass without a new customer: AT RISK first (no email), then OFF TRACK.
    for (let week = 0; week < 8; week++) runtime.clock.advance(WEEK);
    expect(runErrors(runtime).every((e) => e === null)).toBe(true);
    expect(runtime.mail.sent.map((m) => m.body.split('\n')[2])).toEqual([
      '• Target Customers won (sheet Sales, column B) went OFF TRACK: 22% of the way to its goal, behind the pace its dates ask for.',
    ]);
    expect(runtime.mail.sent[0].body).toContain('#gid=');
    expect(runtime.mail.sent[0].body).toContain('&range=B4');
    // After the end date: MISSED, once.
    for (let week = 0; week < 14; week++) runtime.clock.advance(WEEK);
    expect(runtime.mail.sent.map((m) => m.subject)).toEqual([
      'KPI Guard: a change in Untitled spreadsheet',
      'KPI Guard: a change in Untitled spreadsheet',
    ]);
    expect(runtime.mail.sent[1].body).toContain(
      'Target Customers won (sheet Sales, column B) was MISSED: its end date passed at 22% of the way to its goal.',
    );
    onePerRun(runtime);
  });
});

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
