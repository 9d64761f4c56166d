// The digest as the sidebar shows it, from the document properties the sidebar already read
// (no sheet call): on or off, to whom, and a plain message when emails wait for quota or a
// send failed.
import type { Schedule } from '../schedule/settings';
import type { DigestView } from './contract';
import { outboxOf } from './state';

export function digestView(
  schedule: Schedule,
  properties: Record<string, string>,
  timeZone: string,
): DigestView {
  const subscriber = schedule.recalculate === 'off' ? null : (schedule.digest ?? null);
  const outbox = outboxOf(properties);
  const time = (iso: string | null) =>
    iso === null ? null : Utilities.formatDate(new Date(iso), timeZone, 'yyyy-MM-dd HH:mm');
  const pending = subscriber !== null && outbox.waiting.length > 0;
  return {
    on: subscriber !== null,
    recipient: subscriber?.email ?? null,
    waiting: subscriber === null ? 0 : outbox.waiting.length,
    quotaUsedAt: pending ? time(outbox.quotaUsedAt) : null,
    failure:
      pending && outbox.failure
        ? { reason: outbox.failure.reason, at: time(outbox.failure.at) ?? '' }
        : null,
    lastSentAt: subscriber === null ? null : time(outbox.lastSentAt),
  };
}
