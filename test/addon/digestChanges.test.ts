// What the change digest counts as news, and what waits, from the statuses of two runs: the
// pure rules behind the email (src/addon/digest/changes.ts) and its wording
// (src/addon/digest/compose.ts: escaped HTML, the link per line).
import { describe, expect, it } from 'vitest';
import { type ColumnNow, changesOf, newsOf, seenNow, toWait } from '../../src/addon/digest/changes';
import { composeDigest, type DigestLine } from '../../src/addon/digest/compose';
import { MAX_WAITING, type Seen, type Waiting } from '../../src/addon/digest/state';
import { ENGLISH } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';

const kpi = (key: string, extra: Partial<ColumnNow> = {}): ColumnNow => ({
  key,
  isolated: false,
  health: 'HEALTHY',
  stale: false,
  pace: '',
  ...extra,
});
const target = (key: string, pace: string): ColumnNow => ({ ...kpi(key), health: '', pace });
const seen = (column: ColumnNow): Seen => seenNow(column);
const NOW = '2026-04-13T04:00:00.000Z';

describe('news between two runs', () => {
  it('is what became true: isolated, UNHEALTHY, STALE, OFF TRACK, MISSED', () => {
    const before = seen(kpi('1:a'));
    expect(changesOf(before, kpi('1:a', { isolated: true }))).toEqual(['isolated']);
    expect(changesOf(before, kpi('1:a', { health: 'UNHEALTHY', stale: true }))).toEqual([
      'unhealthy',
      'stale',
    ]);
    expect(changesOf(seen(target('1:t', 'ON TRACK')), target('1:t', 'OFF TRACK'))).toEqual([
      'offTrack',
    ]);
    expect(changesOf(seen(target('1:t', 'OFF TRACK')), target('1:t', 'MISSED'))).toEqual([
      'missed',
    ]);
  });

  it('is not what stays true, what gets better, what was only WATCH or AT RISK', () => {
    const isolated = kpi('1:a', { isolated: true, health: 'UNHEALTHY' });
    expect(changesOf(seen(isolated), isolated)).toEqual([]);
    expect(changesOf(seen(isolated), kpi('1:a'))).toEqual([]);
    expect(changesOf(seen(kpi('1:a')), kpi('1:a', { health: 'WATCH' }))).toEqual([]);
    expect(changesOf(seen(target('1:t', 'ON TRACK')), target('1:t', 'AT RISK'))).toEqual([]);
  });

  it('is nothing for a column the previous run did not see (the baseline)', () => {
    expect(changesOf(null, kpi('1:a', { isolated: true, health: 'UNHEALTHY' }))).toEqual([]);
  });
});

describe('changes that wait (quota used up, a failed send)', () => {
  const waiting: Waiting[] = [
    { column: '1:a', kind: 'isolated', since: '2026-04-06T04:00:00.000Z' },
    { column: '1:b', kind: 'unhealthy', since: '2026-04-06T04:00:00.000Z' },
    { column: '2:c', kind: 'offTrack', since: '2026-04-06T04:00:00.000Z' },
  ];
  const previous = new Map<string, Seen>([
    ['1:a', seen(kpi('1:a', { isolated: true }))],
    ['1:b', seen(kpi('1:b', { health: 'UNHEALTHY' }))],
    ['1:d', seen(kpi('1:d'))],
  ]);

  it('go out with the next run while they still hold; one that no longer holds is dropped', () => {
    const columns = [
      kpi('1:a', { isolated: true }), // still isolated: still news
      kpi('1:b'), // healthy again: dropped
      kpi('1:d', { stale: true }), // this run's own news
    ];
    const { news, unreached } = newsOf(columns, (key) => previous.get(key) ?? null, waiting, NOW);
    expect(news).toEqual([
      { column: '1:a', kind: 'isolated', since: '2026-04-06T04:00:00.000Z' },
      { column: '1:d', kind: 'stale', since: NOW },
    ]);
    // Sheet 2 was not reached (the run stopped near its time limit): it keeps waiting.
    expect(unreached).toEqual([waiting[2]]);
  });

  it('are listed once, with the time they were first found', () => {
    const columns = [kpi('1:a', { isolated: true })];
    const { news } = newsOf(columns, () => seen(kpi('1:a')), waiting.slice(0, 1), NOW);
    expect(news).toEqual([waiting[0]]);
  });

  it('are kept at most MAX_WAITING, the earliest first', () => {
    const many = Array.from({ length: MAX_WAITING + 5 }, (_, i) => ({
      column: `1:k${i}`,
      kind: 'stale' as const,
      since: NOW,
    }));
    expect(toWait(many)).toEqual(many.slice(0, MAX_WAITING));
  });
});

describe('the email', () => {
  const line = (extra: Partial<DigestLine>): DigestLine => ({
    kind: 'unhealthy',
    name: 'Leads',
    sheet: 'Funnel',
    letter: 'B',
    range: 'B12',
    url: 'https://docs.google.com/spreadsheets/d/x/edit#gid=7&range=B12',
    sentence: null,
    leftBehind: '',
    runs: 0,
    percent: null,
    ...extra,
  });

  it('escapes what the sheet says (a header is text anyone can type) in the HTML', () => {
    const email = composeDigest(translator(ENGLISH), {
      spreadsheet: 'Q&A <sheet>',
      time: 'Apr 13, 2026 06:00',
      lines: [line({ name: '<img src=x onerror=alert(1)>' })],
    });
    expect(email.htmlBody).not.toContain('<img');
    expect(email.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt; (sheet Funnel, column B)');
    expect(email.htmlBody).toContain('Q&amp;A &lt;sheet&gt;');
    expect(email.htmlBody).toContain(
      '<a href="https://docs.google.com/spreadsheets/d/x/edit#gid=7&amp;range=B12">Open B12 in Funnel</a>',
    );
    // Plain text as it is.
    expect(email.body).toContain(
      '<img src=x onerror=alert(1)> (sheet Funnel, column B) became UNHEALTHY',
    );
  });

  it('counts its changes in the subject', () => {
    const words = translator(ENGLISH);
    const input = { spreadsheet: 'Plan', time: 'Apr 13, 2026 06:00' };
    expect(composeDigest(words, { ...input, lines: [line({})] }).subject).toBe(
      'KPI Guard: a change in Plan',
    );
    expect(
      composeDigest(words, { ...input, lines: [line({}), line({ kind: 'stale', runs: 3 })] })
        .subject,
    ).toBe('KPI Guard: 2 changes in Plan');
  });
});
