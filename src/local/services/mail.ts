// MailApp: sends email on the user's behalf. Here nothing leaves the machine: every message
// is recorded in an outbox (runtime.mail, the preview's Outbox panel), after the checks and
// the daily quota Google documents.
//
// https://developers.google.com/apps-script/reference/mail/mail-app
//   "getRemainingDailyQuota() Returns the number of recipients you can send emails to for the
//   rest of the day. The returned value is valid for the current execution and might vary
//   between executions. Quotas are based on the number of email recipients."
//   sendEmail(message) / (recipient, subject, body) / (recipient, subject, body, options) /
//   (to, replyTo, subject, body). Options (MailAdvancedParameters): attachments, bcc ("a
//   comma-separated list of email addresses to BCC"), cc, htmlBody ("if set, devices capable
//   of rendering HTML will use it instead of the required body argument"), inlineImages,
//   name ("the name of the sender of the email (default: the user's name)"), noReply ("true
//   if the email should be sent from a generic no-reply email address ...; this option is
//   only possible for Google Workspace accounts, not Gmail users"), replyTo ("default: the
//   user's email address"), subject, to.
//   Authorization: "https://www.googleapis.com/auth/script.send_mail" for every method
//   (checked against the manifest in authorization.ts, refused outside AuthMode.FULL).
// https://developers.google.com/apps-script/guides/services/quotas
//   "Quotas are per user and reset 24 hours after the first request."
//   "Email recipients per day (for example, with MailApp): 100 / day" for consumer accounts
//   (gmail.com), "1,500 / day" for Google Workspace accounts.
//   Limitations: "Email recipients per message 50 / msg", "Email body size 200 KB / msg"
//   (consumer) "400 KB / msg" (Workspace), "Email attachments 250 / msg".
//   "If you exceed a quota or limitation, your script throws an exception and execution
//   stops."
// Not documented by Google: the messages of those exceptions. The ones below are what
// scripts report meeting ("Service invoked too many times for one day: email.", "Invalid
// email: …", "Failed to send email: no recipient", "Limit Exceeded: Email Recipients Per
// Message.", "Limit Exceeded: Email Body Size."). Nor is it documented how the body size is
// counted (here: UTF-8 bytes of body and htmlBody together) or what noReply does for a
// consumer account (here: refused, so the emulator is never kinder than Google).
import { SERVICE } from './bridge';
import type { ServiceContext } from './context';
import { serviceError } from './errors';

export type MailAccount = 'consumer' | 'workspace';

export const DAILY_RECIPIENTS: Record<MailAccount, number> = { consumer: 100, workspace: 1500 };
const BODY_BYTES: Record<MailAccount, number> = { consumer: 200 * 1024, workspace: 400 * 1024 };
export const RECIPIENTS_PER_MESSAGE = 50;
const DAY_MS = 24 * 3600 * 1000;

/** One message as it left the script: what the preview's outbox shows. */
export interface SentMail {
  /** Sequence number in this runtime, from 1. */
  id: number;
  /** When it was sent, ISO 8601 (the runtime clock, script time included). */
  sentAt: string;
  /** The account it was sent from: the user the execution runs as. */
  from: string;
  /** The sender name shown (options.name), "" for the account's own. */
  name: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string;
  noReply: boolean;
  subject: string;
  body: string;
  /** The HTML version, "" when only plain text was sent. */
  htmlBody: string;
}

export interface MailOptions {
  /** Consumer (gmail.com, 100 recipients a day) or Google Workspace (1,500). Default consumer. */
  account?: MailAccount;
  /** Recipients already sent to today by this user (other scripts count too). Default 0. */
  usedToday?: number;
}

/** The user's daily recipient count and the outbox: shared by every execution of a runtime. */
export class MailBox {
  readonly sent: SentMail[] = [];
  readonly account: MailAccount;
  private used: number;
  /** When the current 24-hour quota window began (the first request), null before any. */
  private windowStart: number | null;

  constructor(
    private readonly now: () => number,
    options: MailOptions = {},
  ) {
    this.account = options.account ?? 'consumer';
    this.used = Math.max(0, Math.floor(options.usedToday ?? 0));
    this.windowStart = this.used > 0 ? now() : null;
  }

  private roll(): void {
    if (this.windowStart !== null && this.now() - this.windowStart >= DAY_MS) {
      this.windowStart = null;
      this.used = 0;
    }
  }

  remaining(): number {
    this.roll();
    return Math.max(0, DAILY_RECIPIENTS[this.account] - this.used);
  }

  /** Counts recipients as sent by another script of the same user (quota tests). */
  spend(recipients: number): void {
    this.roll();
    this.windowStart ??= this.now();
    this.used += recipients;
  }

  record(mail: Omit<SentMail, 'id' | 'sentAt'>, recipients: number): SentMail {
    this.spend(recipients);
    const sent = { id: this.sent.length + 1, sentAt: new Date(this.now()).toISOString(), ...mail };
    this.sent.push(sent);
    return sent;
  }

  maxBodyBytes(): number {
    return BODY_BYTES[this.account];
  }
}

interface Message {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  replyTo?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  noReply?: unknown;
  attachments?: unknown;
  inlineImages?: unknown;
}

/** A plain address: something@host.tld, no spaces. Display-name forms are not accepted. */
const ADDRESS = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

function addresses(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return String(value)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

export class MailApp {
  readonly [SERVICE] = { className: 'MailApp', counted: false };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly box: MailBox,
  ) {}

  getRemainingDailyQuota(): number {
    return this.box.remaining();
  }

  sendEmail(...args: unknown[]): void {
    this.send(messageOf(args));
  }

  private send(message: Message): void {
    if (message.attachments !== undefined || message.inlineImages !== undefined) {
      throw serviceError(
        'MailApp.sendEmail: attachments and inline images are not emulated by the local runtime',
      );
    }
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw serviceError('Failed to send email: no recipient');
    const replyTo = text(message.replyTo).trim();
    for (const address of replyTo ? [...all, replyTo] : all) {
      if (!ADDRESS.test(address)) throw serviceError(`Invalid email: ${address}`);
    }
    if (all.length > RECIPIENTS_PER_MESSAGE) {
      throw serviceError('Limit Exceeded: Email Recipients Per Message.');
    }
    const body = text(message.body);
    const htmlBody = text(message.htmlBody);
    if (Buffer.byteLength(body + htmlBody, 'utf8') > this.box.maxBodyBytes()) {
      throw serviceError('Limit Exceeded: Email Body Size.');
    }
    const noReply = message.noReply === true;
    if (noReply && this.box.account === 'consumer') {
      throw serviceError(
        'MailApp.sendEmail: noReply is only possible for Google Workspace accounts, not Gmail users',
      );
    }
    if (all.length > this.box.remaining()) {
      throw serviceError('Service invoked too many times for one day: email.');
    }
    this.box.record(
      {
        from: this.ctx.user,
        name: text(message.name),
        to,
        cc,
        bcc,
        replyTo,
        noReply,
        subject: text(message.subject),
        body,
        htmlBody,
      },
      all.length,
    );
  }
}

/** The four documented signatures, as one message. */
function messageOf(args: unknown[]): Message {
  const [first, second, third, fourth] = args;
  if (args.length === 1 && typeof first === 'object' && first !== null) return first as Message;
  if (args.length === 3) return { to: first, subject: second, body: third };
  if (args.length === 4 && typeof fourth === 'object' && fourth !== null) {
    const options = fourth as Message;
    return { ...options, to: first, subject: second, body: third };
  }
  if (args.length === 4) return { to: first, replyTo: second, subject: third, body: fourth };
  throw serviceError(
    `The parameters (${args.map((a) => typeof a).join(',')}) don't match the method signature for MailApp.sendEmail.`,
  );
}
