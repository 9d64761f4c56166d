// Builds one set of emulated services over a ServiceContext: the host objects (for the
// runtime and tests) and the globals the add-on sees (the same objects behind the bridge).
import { Logger, makeConsole, Session, Utilities } from '../services/base';
import type { Bridge } from '../services/bridge';
import { CacheService } from '../services/cache';
import type { ServiceContext } from '../services/context';
import { HtmlService } from '../services/html';
import { LockManager, LockService } from '../services/lock';
import { MailApp, type MailBox } from '../services/mail';
import { SpreadsheetModel } from '../services/model';
import { PropertiesService } from '../services/properties';
import { ScriptApp, TriggerStore } from '../services/scriptApp';
import { SpreadsheetApp } from '../services/spreadsheetApp';

export interface Services {
  model: SpreadsheetModel;
  SpreadsheetApp: SpreadsheetApp;
  PropertiesService: PropertiesService;
  CacheService: CacheService;
  LockService: LockService;
  ScriptApp: ScriptApp;
  HtmlService: HtmlService;
  Session: Session;
  Utilities: Utilities;
  Logger: Logger;
  MailApp: MailApp;
  locks: LockManager;
  triggers: TriggerStore;
}

export function createServices(ctx: ServiceContext, mail: MailBox): Services {
  const model = new SpreadsheetModel(ctx);
  const locks = new LockManager();
  const triggers = new TriggerStore(ctx);
  return {
    model,
    SpreadsheetApp: new SpreadsheetApp(model),
    PropertiesService: new PropertiesService(ctx),
    CacheService: new CacheService(ctx),
    LockService: new LockService(ctx, locks),
    ScriptApp: new ScriptApp(ctx, triggers),
    HtmlService: new HtmlService(ctx),
    Session: new Session(ctx),
    Utilities: new Utilities(),
    Logger: new Logger(ctx),
    MailApp: new MailApp(ctx, mail),
    locks,
    triggers,
  };
}

/** The add-on's globals: each service proxied through the bridge, plus a recording console. */
export function serviceGlobals(
  services: Services,
  ctx: ServiceContext,
  bridge: Bridge,
): Record<string, unknown> {
  const names = [
    'SpreadsheetApp',
    'PropertiesService',
    'CacheService',
    'LockService',
    'ScriptApp',
    'HtmlService',
    'Session',
    'Utilities',
    'Logger',
    'MailApp',
  ] as const;
  const globals: Record<string, unknown> = { console: makeConsole(ctx) };
  for (const name of names) globals[name] = bridge.toVm(services[name]);
  return globals;
}
