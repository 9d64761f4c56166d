// Who gets the change digest: the person who ticked "Email me when something changes", with
// the language their emails are written in. Kept in the schedule's document property (one
// revision for the whole schedule section), so Off and Remove KPI Guard take it away too.
//
// https://developers.google.com/apps-script/reference/base/session#getActiveUser(): "If
//   security policies do not allow access to the user's identity, User.getEmail() returns a
//   blank string. The circumstances in which the email address is available vary: for
//   example, the user's email address is not available in any context that allows a script
//   to run without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger, a
//   custom function in Google Sheets, ..." The sidebar's save is a google.script.run call of a
//   user who authorized the add-on (AuthMode.FULL, with the userinfo.email scope in the
//   manifest): the address is read there, once, and kept. A time-driven run could only learn
//   the trigger owner's (getEffectiveUser), who may be someone else.
// https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale():
//   "Gets the language setting of the current user as a string—for example, en for English."
import * as v from 'valibot';

export const SubscriberSchema = v.strictObject({
  email: v.pipe(v.string(), v.minLength(3), v.maxLength(320)),
  /** Their language setting, as Session.getActiveUserLocale() gave it ("en", "nl"). */
  locale: v.pipe(v.string(), v.maxLength(35)),
});
export type Subscriber = v.InferOutput<typeof SubscriberSchema>;

/** The user making the sidebar call, or null when Google does not tell their address. */
export function activeSubscriber(): Subscriber | null {
  const email = Session.getActiveUser().getEmail();
  if (!email) return null;
  return { email, locale: Session.getActiveUserLocale() ?? '' };
}

export const sameSubscriber = (
  a: Subscriber | null | undefined,
  b: Subscriber | null | undefined,
) => (a?.email ?? null) === (b?.email ?? null) && (a?.locale ?? null) === (b?.locale ?? null);
