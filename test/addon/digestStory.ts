// The change digest's test story in the local runtime: the Dutch sample's lead funnel with
// Leads marked as a KPI that Gekwalificeerde leads and Klanten should keep pace with, turned
// on in the sidebar's schedule section by Anna; clock steps and what the runs did.
import { expect } from 'vitest';
import type { ColumnDraft, SidebarView } from '../../src/addon/endpoints';
import {
  createRuntime,
  type LocalRuntime,
  type RuntimeOptions,
} from '../../src/local/runtime/createRuntime';
import { BEFORE_SLIDE, dutchStory } from '../support/dutchStory';
import { SidebarClient } from './sidebarClient';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
/** A Sunday in April 2026: weekly runs come on Mondays at 06:00 in Amsterdam. */
export const NOW = new Date('2026-04-05T09:00:00Z');
export const ANNA = 'anna@example.nl';

export function story(
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
export function onePerRun(runtime: LocalRuntime): void {
  const times = runtime.mail.sent.map((m) => m.sentAt);
  expect(new Set(times).size).toBe(times.length);
}

export function saved(client: SidebarClient): SidebarView {
  const result = client.save();
  if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result)}`);
  return result.view;
}

export function turnOn(
  runtime: LocalRuntime,
  recalculate: 'hourly' | 'daily' | 'weekly' = 'weekly',
) {
  return saved(new SidebarClient(runtime).setSchedule({ recalculate, digest: true }));
}

/** Every service call of the runs, by "Class.method" (MailApp included). */
export function recorder(): { calls: string[]; options: Partial<RuntimeOptions> } {
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

export const runErrors = (runtime: LocalRuntime) => runtime.triggerRuns.map((r) => r.error);
