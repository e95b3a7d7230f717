// Builds the permission area's dependencies from the Apps Script services, once per execution:
// the control workbook (script property `sodiem.controlId`, else the active spreadsheet of a bound
// script), the applied windows, the audit sink, the Sheets API protection store and the clock.
import type { AuthDeps } from '../app/auth/with-role';
import type { ActivationEnv } from '../app/activation/activate';
import type { SyncDeps } from '../app/permissions/sync';
import {
  loadSchool,
  permissionFacts,
  roleFacts,
  blocksOfClass,
  type School,
} from '../app/permissions/school';
import { syncWorkbooks } from '../app/permissions/sync';
import type { WindowsDeps } from '../app/windows/service';
import type { AuditSink } from '../app/ports/audit-sink';
import type { ControlStore } from '../app/ports/control-store';
import { GasControlStore } from './control-store';
import { auditDeps, auditSinkOf } from './audit-env';
import { sinkOrInbox } from './permissions-inbox';
import { SheetsProtectionStore } from './permissions-store';
import { DriveWorkbookSharing } from './permissions-sharing';
import { deploymentOf, ScriptAppTriggers } from './triggers';
import { PropertiesWindowStore } from './windows-store';
import { describeClassSync } from '../app/permissions/messages';

export const CONTROL_ID_KEY = 'sodiem.controlId';

export interface PermissionsEnv {
  controlId: string;
  control: ControlStore;
  windows: PropertiesWindowStore;
  audit: AuditSink;
  sync: SyncDeps;
  now(): number;
  school(): School;
  /** Forget the cached school (after the windows changed). */
  reload(): void;
  auth: AuthDeps;
  /** The tick's identity: the account the trigger runs as. */
  systemAuth: AuthDeps;
  windowsDeps(actor: string): WindowsDeps;
  activation(): ActivationEnv;
  props: GoogleAppsScript.Properties.Properties;
}

export function controlIdOrThrow(props: GoogleAppsScript.Properties.Properties): string {
  const id = props.getProperty(CONTROL_ID_KEY) ?? SpreadsheetApp.getActiveSpreadsheet()?.getId();
  if (!id) {
    throw new Error(
      'Chưa biết sổ quản trị của năm học. Hãy mở sổ «Quản trị sổ điểm» và chạy lại từ menu của sổ đó.',
    );
  }
  return id;
}

export function permissionsEnv(): PermissionsEnv {
  const props = PropertiesService.getScriptProperties();
  const controlId = controlIdOrThrow(props);
  const control = new GasControlStore(controlId);
  const now = () => Date.now();
  const windows = new PropertiesWindowStore(props, control, now);
  let cached: School | null = null;
  const school = () => (cached ??= loadSchool(control, windows));
  // The audit area's chained, locked sink (src/app/audit): every permission entry is in the chain.
  const audit = auditSinkOf(auditDeps({ controlId, control, school, now }));
  const sync: SyncDeps = {
    protections: new SheetsProtectionStore(),
    sharing: new DriveWorkbookSharing(),
    audit,
    now,
  };
  // A teacher cannot open the admin-only control workbook: no roles from it, and the refusal waits
  // in script properties for the tick (sinkOrInbox).
  const auth = (caller: () => string): AuthDeps => ({
    caller,
    roleFacts: () => {
      try {
        return roleFacts(school());
      } catch {
        return { system: '', teachers: [], homerooms: [], assignments: [] };
      }
    },
    now,
    audit: sinkOrInbox(audit, props),
  });
  const env: PermissionsEnv = {
    controlId,
    control,
    windows,
    audit,
    sync,
    now,
    school,
    props,
    reload: () => (cached = null),
    auth: auth(() => Session.getActiveUser().getEmail()),
    systemAuth: auth(() => Session.getEffectiveUser().getEmail()),
    windowsDeps: (actor) => ({
      store: windows,
      audit,
      now,
      classes: () => school().classes.map((c) => ({ id: c.id, grade: c.grade })),
      sync: (ids) => {
        env.reload();
        const sc = school();
        const report = syncWorkbooks(sync, {
          facts: permissionFacts(sc),
          classes: sc.classes.filter((c) => ids.includes(c.id)),
          blocksOf: (c) => blocksOfClass(sc, c),
          actor,
        });
        return report.classes.flatMap(describeClassSync);
      },
    }),
    activation: () => ({
      effectiveUser: () => Session.getEffectiveUser().getEmail(),
      deployment: deploymentOf,
      advancedServices: () => ({
        sheets: typeof Sheets !== 'undefined',
        drive: typeof Drive !== 'undefined',
      }),
      ownerOf: (id) => {
        try {
          return DriveApp.getFileById(id).getOwner()?.getEmail() ?? null;
        } catch {
          return null;
        }
      },
      controlId,
      triggers: new ScriptAppTriggers(),
      now,
    }),
  };
  return env;
}
