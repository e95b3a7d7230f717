// Verification of an exported / stored chain: finds the FIRST broken seq and says what is wrong
// (changed, missing, inserted, reordered), from the lines alone (verifiable-records.md).
import { type ChainHead, computeHash, type Digest, EMPTY_HEAD, entryLine } from './chain';
import {
  AUDIT_FORMAT_VERSION,
  type AuditEntry,
  ENTRY_KEYS,
  GENESIS_HASH,
  isIsoUtcMs,
} from './entry';

export type ChainProblem = 'changed' | 'missing' | 'inserted' | 'reordered';

export type ChainDefect =
  | 'malformed' // not JSON, a key missing or extra, a value of the wrong type
  | 'not-canonical' // the line is not the canonical form of its own content
  | 'hash' // the content does not match its hash
  | 'prev' // prev is not the previous entry's hash (that entry was rewritten)
  | 'renumbered' // the hash matches a neighbouring seq: entries were inserted/removed and renumbered
  | 'duplicate-seq'
  | 'seq-gap'
  | 'seq-order'
  | 'head'; // the chain does not reach the anchored head (e.g. the snapshot manifest's)

export type VerifyResult =
  | { ok: true; count: number; head: ChainHead }
  | {
      ok: false;
      /** The first seq that is broken. */
      seq: number;
      /** 1-based line where the break was found. */
      line: number;
      problem: ChainProblem;
      defect: ChainDefect;
      count: number;
    };

const HEX64 = /^[0-9a-f]{64}$/;
const HASH_MEMBER = /"hash":"[0-9a-f]{64}",/;
const BASES = new Set(['event', 'protection', 'system', 'request']);

const isStrOrNull = (v: unknown) => v === null || typeof v === 'string';

/** Parses one line into an entry, or null when its shape breaks the format. */
export function parseEntry(line: string): AuditEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const e = value as Record<string, unknown>;
  if (Object.keys(e).length !== ENTRY_KEYS.length || !ENTRY_KEYS.every((k) => k in e)) return null;
  const ok =
    e.v === AUDIT_FORMAT_VERSION &&
    Number.isSafeInteger(e.seq) &&
    (e.seq as number) >= 1 &&
    typeof e.at === 'string' &&
    isIsoUtcMs(e.at) &&
    typeof e.kind === 'string' &&
    typeof e.basis === 'string' &&
    BASES.has(e.basis) &&
    ['actor', 'classId', 'studentId', 'subject', 'field', 'cell', 'reason', 'ref'].every((k) =>
      isStrOrNull(e[k]),
    ) &&
    (e.term === null || typeof e.term === 'number') &&
    typeof e.prev === 'string' &&
    HEX64.test(e.prev) &&
    typeof e.hash === 'string' &&
    HEX64.test(e.hash);
  return ok ? (e as unknown as AuditEntry) : null;
}

/** Splits JSONL text into lines (a final newline is optional; blank lines are not allowed). */
export function jsonlLines(text: string): string[] {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body === '' ? [] : body.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/**
 * Verifies lines in order from seq 1. `anchor`, when given (the audit head a snapshot manifest
 * recorded), must be reached: this detects removal of the last entries.
 */
export function verifyChain(
  lines: readonly string[],
  digest: Digest,
  anchor?: ChainHead,
): VerifyResult {
  const entries = lines.map(parseEntry);
  const seqLines = new Map<number, number[]>();
  entries.forEach((e, i) => {
    if (e) seqLines.set(e.seq, [...(seqLines.get(e.seq) ?? []), i]);
  });
  const fail = (
    seq: number,
    i: number,
    problem: ChainProblem,
    defect: ChainDefect,
  ): VerifyResult => ({ ok: false, seq, line: i + 1, problem, defect, count: lines.length });

  let head: ChainHead = EMPTY_HEAD;
  for (let i = 0; i < entries.length; i++) {
    const expected = i + 1;
    const e = entries[i];
    if (!e) return fail(expected, i, 'changed', 'malformed');
    if (e.seq > expected) {
      const later = (seqLines.get(expected) ?? []).some((j) => j > i);
      return later
        ? fail(expected, i, 'reordered', 'seq-order')
        : fail(expected, i, 'missing', 'seq-gap');
    }
    if (e.seq < expected) {
      const earlier = (seqLines.get(e.seq) ?? []).some((j) => j < i);
      return earlier
        ? fail(e.seq, i, 'inserted', 'duplicate-seq')
        : fail(e.seq, i, 'reordered', 'seq-order');
    }
    if (entries[i + 1]?.seq === e.seq) return fail(e.seq, i + 1, 'inserted', 'duplicate-seq');
    // One canonicalisation per entry: the hashed form is the canonical line without its top-level
    // `"hash":"…",` (keys are sorted and strings escape quotes, so the first match is the key).
    const canonical = entryLine(e);
    const hashed = canonical.replace(HASH_MEMBER, '');
    if (digest.sha256Hex(hashed) !== e.hash) {
      // Renumbered entries keep their old hash: tell insertions and removals from edits.
      if (computeHash({ ...e, seq: e.seq - 1 }, digest) === e.hash)
        return fail(e.seq - 1, i - 1, 'inserted', 'renumbered');
      if (computeHash({ ...e, seq: e.seq + 1 }, digest) === e.hash)
        return fail(e.seq, i, 'missing', 'renumbered');
      return fail(e.seq, i, 'changed', 'hash');
    }
    if (e.prev !== head.hash) {
      return i === 0 || e.prev === GENESIS_HASH
        ? fail(e.seq, i, 'changed', 'prev')
        : fail(e.seq - 1, i - 1, 'changed', 'prev');
    }
    if (canonical !== lines[i]) return fail(e.seq, i, 'changed', 'not-canonical');
    head = { seq: e.seq, hash: e.hash };
  }
  if (anchor) {
    if (head.seq < anchor.seq) return fail(head.seq + 1, entries.length, 'missing', 'head');
    const at = entries[anchor.seq - 1];
    if (anchor.seq > 0 && at?.hash !== anchor.hash)
      return fail(anchor.seq, anchor.seq - 1, 'changed', 'head');
  }
  return { ok: true, count: entries.length, head };
}
