// Audit drafts from people who cannot write the control workbook (teachers refused by withRole)
// wait in script properties, one key each, until the tick moves them into the log.
import type { DraftInbox } from '../app/tick/inbox-step';
import type { AuditSink } from '../app/ports/audit-sink';
import type { AuditDraft } from '../domain/audit/entry';

const PREFIX = 'sodiem.inbox.audit.';

export function propertiesDraftInbox(props: GoogleAppsScript.Properties.Properties): DraftInbox {
  return {
    peek() {
      const all = props.getProperties();
      return Object.keys(all)
        .filter((k) => k.startsWith(PREFIX))
        .sort()
        .map((key) => ({ key, draft: JSON.parse(all[key] ?? '{}') as AuditDraft }));
    },
    remove(keys) {
      for (const k of keys) props.deleteProperty(k);
    },
  };
}

/** Writes to the log when the caller can; otherwise queues the drafts for the tick. */
export function sinkOrInbox(
  sink: AuditSink,
  props: GoogleAppsScript.Properties.Properties,
): AuditSink {
  return {
    append(entries) {
      try {
        sink.append(entries);
      } catch {
        const values: Record<string, string> = {};
        entries.forEach((e, i) => {
          values[`${PREFIX}${e.at}.${i}.${Utilities.getUuid()}`] = JSON.stringify(e);
        });
        props.setProperties(values);
      }
    },
  };
}
