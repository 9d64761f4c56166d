// Session, Utilities, Logger and console: small script services. Log lines are recorded in
// the runtime (not printed), so tests can read them.
import { randomUUID } from 'node:crypto';
import { SERVICE } from './bridge';
import type { ServiceContext } from './context';
import { invalidArgument } from './errors';
import { formatDate } from './zonedTime';

export class User {
  readonly [SERVICE] = { className: 'User', counted: false };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly email: string,
  ) {}

  /**
   * https://developers.google.com/apps-script/reference/base/session#getActiveUser(): "the
   * user's email address is not available in any context that allows a script to run without
   * that user's authorization, like a simple onOpen(e) or onEdit(e) trigger, a custom function
   * in Google Sheets, ..." (then "User.getEmail() returns a blank string").
   */
  getEmail(): string {
    return this.ctx.authMode === 'FULL' ? this.email : '';
  }
}

export class Session {
  readonly [SERVICE] = { className: 'Session', counted: false };

  constructor(private readonly ctx: ServiceContext) {}

  getActiveUser(): User {
    return new User(this.ctx, this.ctx.user);
  }

  getEffectiveUser(): User {
    return new User(this.ctx, this.ctx.user);
  }

  getScriptTimeZone(): string {
    return this.ctx.timeZone;
  }

  /**
   * https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale():
   * "Gets the language setting of the current user as a string—for example, en for English."
   * Unlike getActiveUser and getEffectiveUser it lists no authorization scope, so it answers
   * in every mode, AuthMode.NONE included (authorization.ts lets Session through there), and
   * does not count as a Spreadsheet service call.
   */
  getActiveUserLocale(): string {
    return this.ctx.userLocale;
  }

  getTemporaryActiveUserKey(): string {
    return Buffer.from(this.ctx.user).toString('base64url');
  }
}

/** Logger.log's format: "%s" and friends take the following arguments in turn. */
export function formatString(template: string, ...args: unknown[]): string {
  let i = 0;
  return template.replace(/%[sdif%]/g, (m) => {
    if (m === '%%') return '%';
    const arg = args[i++];
    if (m === '%d' || m === '%i') return String(Math.trunc(Number(arg)));
    if (m === '%f') return String(Number(arg));
    return String(arg);
  });
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  // Errors from the add-on's realm fail `instanceof Error` here; their shape tells them apart.
  if (typeof value === 'object' && value !== null && 'message' in value && 'stack' in value) {
    const e = value as { name?: unknown; message: unknown };
    return `${String(e.name ?? 'Error')}: ${String(e.message)}`;
  }
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

export class Utilities {
  readonly [SERVICE] = { className: 'Utilities', counted: false };

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw invalidArgument('date');
    return formatDate(date, String(timeZone), String(format));
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }

  /** Returns at once: sleeping would only slow tests down, and the clock is the test's. */
  sleep(_milliseconds: number): void {}

  getUuid(): string {
    return randomUUID();
  }

  base64Encode(data: string): string {
    return Buffer.from(String(data)).toString('base64');
  }

  base64Decode(encoded: string): number[] {
    return [...Buffer.from(String(encoded), 'base64')];
  }
}

export class Logger {
  readonly [SERVICE] = { className: 'Logger', counted: false };

  constructor(private readonly ctx: ServiceContext) {}

  log(data: unknown, ...values: unknown[]): Logger {
    const line =
      typeof data === 'string' && values.length ? formatString(data, ...values) : describe(data);
    this.ctx.logs.push(line);
    return this;
  }

  getLog(): string {
    return this.ctx.logs.join('\n');
  }

  clear(): void {
    this.ctx.logs.length = 0;
  }
}

/** console in the vm: recorded with its level, like the Apps Script execution log. */
export function makeConsole(ctx: ServiceContext): Record<string, (...args: unknown[]) => void> {
  const at =
    (level: string) =>
    (...args: unknown[]) => {
      const text = args.map(describe).join(' ');
      ctx.logs.push(level === 'log' ? text : `[${level}] ${text}`);
    };
  return {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    debug: at('debug'),
  };
}
