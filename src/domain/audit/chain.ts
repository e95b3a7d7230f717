// The hash chain (verifiable-records.md): hash = lowercase hex SHA-256 of the UTF-8 bytes of the
// canonical form of the entry without `hash`; prev = the previous entry's hash.
import { canonicalJson } from './canonical';
import {
  AUDIT_FORMAT_VERSION,
  type AuditDraft,
  type AuditEntry,
  entryBody,
  GENESIS_HASH,
} from './entry';

/** SHA-256 as a port: node:crypto locally, Utilities.computeDigest in Apps Script. */
export interface Digest {
  /** Lowercase hex SHA-256 of the UTF-8 bytes of text. */
  sha256Hex(text: string): string;
}

/** The last entry of a chain, enough to append to it. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/** The canonical form that is hashed: the entry without `hash`. */
export function hashedForm(entry: Omit<AuditEntry, 'hash'> | AuditEntry): string {
  const { hash: _omit, ...rest } = entry as AuditEntry;
  return canonicalJson(rest);
}

export function computeHash(entry: Omit<AuditEntry, 'hash'> | AuditEntry, digest: Digest): string {
  return digest.sha256Hex(hashedForm(entry));
}

/** The stored / exported line: canonical JSON of the whole entry including its hash. */
export function entryLine(entry: AuditEntry): string {
  return canonicalJson(entry);
}

/** Chains drafts onto head: seq continues without gaps, each prev is the previous hash. */
export function chainDrafts(head: ChainHead, drafts: AuditDraft[], digest: Digest): AuditEntry[] {
  const out: AuditEntry[] = [];
  let seq = head.seq;
  let prev = head.hash;
  for (const draft of drafts) {
    seq += 1;
    const body = { v: AUDIT_FORMAT_VERSION, seq, ...entryBody(draft), prev };
    const hash = computeHash(body, digest);
    out.push({ ...body, hash });
    prev = hash;
  }
  return out;
}

export function headOf(entries: readonly AuditEntry[], before: ChainHead = EMPTY_HEAD): ChainHead {
  const last = entries[entries.length - 1];
  return last ? { seq: last.seq, hash: last.hash } : before;
}
