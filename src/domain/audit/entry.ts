// The audit entry (verifiable-records.md, "Audit log"): every field is always present, null where
// it does not apply. A draft is what a use case knows; the chain adds v, seq, prev and hash.

/** Format version written in `v`; bump only with a new format note. */
export const AUDIT_FORMAT_VERSION = 1;

/** `prev` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** How the actor is known (verifiable-records.md). */
export type AuditBasis = 'event' | 'protection' | 'system' | 'request';

/** What happened. Other areas add kinds here (additively) when they log something new. */
export type AuditKind =
  | 'cell' // a changed score cell found by reconciliation
  | 'correction' // an approved correction written by the system
  | 'window' // an entry window opened, extended, closed, reopened
  | 'permissions' // protections synced
  | 'snapshot' // a snapshot taken
  | 'late-edit-reverted'
  | 'late-edit-flagged'
  | 'refused' // a refused action
  | 'structure' // rows/columns/tabs changed in a class workbook
  | 'verify'; // the log was checked by an admin

/** A JSON value as it may appear in `old` / `new` (cells hold numbers, text, booleans, ""). */
export type AuditValue =
  string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };

export interface AuditEntry {
  v: number;
  seq: number;
  /** ISO 8601 UTC with milliseconds, e.g. 2025-09-05T01:00:00.000Z */
  at: string;
  kind: AuditKind;
  actor: string | null;
  basis: AuditBasis;
  classId: string | null;
  studentId: string | null;
  subject: string | null;
  term: number | null;
  field: string | null;
  /** sheet!A1 */
  cell: string | null;
  old: AuditValue;
  new: AuditValue;
  reason: string | null;
  ref: string | null;
  prev: string;
  hash: string;
}

/** Every key of an entry, in lexicographic order (the canonical order). */
export const ENTRY_KEYS: readonly (keyof AuditEntry)[] = [
  'actor',
  'at',
  'basis',
  'cell',
  'classId',
  'field',
  'hash',
  'kind',
  'new',
  'old',
  'prev',
  'reason',
  'ref',
  'seq',
  'studentId',
  'subject',
  'term',
  'v',
];

/** What a use case hands to the log; omitted fields become null. */
export interface AuditDraft {
  at: string;
  kind: AuditKind;
  basis: AuditBasis;
  actor?: string | null;
  classId?: string | null;
  studentId?: string | null;
  subject?: string | null;
  term?: number | null;
  field?: string | null;
  cell?: string | null;
  old?: AuditValue;
  new?: AuditValue;
  reason?: string | null;
  ref?: string | null;
}

const ISO_UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True for an ISO 8601 UTC timestamp with milliseconds (the only form `at` may take). */
export function isIsoUtcMs(text: string): boolean {
  return ISO_UTC_MS.test(text) && !Number.isNaN(Date.parse(text));
}

/** An ISO 8601 UTC timestamp with milliseconds for epoch ms. */
export function isoUtcMs(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** The entry without v/seq/prev/hash; throws with the failing value on a malformed draft. */
export function entryBody(draft: AuditDraft): Omit<AuditEntry, 'v' | 'seq' | 'prev' | 'hash'> {
  if (!isIsoUtcMs(draft.at)) throw new Error(`Audit draft: 'at' must be ISO UTC ms: ${draft.at}`);
  return {
    at: draft.at,
    kind: draft.kind,
    actor: draft.actor ?? null,
    basis: draft.basis,
    classId: draft.classId ?? null,
    studentId: draft.studentId ?? null,
    subject: draft.subject ?? null,
    term: draft.term ?? null,
    field: draft.field ?? null,
    cell: draft.cell ?? null,
    old: draft.old ?? null,
    new: draft.new ?? null,
    reason: draft.reason ?? null,
    ref: draft.ref ?? null,
  };
}
