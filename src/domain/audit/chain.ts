// The hash chain (verifiable-records.md): hash = lowercase hex SHA-256 of the UTF-8 bytes of the
// canonical form of the entry without `hash`; prev = the previous entry's hash.
import { canonicalJson } from './canonical';
import {
  AUDIT_FORMAT_VERSION,
  type AuditDraft,
  type AuditEntry,
  ENTRY_KEYS,
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

const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** canonicalJson of an entry's value, with a fast path for plain ASCII text (most fields). */
function encodeValue(v: unknown): string {
  if (typeof v === 'string' && PLAIN.test(v)) return `"${v}"`;
  return canonicalJson(v);
}

/**
 * Canonical JSON of an entry, keys in ENTRY_KEYS order (already lexicographic): the same text
 * canonicalJson writes, without sorting 18 keys per entry (verifying 100,000 entries is hot).
 */
function encodeEntry(entry: Record<string, unknown>, withHash: boolean): string {
  let out = '{';
  for (const k of ENTRY_KEYS) {
    if (k === 'hash' && !withHash) continue;
    const v = entry[k];
    if (v === undefined) throw new Error(`Audit entry without '${k}': ${JSON.stringify(entry)}`);
    out += `${out.length > 1 ? ',' : ''}"${k}":${encodeValue(v)}`;
  }
  return `${out}}`;
}

/** The canonical form that is hashed: the entry without `hash`. */
export function hashedForm(entry: Omit<AuditEntry, 'hash'> | AuditEntry): string {
  return encodeEntry(entry as unknown as Record<string, unknown>, false);
}

export function computeHash(entry: Omit<AuditEntry, 'hash'> | AuditEntry, digest: Digest): string {
  return digest.sha256Hex(hashedForm(entry));
}

/** The stored / exported line: canonical JSON of the whole entry including its hash. */
export function entryLine(entry: AuditEntry): string {
  return encodeEntry(entry as unknown as Record<string, unknown>, true);
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
