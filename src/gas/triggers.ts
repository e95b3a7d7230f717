// The tick's time-driven trigger through ScriptApp, and which deployment this is
// (ScriptApp.getInstallationSource(): NONE for a bound or standalone script).
import type { Deployment, TickSchedule, TriggerPort } from '../app/activation/activate';

export const TICK_HANDLER = 'tick';

export class ScriptAppTriggers implements TriggerPort {
  tickTriggers(): { id: string }[] {
    return ScriptApp.getProjectTriggers()
      .filter((t) => t.getHandlerFunction() === TICK_HANDLER)
      .map((t) => ({ id: t.getUniqueId() }));
  }

  installTick(schedule: TickSchedule): void {
    const clock = ScriptApp.newTrigger(TICK_HANDLER).timeBased();
    if ('everyMinutes' in schedule) clock.everyMinutes(schedule.everyMinutes).create();
    else clock.everyHours(schedule.everyHours).create();
  }

  remove(id: string): void {
    const t = ScriptApp.getProjectTriggers().find((x) => x.getUniqueId() === id);
    if (t) ScriptApp.deleteTrigger(t);
  }
}

export function deploymentOf(): Deployment {
  return ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE
    ? 'bound'
    : 'addon';
}
