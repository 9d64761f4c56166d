// What the sidebar's schedule section shows of the change digest. Plain JSON, no Apps Script
// type: the sidebar's compiler sees it. Moments are the spreadsheet's wall clock,
// "YYYY-MM-DD HH:mm", which the sidebar writes the reader's way.

export interface DigestView {
  /** The digest is on (the schedule is on and someone turned it on). */
  on: boolean;
  /** Who gets the emails: the person who turned it on. */
  recipient: string | null;
  /** Changes waiting to be sent. */
  waiting: number;
  /** When a run found the day's email quota used up, as the spreadsheet's clock shows it. */
  quotaUsedAt: string | null;
  /** Why the last email could not be sent, and when. */
  failure: { reason: string; at: string } | null;
  /** When the last email went out. */
  lastSentAt: string | null;
}
