// Session: active and effective user, script time zone, temporary active-user key.
// https://developers.google.com/apps-script/reference/base/session
import { createHash } from 'node:crypto';
import { NotImplementedError, type Workspace } from '../core/workspace';
import { asGas, strict } from './strict';

export const SCRIPT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface SessionState {
  /** The account that owns the script project (the system account); null: the first user added. */
  scriptOwner: string | null;
  timeZone: string;
  scriptId: string;
  locale: string;
  /** For installable edit/change triggers: who acted, by execution id (the creator runs the code). */
  actingUser: Record<number, string>;
}

export function sessionState(ws: Workspace): SessionState {
  return ws.stateOf<SessionState>('session', () => ({
    scriptOwner: null,
    timeZone: SCRIPT_TIME_ZONE,
    scriptId: 'emulated-script-project',
    locale: 'vi',
    actingUser: {},
  }));
}

export function setScriptOwner(ws: Workspace, email: string): void {
  sessionState(ws).scriptOwner = email.toLowerCase();
}

export function scriptOwnerOf(ws: Workspace): string {
  const owner = sessionState(ws).scriptOwner ?? ws.users.keys().next().value;
  return owner ?? '';
}

/** The driver records who edited when an installable trigger runs as its creator. */
export function setActingUser(ws: Workspace, email: string): void {
  sessionState(ws).actingUser[ws.execution.id] = email.toLowerCase();
}

class EmuUser implements GoogleAppsScript.Base.User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
  /** @deprecated in Apps Script. */
  getUserLoginId(): string {
    throw new NotImplementedError('User.getUserLoginId');
  }
}

/**
 * The email the script may see for `person` in the current execution. Blank "in any context that
 * allows a script to run without that user's authorization, like a simple onOpen(e) or onEdit(e)
 * trigger", unless "the developer runs the script themselves or belongs to the same Google
 * Workspace domain as the user" (Session.getActiveUser).
 */
export function visibleEmail(ws: Workspace, person: string): string {
  const execution = ws.execution;
  const unauthorized = execution.kind === 'simple-trigger' || execution.authMode !== 'FULL';
  if (!unauthorized) return person;
  const owner = scriptOwnerOf(ws);
  if (person === owner || ws.domainOf(person) === ws.domainOf(owner)) return person;
  return '';
}

/** Who is acting: the user of the execution, or for installable edit/change triggers the editor. */
export function activePerson(ws: Workspace): string {
  const execution = ws.execution;
  return sessionState(ws).actingUser[execution.id] ?? execution.user;
}

export function createSession(ws: Workspace): GoogleAppsScript.Base.Session {
  const count = (method: string) => ws.count(`Session.${method}`);
  const service = {
    getActiveUser(): GoogleAppsScript.Base.User {
      count('getActiveUser');
      const person = activePerson(ws);
      const execution = ws.execution;
      // Installable trigger fired by someone else's edit: only same-domain editors are visible
      // (README assumption A-SESSION-INSTALLABLE).
      if (person !== execution.user && ws.domainOf(person) !== ws.domainOf(execution.user)) {
        return new EmuUser('');
      }
      return new EmuUser(visibleEmail(ws, person));
    },
    /** "If the script is running under an installable trigger, this returns the account of the user who created the trigger." */
    getEffectiveUser(): GoogleAppsScript.Base.User {
      count('getEffectiveUser');
      return new EmuUser(visibleEmail(ws, ws.execution.user));
    },
    getScriptTimeZone(): string {
      count('getScriptTimeZone');
      return sessionState(ws).timeZone;
    },
    getActiveUserLocale(): string {
      count('getActiveUserLocale');
      return sessionState(ws).locale;
    },
    /** "unique to the active user but does not reveal the user identity … unique to the script" (30-day rotation not modelled). */
    getTemporaryActiveUserKey(): string {
      count('getTemporaryActiveUserKey');
      const digest = createHash('sha256')
        .update(`${sessionState(ws).scriptId}|${activePerson(ws)}`)
        .digest('base64');
      return digest.replace(/[+/=]/g, '').slice(0, 44);
    },
  };
  return asGas(strict('Session', service));
}
