// Until the audit area's chained sink (src/app/audit) is wired, permission entries go to the
// control workbook's `Sự kiện` tab, one row per entry with the draft as JSON. Swap the factory
// below for the chained sink; nothing else changes.
import type { AuditSink } from '../app/ports/audit-sink';
import type { ControlStore } from '../app/ports/control-store';
import { appendTab } from '../app/ports/control-store';
import { EVENTS } from '../domain/control';

export function permissionsAuditSink(control: ControlStore): AuditSink {
  return {
    append(entries) {
      appendTab(
        control,
        EVENTS,
        entries.map((e) => ({
          at: e.at,
          kind: e.kind,
          actor: e.actor ?? '',
          message: e.reason ?? '',
          data: JSON.stringify(e),
        })),
      );
    },
  };
}
