// "Kích hoạt hệ thống": run by the system account. Checks the prerequisites (caller is the system
// account and owns the files, advanced services Sheets and Drive on, admins listed, the system
// account is no teacher) and installs the one tick trigger: every 5 minutes in a bound deployment,
// hourly in an add-on deployment (add-ons: at most hourly, one per type per user per document —
// apps-script-facts §2.1).
import type { AuditSink } from '../ports/audit-sink';
import type { School } from '../permissions/school';
import { adminsOf } from '../permissions/school';
import { ACTIVATION_TEXT as M } from './messages';

export type Deployment = 'bound' | 'addon';
export type TickSchedule = { everyMinutes: 5 } | { everyHours: 1 };

export interface TriggerPort {
  /** Time-driven triggers of this user whose handler is the tick. */
  tickTriggers(): { id: string }[];
  installTick(schedule: TickSchedule): void;
  remove(id: string): void;
}

export interface ActivationEnv {
  /** The account running this (Session.getEffectiveUser). */
  effectiveUser(): string;
  deployment(): Deployment;
  /** typeof Sheets / Drive !== 'undefined'. */
  advancedServices(): { sheets: boolean; drive: boolean };
  /** Owner email of a Drive file, or null when it cannot be read. */
  ownerOf(fileId: string): string | null;
  controlId: string;
  triggers: TriggerPort;
  now(): number;
}

export interface ActivationCheck {
  ok: boolean;
  text: string;
}

export interface ActivationReport {
  ok: boolean;
  checks: ActivationCheck[];
  installed: TickSchedule | null;
}

export function scheduleFor(deployment: Deployment): TickSchedule {
  return deployment === 'bound' ? { everyMinutes: 5 } : { everyHours: 1 };
}

export function activate(env: ActivationEnv, school: School, audit: AuditSink): ActivationReport {
  const me = env.effectiveUser().toLowerCase();
  const system = school.systemAccount.toLowerCase();
  const checks: ActivationCheck[] = [];
  const check = (ok: boolean, good: string, bad: string) =>
    checks.push({ ok, text: ok ? good : bad });

  check(system !== '', M.systemSet(system), M.systemMissing);
  check(me === system, M.isSystem(me), M.notSystem(me, system));
  const teacher = school.teachers.find((t) => t.email.toLowerCase() === system);
  check(!teacher, M.notTeacher, M.systemIsTeacher(system));
  const services = env.advancedServices();
  check(
    services.sheets,
    M.service('Google Sheets API'),
    M.serviceOff('Google Sheets API', 'Sheets'),
  );
  check(services.drive, M.service('Drive API'), M.serviceOff('Drive API', 'Drive'));
  const admins = adminsOf(school);
  check(admins.length > 0, M.admins(admins), M.noAdmins);
  const files = [
    { id: env.controlId, name: M.controlName },
    ...school.classes
      .filter((c) => c.workbookId)
      .map((c) => ({ id: c.workbookId!, name: M.classBook(c.id) })),
  ];
  const notOwned = files.filter((f) => (env.ownerOf(f.id) ?? '').toLowerCase() !== system);
  check(
    notOwned.length === 0,
    M.owns(files.length),
    M.notOwned(
      notOwned.map((f) => f.name),
      system,
    ),
  );
  for (const p of school.problems.slice(0, 5))
    checks.push({ ok: false, text: M.problem(p.sheet, p.row, p.message) });

  const ok = checks.every((c) => c.ok);
  let installed: TickSchedule | null = null;
  if (ok) {
    for (const t of env.triggers.tickTriggers()) env.triggers.remove(t.id);
    installed = scheduleFor(env.deployment());
    env.triggers.installTick(installed);
    checks.push({ ok: true, text: M.installed(installed) });
  }
  audit.append([
    {
      at: new Date(env.now()).toISOString(),
      kind: 'permissions',
      actor: me === '' ? null : me,
      basis: 'request',
      field: 'activate',
      new: { ok, installed: installed === null ? null : JSON.stringify(installed) },
      reason: ok
        ? null
        : checks
            .filter((c) => !c.ok)
            .map((c) => c.text)
            .join(' | '),
    },
  ]);
  return { ok, checks, installed };
}
