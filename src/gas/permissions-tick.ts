// The tick: the system account's one time-driven trigger. Takes the system account's user lock
// (an overlapping run skips; the audit chain keeps the script lock for itself), checks the caller
// is the system account, runs the registered steps in order within the time budget, and writes a
// line per step with news to the event log.
import { GUARDS, withRole } from '../app/auth/with-role';
import { appendTab } from '../app/ports/control-store';
import { DEFAULT_TICK_BUDGET_MS, runTick, type TickReport, type TickState } from '../app/tick/step';
import { EVENTS } from '../domain/control';
import { permissionsEnv } from './permissions-env';
import { tickSteps } from './tick-steps';

function propertyState(props: GoogleAppsScript.Properties.Properties): TickState {
  return {
    get: (key) => props.getProperty(key),
    set: (key, value) => {
      if (value === null) props.deleteProperty(key);
      else props.setProperty(key, value);
    },
  };
}

export function runTickNow(): TickReport | null {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(1000)) return null;
  try {
    const env = permissionsEnv();
    return withRole(env.systemAuth, GUARDS.tick, () => {
      const report = runTick(
        { now: env.now, state: propertyState(env.props), budgetMs: DEFAULT_TICK_BUDGET_MS },
        tickSteps(env),
      );
      const news = report.steps.filter((s) => s.summary.length > 0 || s.status === 'failed');
      appendTab(
        env.control,
        EVENTS,
        news.map((s) => ({
          at: report.startedAt,
          kind: `tick:${s.id}`,
          actor: '',
          message: s.summary.join('\n'),
          data: JSON.stringify({ status: s.status, ms: s.ms }),
        })),
      );
      return report;
    });
  } finally {
    lock.releaseLock();
  }
}
