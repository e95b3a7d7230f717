// The installable-trigger registry: creation with the quotas of both deployments, lookup for the
// driver (edit/change/open firing), and time-driven firing on the virtual clock.
// https://developers.google.com/apps-script/guides/triggers/installable
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers
// https://developers.google.com/apps-script/guides/services/quotas ("Triggers 20 / user / script")
import { AppsScriptError, type Deployment, type Workspace } from '../core/workspace';
import { fieldsIn } from './format-date';

export type TriggerEvent = 'CLOCK' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_OPEN' | 'ON_FORM_SUBMIT';

export type Schedule =
  { kind: 'once'; at: number } | { kind: 'every'; periodMs: number; next: number };

export interface TriggerRecord {
  uid: string;
  handler: string;
  event: TriggerEvent;
  /** The spreadsheet for ON_* triggers; for add-on clock triggers the document in use. */
  documentId: string | null;
  owner: string;
  deployment: Deployment;
  createdAt: number;
  schedule: Schedule | null;
  /** One-shot triggers that fired stay listed until deleted (README A-TRIGGER-ONESHOT). */
  fired: boolean;
}

export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** Reported by add-on users (ljay79/jira-tools#47, #53); README A-TRIGGER-ADDON-TEXT. */
export const addonTooMany = (kind: string) =>
  `This add-on has created too many ${kind} triggers in this document for this Google user account.`;
/** Reported by add-on developers (ttsukagoshi/mail-merge-for-gmail#165). */
export const ADDON_RECURRENCE =
  'The recurrence interval for an Add-on trigger must be at least one hour.';
/** "Add-ons can only create triggers for the file in which the add-on is used." (editor-triggers) */
export const ADDON_OTHER_FILE =
  'Add-ons can only create triggers for the file in which the add-on is used.';
export const MAX_TRIGGERS_PER_USER = 20;

export function triggerState(ws: Workspace): { triggers: TriggerRecord[]; nextUid: number } {
  return ws.stateOf('triggers', () => ({ triggers: [] as TriggerRecord[], nextUid: 1000001 }));
}

const KIND_TEXT: Record<TriggerEvent, string> = {
  CLOCK: 'time-based',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_OPEN: 'open',
  ON_FORM_SUBMIT: 'form submit',
};

/** Registers a trigger for the current execution's user, enforcing the quotas of its deployment. */
export function registerTrigger(
  ws: Workspace,
  init: {
    handler: string;
    event: TriggerEvent;
    documentId: string | null;
    schedule: Schedule | null;
  },
): TriggerRecord {
  const execution = ws.execution;
  const owner = execution.user;
  const mine = triggerState(ws).triggers.filter((t) => t.owner === owner);
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw new AppsScriptError(TOO_MANY_TRIGGERS);
  let documentId = init.documentId;
  if (execution.deployment === 'addon') {
    const inUse = execution.documentId;
    if (init.event !== 'CLOCK' && documentId !== inUse) throw new AppsScriptError(ADDON_OTHER_FILE);
    if (init.event === 'CLOCK') {
      if (inUse === null) throw new AppsScriptError(ADDON_OTHER_FILE);
      documentId = inUse;
      if (init.schedule?.kind === 'every' && init.schedule.periodMs < 3600_000) {
        throw new AppsScriptError(ADDON_RECURRENCE);
      }
    }
    // "Each add-on can only have one trigger of each type, per user, per document."
    if (mine.some((t) => t.event === init.event && t.documentId === documentId)) {
      throw new AppsScriptError(addonTooMany(KIND_TEXT[init.event]));
    }
  }
  const record: TriggerRecord = {
    uid: String(triggerState(ws).nextUid++),
    handler: init.handler,
    event: init.event,
    documentId,
    owner,
    deployment: execution.deployment,
    createdAt: ws.clock.now(),
    schedule: init.schedule,
    fired: false,
  };
  triggerState(ws).triggers.push(record);
  return record;
}

export function deleteTriggerByUid(ws: Workspace, uid: string): void {
  const state = triggerState(ws);
  const owner = ws.execution.user;
  const i = state.triggers.findIndex((t) => t.uid === uid && t.owner === owner);
  if (i >= 0) state.triggers.splice(i, 1);
}

/** Installable triggers that fire for a user event in a document (the driver runs each as its owner). */
export function triggersFor(
  ws: Workspace,
  query: { event: 'ON_EDIT' | 'ON_CHANGE' | 'ON_OPEN'; documentId: string },
): TriggerRecord[] {
  return triggerState(ws).triggers.filter(
    (t) => t.event === query.event && t.documentId === query.documentId,
  );
}

function nextRun(t: TriggerRecord): number | null {
  if (t.event !== 'CLOCK' || t.schedule === null) return null;
  if (t.schedule.kind === 'once') return t.fired ? null : t.schedule.at;
  return t.schedule.next;
}

/** Time-driven triggers due at or before `now`, earliest first (ties: creation order). */
export function dueTimeTriggers(ws: Workspace, now: number): TriggerRecord[] {
  return triggerState(ws)
    .triggers.map((t, i) => ({ t, i, at: nextRun(t) }))
    .filter((x): x is { t: TriggerRecord; i: number; at: number } => x.at !== null && x.at <= now)
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.t);
}

/** The documented time-driven event object, fields in UTC (guides/triggers/events "Time-driven events"). */
export function timeEvent(at: number, triggerUid: string): Record<string, unknown> {
  const f = fieldsIn(new Date(at), 'UTC');
  const start = Date.UTC(f.year, 0, 1);
  const weekOfYear = Math.ceil(((at - start) / 86400000 + new Date(start).getUTCDay() + 1) / 7);
  return {
    authMode: 'FULL',
    'day-of-month': f.day,
    'day-of-week': f.weekday,
    hour: f.hour,
    minute: f.minute,
    month: f.month,
    second: f.second,
    timezone: 'UTC',
    triggerUid,
    'week-of-year': weekOfYear,
    year: f.year,
  };
}

/**
 * Moves the clock to `until`, running every due time-driven trigger in time order: the clock is set
 * to the trigger's time, `run` executes it (as its creator, FULL auth), then one-shots are marked
 * fired and recurring ones re-armed. Failures are the caller's to record; firing continues.
 */
export function fireDueTimeTriggers(
  ws: Workspace,
  until: number,
  run: (trigger: TriggerRecord, event: Record<string, unknown>) => void,
): number {
  let fired = 0;
  for (;;) {
    const next = dueTimeTriggers(ws, until)[0];
    if (!next) break;
    const at = nextRun(next) ?? until;
    if (at > ws.clock.now()) ws.clock.set(at);
    if (next.schedule?.kind === 'every') next.schedule.next = at + next.schedule.periodMs;
    else next.fired = true;
    fired += 1;
    run(next, timeEvent(at, next.uid));
  }
  if (ws.clock.now() < until) ws.clock.set(until);
  return fired;
}
