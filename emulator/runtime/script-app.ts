// The ScriptApp global: enums, OAuth token, authorization info, and trigger builders.
// https://developers.google.com/apps-script/reference/script/script-app
// https://developers.google.com/apps-script/reference/script/clock-trigger-builder
import { createHash } from 'node:crypto';
import { AppsScriptError, NotImplementedError, type Workspace } from '../core/workspace';
import { requireFull, SCOPES } from './auth';
import { asGas, strict } from './strict';
import { virtualNow } from './time';
import {
  deleteTriggerByUid,
  registerTrigger,
  triggerState,
  type TriggerEvent,
  type TriggerRecord,
} from './triggers';

export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;
export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const;
export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
export const InstallationSource = {
  APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  NONE: 'NONE',
  WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
} as const;

/** "n must be 1, 5, 10, 15 or 30" (ClockTriggerBuilder.everyMinutes). */
const EVERY_MINUTES = [1, 5, 10, 15, 30];

/** Tokens handed out by getOAuthToken, so UrlFetchApp can tell whose request it is. */
export function oauthState(ws: Workspace): { tokens: Record<string, string> } {
  return ws.stateOf('oauth', () => ({ tokens: {} as Record<string, string> }));
}

class EmuTrigger implements Pick<
  GoogleAppsScript.Script.Trigger,
  'getUniqueId' | 'getHandlerFunction'
> {
  constructor(
    private readonly ws: Workspace,
    readonly record: TriggerRecord,
  ) {}
  getUniqueId(): string {
    this.ws.count('Trigger.getUniqueId');
    return this.record.uid;
  }
  getHandlerFunction(): string {
    this.ws.count('Trigger.getHandlerFunction');
    return this.record.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    this.ws.count('Trigger.getEventType');
    return asGas(this.record.event);
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.ws.count('Trigger.getTriggerSource');
    return asGas(this.record.event === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS');
  }
  /** "Returns the ID specific to the trigger source" — null for clock triggers (README A-TRIGGER-SOURCEID). */
  getTriggerSourceId(): string | null {
    this.ws.count('Trigger.getTriggerSourceId');
    return this.record.event === 'CLOCK' ? null : this.record.documentId;
  }
}

const wrapTrigger = (ws: Workspace, record: TriggerRecord) =>
  asGas<GoogleAppsScript.Script.Trigger>(strict('Trigger', new EmuTrigger(ws, record)));

function idOfSpreadsheet(ss: unknown): string {
  if (typeof ss === 'string') return ss;
  const maybe = ss as { getId?: () => string };
  if (typeof maybe?.getId === 'function') return maybe.getId();
  throw new AppsScriptError('Invalid argument: spreadsheet');
}

function clockBuilder(ws: Workspace, handler: string) {
  let schedule: { kind: 'once'; at: number } | { kind: 'every'; periodMs: number } | null = null;
  const count = (m: string) => ws.count(`ClockTriggerBuilder.${m}`);
  const builder = {
    at(date: Date) {
      count('at');
      schedule = { kind: 'once', at: new Date(date).getTime() };
      return proxy;
    },
    /** "minimum duration … after the current time"; the emulator fires exactly then (README A-TRIGGER-TIME). */
    after(durationMilliseconds: number) {
      count('after');
      schedule = { kind: 'once', at: virtualNow(ws) + Number(durationMilliseconds) };
      return proxy;
    },
    everyMinutes(n: number) {
      count('everyMinutes');
      if (!EVERY_MINUTES.includes(n))
        throw new AppsScriptError('Invalid argument: minutes. Minutes must be 1, 5, 10, 15 or 30.');
      schedule = { kind: 'every', periodMs: n * 60_000 };
      return proxy;
    },
    everyHours(n: number) {
      count('everyHours');
      if (!(Number.isInteger(n) && n >= 1)) throw new AppsScriptError('Invalid argument: hours');
      schedule = { kind: 'every', periodMs: n * 3600_000 };
      return proxy;
    },
    everyDays(n: number) {
      count('everyDays');
      if (!(Number.isInteger(n) && n >= 1)) throw new AppsScriptError('Invalid argument: days');
      schedule = { kind: 'every', periodMs: n * 86400_000 };
      return proxy;
    },
    create(): GoogleAppsScript.Script.Trigger {
      count('create');
      requireFull(ws, 'ClockTriggerBuilder.create', SCOPES.scriptapp);
      if (schedule === null)
        throw new AppsScriptError(
          'Invalid argument: the trigger has no schedule (call at, after, everyMinutes or everyHours).',
        );
      const now = virtualNow(ws);
      const record = registerTrigger(ws, {
        handler,
        event: 'CLOCK',
        documentId: null,
        schedule:
          schedule.kind === 'once'
            ? schedule
            : { kind: 'every', periodMs: schedule.periodMs, next: now + schedule.periodMs },
      });
      return wrapTrigger(ws, record);
    },
  };
  const proxy = strict('ClockTriggerBuilder', builder);
  return proxy;
}

function spreadsheetBuilder(ws: Workspace, handler: string, documentId: string) {
  let event: TriggerEvent | null = null;
  const count = (m: string) => ws.count(`SpreadsheetTriggerBuilder.${m}`);
  const builder = {
    onEdit() {
      count('onEdit');
      event = 'ON_EDIT';
      return proxy;
    },
    onChange() {
      count('onChange');
      event = 'ON_CHANGE';
      return proxy;
    },
    onOpen() {
      count('onOpen');
      event = 'ON_OPEN';
      return proxy;
    },
    onFormSubmit() {
      count('onFormSubmit');
      event = 'ON_FORM_SUBMIT';
      return proxy;
    },
    create(): GoogleAppsScript.Script.Trigger {
      count('create');
      requireFull(ws, 'SpreadsheetTriggerBuilder.create', SCOPES.scriptapp);
      if (event === null)
        throw new AppsScriptError('Invalid argument: the trigger has no event type.');
      return wrapTrigger(ws, registerTrigger(ws, { handler, event, documentId, schedule: null }));
    },
  };
  const proxy = strict('SpreadsheetTriggerBuilder', builder);
  return proxy;
}

export function createScriptApp(ws: Workspace): GoogleAppsScript.Script.ScriptApp {
  const count = (m: string) => ws.count(`ScriptApp.${m}`);
  const mine = () => triggerState(ws).triggers.filter((t) => t.owner === ws.execution.user);
  const service = {
    AuthMode,
    EventType,
    TriggerSource,
    AuthorizationStatus,
    InstallationSource,
    getScriptId(): string {
      count('getScriptId');
      return 'emulated-script-project';
    },
    /** A fake token tied to the user, accepted by the emulated UrlFetchApp export URL. */
    getOAuthToken(): string {
      count('getOAuthToken');
      requireFull(ws, 'ScriptApp.getOAuthToken', SCOPES.scriptapp);
      const user = ws.execution.user;
      const token = `ya29.emulated-${createHash('sha256').update(user).digest('hex').slice(0, 24)}`;
      oauthState(ws).tokens[token] = user;
      return token;
    },
    /** The emulated user has authorized the add-on (README A-AUTHINFO). */
    getAuthorizationInfo(_authMode?: unknown) {
      count('getAuthorizationInfo');
      return strict('AuthorizationInfo', {
        getAuthorizationStatus: () => {
          ws.count('AuthorizationInfo.getAuthorizationStatus');
          return AuthorizationStatus.NOT_REQUIRED;
        },
        getAuthorizationUrl: () => {
          ws.count('AuthorizationInfo.getAuthorizationUrl');
          return null;
        },
        getAuthorizedScopes: () => {
          ws.count('AuthorizationInfo.getAuthorizedScopes');
          return Object.values(SCOPES);
        },
      });
    },
    getInstallationSource() {
      count('getInstallationSource');
      return ws.execution.deployment === 'addon'
        ? InstallationSource.WEB_STORE_ADD_ON
        : InstallationSource.NONE;
    },
    /** "A given account can't see triggers installed from a second account." */
    getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
      count('getProjectTriggers');
      requireFull(ws, 'ScriptApp.getProjectTriggers', SCOPES.scriptapp);
      return mine().map((t) => wrapTrigger(ws, t));
    },
    getUserTriggers(doc: unknown): GoogleAppsScript.Script.Trigger[] {
      count('getUserTriggers');
      requireFull(ws, 'ScriptApp.getUserTriggers', SCOPES.scriptapp);
      const id = idOfSpreadsheet(doc);
      return mine()
        .filter((t) => t.documentId === id)
        .map((t) => wrapTrigger(ws, t));
    },
    deleteTrigger(trigger: unknown): void {
      count('deleteTrigger');
      requireFull(ws, 'ScriptApp.deleteTrigger', SCOPES.scriptapp);
      const uid = (trigger as { getUniqueId?: () => string })?.getUniqueId?.();
      if (uid === undefined) throw new AppsScriptError('Invalid argument: trigger');
      deleteTriggerByUid(ws, uid);
    },
    newTrigger(functionName: string) {
      count('newTrigger');
      const handler = String(functionName);
      return strict('TriggerBuilder', {
        timeBased() {
          ws.count('TriggerBuilder.timeBased');
          return clockBuilder(ws, handler);
        },
        forSpreadsheet(ss: unknown) {
          ws.count('TriggerBuilder.forSpreadsheet');
          return spreadsheetBuilder(ws, handler, idOfSpreadsheet(ss));
        },
        forDocument(): never {
          throw new NotImplementedError('TriggerBuilder.forDocument');
        },
        forForm(): never {
          throw new NotImplementedError('TriggerBuilder.forForm');
        },
      });
    },
  };
  return asGas(strict('ScriptApp', service));
}
