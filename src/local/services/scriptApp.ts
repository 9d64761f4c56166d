// ScriptApp: installable triggers with the editor add-on rules. Add-on time-driven triggers
// run at most once an hour, and an add-on may have one trigger of each type per user per
// document: https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
// (also https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers).
// Every script: https://developers.google.com/apps-script/guides/services/quotas "Triggers
// 20 / user / script"; past that Apps Script answers "This script has too many triggers.
// Triggers must be deleted from the script before more can be added." (the message scripts
// report; the quotas page gives none).
import { randomUUID } from 'node:crypto';
import { SERVICE } from './bridge';
import type { ServiceContext } from './context';
import { invalidArgument, serviceError } from './errors';
import type { ClockSchedule, EventType, TriggerData } from './triggers';
import { DAY, firstRun, HOUR } from './triggers';

export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
};
export const EventTypes = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
};
export const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
};
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
export const WeekDay = Object.fromEntries(WEEKDAYS.map((d) => [d, d]));

export class Trigger {
  readonly [SERVICE] = { className: 'Trigger', counted: false };

  constructor(readonly data: TriggerData) {}

  getHandlerFunction(): string {
    return this.data.handler;
  }

  getUniqueId(): string {
    return this.data.id;
  }

  getEventType(): string {
    return this.data.eventType;
  }

  getTriggerSource(): string {
    return this.data.source;
  }

  getTriggerSourceId(): string | null {
    return this.data.sourceId;
  }
}

const MAX_TRIGGERS_PER_USER = 20;

export class TriggerStore {
  readonly triggers: TriggerData[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  now(): number {
    return this.ctx.clock.nowMs();
  }

  /** The one-per-type-per-user-per-document rule; time-driven triggers belong to the document too. */
  get addon(): boolean {
    return this.ctx.addon;
  }

  add(data: Omit<TriggerData, 'id' | 'user' | 'nextRun'>): Trigger {
    const user = this.ctx.user;
    const mine = this.triggers.filter((t) => t.user === user);
    if (this.ctx.addon && mine.some((t) => t.eventType === data.eventType)) {
      throw serviceError(
        data.eventType === 'CLOCK'
          ? 'This add-on has created too many time-based triggers in this document for this Google user account.'
          : `This add-on has created too many ${data.eventType} triggers in this document for this Google user account.`,
      );
    }
    if (mine.length >= MAX_TRIGGERS_PER_USER) {
      throw serviceError(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    const now = this.ctx.clock.nowMs();
    const trigger: TriggerData = {
      ...data,
      id: randomUUID().replace(/-/g, '').slice(0, 19),
      user,
      nextRun: data.schedule ? firstRun(data.schedule, now) : null,
    };
    this.triggers.push(trigger);
    return new Trigger(trigger);
  }

  remove(id: string): void {
    const i = this.triggers.findIndex((t) => t.id === id);
    if (i >= 0) this.triggers.splice(i, 1);
  }
}

export class ClockTriggerBuilder {
  readonly [SERVICE] = { className: 'ClockTriggerBuilder', counted: false };
  private readonly schedule: ClockSchedule;

  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
    timeZone: string,
  ) {
    this.schedule = {
      everyMs: null,
      atHour: null,
      nearMinute: 0,
      weekDay: null,
      timeZone,
      at: null,
    };
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    if (this.store.addon) {
      throw serviceError(
        'Add-ons cannot create time-based triggers that run more often than once an hour.',
      );
    }
    if (!Number.isInteger(n) || n < 1) throw invalidArgument('n');
    this.schedule.everyMs = n * 60_000;
    return this;
  }

  everyHours(n: number): ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw invalidArgument('n');
    this.schedule.everyMs = n * HOUR;
    return this;
  }

  everyDays(n: number): ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw invalidArgument('n');
    this.schedule.everyMs = n * DAY;
    return this;
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    if (!Number.isInteger(n) || n < 1) throw invalidArgument('n');
    this.schedule.everyMs = n * 7 * DAY;
    return this;
  }

  atHour(hour: number): ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw invalidArgument('hour');
    this.schedule.atHour = hour;
    return this;
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw invalidArgument('minute');
    this.schedule.nearMinute = minute;
    return this;
  }

  onWeekDay(day: unknown): ClockTriggerBuilder {
    const i = WEEKDAYS.indexOf(String(day));
    if (i < 0) throw invalidArgument('day');
    this.schedule.weekDay = i;
    if (this.schedule.everyMs === null) this.schedule.everyMs = 7 * DAY;
    return this;
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    this.schedule.timeZone = String(timezone);
    return this;
  }

  at(date: Date): ClockTriggerBuilder {
    if (!(date instanceof Date)) throw invalidArgument('date');
    this.schedule.at = date.getTime();
    return this;
  }

  after(durationMilliseconds: number): ClockTriggerBuilder {
    this.schedule.at = this.store.now() + durationMilliseconds;
    return this;
  }

  create(): Trigger {
    const s = this.schedule;
    if (s.at === null && s.everyMs === null) {
      throw serviceError(
        'The trigger needs a schedule: call everyHours, everyDays, everyWeeks, at or after.',
      );
    }
    if (this.store.addon && s.everyMs !== null && s.everyMs < HOUR) {
      throw serviceError(
        'Add-ons cannot create time-based triggers that run more often than once an hour.',
      );
    }
    return this.store.add({
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { ...s },
    });
  }
}

export class SpreadsheetTriggerBuilder {
  readonly [SERVICE] = { className: 'SpreadsheetTriggerBuilder', counted: false };
  private eventType: EventType | null = null;

  constructor(
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}

  onOpen(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }

  onEdit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_EDIT';
    return this;
  }

  onChange(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_CHANGE';
    return this;
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): Trigger {
    if (!this.eventType) throw serviceError('The trigger needs an event: call onOpen, onEdit, ...');
    return this.store.add({
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.sourceId,
      schedule: null,
    });
  }
}

export class TriggerBuilder {
  readonly [SERVICE] = { className: 'TriggerBuilder', counted: false };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {}

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.store, this.handler, this.ctx.timeZone);
  }

  /**
   * A spreadsheet or its id. There is one document here; an add-on "can only create triggers
   * for the file in which the add-on is used" (editor-triggers#restrictions), so another id is
   * refused (with wording of the emulator's own: Google's is not documented).
   */
  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilder {
    const id =
      typeof sheet === 'string' ? sheet : (sheet as { getId?: () => unknown } | null)?.getId?.();
    if (id !== this.ctx.spreadsheetId) {
      throw serviceError(
        `Add-ons can only create triggers for the file in which the add-on is used, not ${String(id)}.`,
      );
    }
    return new SpreadsheetTriggerBuilder(this.store, this.handler, this.ctx.spreadsheetId);
  }
}

export class ScriptApp {
  readonly [SERVICE] = { className: 'ScriptApp', counted: false };
  readonly AuthMode = AuthMode;
  readonly EventType = EventTypes;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(
    private readonly ctx: ServiceContext,
    readonly store: TriggerStore,
  ) {}

  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '')
      throw invalidArgument('functionName');
    this.ctx.assertWritable('newTrigger');
    return new TriggerBuilder(this.ctx, this.store, functionName);
  }

  /** This user's triggers in this project (the document's, for an add-on). */
  getProjectTriggers(): Trigger[] {
    return this.store.triggers.filter((t) => t.user === this.ctx.user).map((t) => new Trigger(t));
  }

  getUserTriggers(_spreadsheet: unknown): Trigger[] {
    return this.getProjectTriggers();
  }

  deleteTrigger(trigger: Trigger): void {
    this.ctx.assertWritable('deleteTrigger');
    this.store.remove(trigger.getUniqueId());
  }

  getScriptId(): string {
    return 'local-kpi-guard-script';
  }
}
