// Builds test chains and tampered copies (shared by the audit unit tests).
import { chainDrafts, computeHash, EMPTY_HEAD, entryLine } from '../../../src/domain/audit/chain';
import type { AuditDraft, AuditEntry } from '../../../src/domain/audit/entry';
import { nodeDigest } from '../../../scripts/node-digest';

export function draft(i: number): AuditDraft {
  const base = Date.UTC(2025, 8, 5, 1, 0, 0);
  return {
    at: new Date(base + i * 61_000).toISOString(),
    kind: 'cell',
    basis: i % 3 === 0 ? 'event' : 'protection',
    actor: `gv${i % 4}@truong.edu.vn`,
    classId: `10A${(i % 3) + 1}`,
    studentId: `HS${String(i % 40).padStart(3, '0')}`,
    subject: i % 2 ? 'toan' : 'ngu-van',
    term: (i % 2) + 1,
    field: `tx${(i % 4) + 1}`,
    cell: `'Toán'!E${7 + (i % 40)}`,
    old: i % 5 === 0 ? '' : 7.5,
    new: i % 7 === 0 ? 'Đạt' : 8 + (i % 3) / 4,
    reason: i % 11 === 0 ? 'Sửa theo đơn của Nguyễn Thị Ánh' : null,
  };
}

export function makeChain(n: number): AuditEntry[] {
  return chainDrafts(
    EMPTY_HEAD,
    Array.from({ length: n }, (_, i) => draft(i + 1)),
    nodeDigest,
  );
}

export const toLines = (entries: AuditEntry[]): string[] => entries.map(entryLine);
export const rehash = (e: AuditEntry): AuditEntry => ({ ...e, hash: computeHash(e, nodeDigest) });

export interface Tamper {
  name: string;
  apply: (lines: string[]) => { lines: string[]; anchor?: { seq: number; hash: string } };
  seq: number;
  problem: 'changed' | 'missing' | 'inserted' | 'reordered';
}

const parse = (l: string) => JSON.parse(l) as AuditEntry;

/** Tampered copies of a 20-entry chain with the first broken seq each must report. */
type RawTamper = Omit<Tamper, 'apply'> & {
  apply: (
    lines: string[],
  ) => string[] | { lines: string[]; anchor?: { seq: number; hash: string } };
};

export function tampers(): Tamper[] {
  const raw: RawTamper[] = [
    {
      name: 'a score changed, hash left',
      apply: (ls) => ls.map((l, i) => (i === 6 ? entryLine({ ...parse(l), new: 10 }) : l)),
      seq: 7,
      problem: 'changed',
    },
    {
      name: 'a score changed and re-hashed',
      apply: (ls) => ls.map((l, i) => (i === 6 ? entryLine(rehash({ ...parse(l), new: 10 })) : l)),
      seq: 7,
      problem: 'changed',
    },
    {
      // Undetectable from the file alone: the manifest's recorded head catches it.
      name: 'the actor changed in the last entry, re-hashed (head anchored)',
      apply: (ls) => {
        const last = parse(ls[19]!);
        return {
          lines: ls.map((l, i) => (i === 19 ? entryLine(rehash({ ...last, actor: 'x@y.vn' })) : l)),
          anchor: { seq: last.seq, hash: last.hash },
        };
      },
      seq: 20,
      problem: 'changed',
    },
    {
      name: 'an entry removed',
      apply: (ls) => ls.filter((_, i) => i !== 9),
      seq: 10,
      problem: 'missing',
    },
    {
      name: 'an entry removed, the rest renumbered',
      apply: (ls) =>
        ls
          .filter((_, i) => i !== 9)
          .map((l, i) => (i >= 9 ? entryLine({ ...parse(l), seq: i + 1 }) : l)),
      seq: 10,
      problem: 'missing',
    },
    {
      name: 'the last entries removed (head anchored)',
      apply: (ls) => {
        const last = parse(ls[19]!);
        return { lines: ls.slice(0, 17), anchor: { seq: last.seq, hash: last.hash } };
      },
      seq: 18,
      problem: 'missing',
    },
    {
      name: 'two entries swapped',
      apply: (ls) => ls.map((l, i) => (i === 4 ? ls[5]! : i === 5 ? ls[4]! : l)),
      seq: 5,
      problem: 'reordered',
    },
    {
      name: 'a forged entry inserted with a valid hash',
      apply: (ls) => {
        const before = parse(ls[11]!);
        const forged = rehash({ ...parse(ls[12]!), new: 1, prev: before.hash });
        return { lines: [...ls.slice(0, 12), entryLine(forged), ...ls.slice(12)] };
      },
      seq: 13,
      problem: 'inserted',
    },
    {
      name: 'a forged entry inserted, the rest renumbered',
      apply: (ls) => {
        const before = parse(ls[11]!);
        const forged = rehash({ ...parse(ls[12]!), new: 1, prev: before.hash });
        const rest = ls.slice(12).map((l, i) => entryLine({ ...parse(l), seq: 14 + i }));
        return { lines: [...ls.slice(0, 12), entryLine(forged), ...rest] };
      },
      seq: 13,
      problem: 'inserted',
    },
    {
      name: 'a line re-formatted with spaces',
      apply: (ls) =>
        ls.map((l, i) => (i === 2 ? JSON.stringify(parse(l), null, 1).replace(/\n/g, '') : l)),
      seq: 3,
      problem: 'changed',
    },
    {
      name: 'a line cut short',
      apply: (ls) => ls.map((l, i) => (i === 0 ? l.slice(0, 40) : l)),
      seq: 1,
      problem: 'changed',
    },
  ];
  return raw.map((t) => ({
    ...t,
    apply: (ls: string[]) => {
      const r = t.apply(ls);
      return Array.isArray(r) ? { lines: r } : r;
    },
  }));
}
