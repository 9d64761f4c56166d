// The change digest through the built add-on in the local runtime: turned on in the sidebar's
// schedule section, it sends ONE email after a scheduled run that finds a KPI newly
// optimized in isolation (the lead funnel sliding, in the Dutch sample's words), none when
// nothing changed or the funnel grows healthily, one when a target goes OFF TRACK and one
// when it is MISSED. Quota, the checkbox, removal and call counts: digestDelivery.test.ts.
import { describe, expect, it } from 'vitest';
import { sentenceOf } from '../../src/addon/legend/words';
import { SCHEDULE_PROPERTY } from '../../src/addon/schedule/settings';
import { DUTCH, ENGLISH } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import { createRuntime, type RuntimeOptions } from '../../src/local/runtime/createRuntime';
import { sampleWorkbook } from '../../src/local/sample/index';
import type { CellValue } from '../../src/local/types';
import { AFTER_SLIDE, addMonths, BEFORE_SLIDE, DUTCH_SHEET } from '../support/dutchStory';
import { GROWING_CUSTOMERS, leadFunnel } from '../support/seedStories';
import { ANNA, NOW, onePerRun, runErrors, saved, story, turnOn, WEEK } from './digestStory';
import { markSample } from './markSample';
import { SidebarClient } from './sidebarClient';

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

describe("a target counted as the sum over its period (the sample's customers)", () => {
  it('goes OFF TRACK and is MISSED at the progress the sidebar and the dashboard show', () => {
    // The sample marked as a user marks it: customers per month summed over 2024. Mid-May,
    // 2 of 5 (40 %) are on track; the August customer brings 60 %, and by late October that
    // is behind the pace the year asks for.
    const runtime = createRuntime({
      data: sampleWorkbook(),
      now: new Date('2024-05-15T09:00:00Z'),
      user: ANNA,
    });
    markSample(runtime);
    runtime.setActiveSheet('Lead funnel');
    turnOn(runtime);
    const glance = () => new SidebarClient(runtime).column('Customers').glance;
    expect(glance()).toMatchObject({ progress: { value: 0.4 }, pace: { value: 'ON TRACK' } });
    // Weekly runs (the KPIs turn STALE on the way: the sample gets no new rows).
    const offTrack =
      '• Target Customers (sheet Lead funnel, column D) went OFF TRACK: 60% of the way to its goal, behind the pace its dates ask for.';
    const lines = () => runtime.mail.sent.flatMap((m) => m.body.split('\n'));
    for (let week = 0; week < 30 && !lines().includes(offTrack); week++) {
      runtime.clock.advance(WEEK);
    }
    expect(runErrors(runtime).every((e) => e === null)).toBe(true);
    expect(lines()).toContain(offTrack);
    expect(runtime.triggerRuns.at(-1)?.at.toISOString().slice(0, 10)).toBe('2024-10-21');
    // What the sidebar and the dashboard say that day.
    expect(glance()).toMatchObject({ progress: { value: 0.6 }, pace: { value: 'OFF TRACK' } });
    runtime.call('buildDashboard');
    const dashboard = runtime.workbook.getDisplayValues('KPI Guard dashboard', 6, 0, 1, 9)[0];
    expect([dashboard[0], dashboard[7], dashboard[8]]).toEqual(['Customers', '60%', 'OFF TRACK']);
    for (let week = 0; week < 12; week++) runtime.clock.advance(WEEK);
    expect(runtime.mail.sent.at(-1)?.body).toContain(
      'Target Customers (sheet Lead funnel, column D) was MISSED: its end date passed at 60% of the way to its goal.',
    );
    onePerRun(runtime);
  });
});
