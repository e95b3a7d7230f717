// The teachers' inbox in script properties: teachers cannot write to the control workbook, so a
// request waits under its own key until the system's tick moves it there. Apps Script limits a
// value to 9 KB and a store to 500 KB (apps-script-facts §3.2); a full inbox refuses, loses nothing.
import type { CellValue, RequestDraft } from './request';
import { M } from './messages';

export const INBOX_PREFIX = 'inbox:correction:';
/** 9 KB per value, measured with the key as Apps Script does (tanaikech's measurement, §3.2). */
export const MAX_ENTRY_BYTES = 9 * 1024;
/** The whole store holds 500 KB; the inbox keeps 100 KB free for checkpoints and settings. */
export const INBOX_BUDGET_BYTES = 400 * 1024;

/** A teacher's request, or a homeroom teacher's confirmation, waiting for the tick. */
export type InboxEntry =
  | {
      kind: 'request';
      draft: RequestDraft;
      /** The cell's value when the teacher asked (older entries lack it: read at the tick). */
      oldValue?: CellValue;
      /** The requester's email as Apps Script reported it (Session.getActiveUser). */
      by: string;
      at: string;
    }
  | { kind: 'confirm'; requestId: string; by: string; at: string };

function keyOf(entry: InboxEntry): string {
  return entry.kind === 'request'
    ? `${INBOX_PREFIX}${entry.draft.id}`
    : `${INBOX_PREFIX}confirm:${entry.requestId}:${entry.by}`;
}

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function storeBytes(store: Record<string, string>): number {
  let total = 0;
  for (const [key, value] of Object.entries(store)) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

export type PutResult = { ok: true; key: string; value: string } | { ok: false; message: string };

/** Where and what to store for one request, or why it cannot be stored now. */
export function inboxPut(store: Record<string, string>, entry: InboxEntry): PutResult {
  const key = keyOf(entry);
  const value = JSON.stringify(entry);
  const size = utf8Bytes(key) + utf8Bytes(value);
  if (size > MAX_ENTRY_BYTES) return { ok: false, message: M.tooLarge };
  if (storeBytes(store) + size > INBOX_BUDGET_BYTES) return { ok: false, message: M.inboxFull };
  return { ok: true, key, value };
}

/** The waiting requests in the order they were made, with the keys to delete once moved. */
export function inboxEntries(store: Record<string, string>): { key: string; entry: InboxEntry }[] {
  return Object.entries(store)
    .filter(([key]) => key.startsWith(INBOX_PREFIX))
    .map(([key, value]) => ({ key, entry: JSON.parse(value) as InboxEntry }))
    .sort((a, b) => a.entry.at.localeCompare(b.entry.at) || a.key.localeCompare(b.key));
}
