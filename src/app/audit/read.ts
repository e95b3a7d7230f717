// Reading the log for people: verify (admin menu “Kiểm tra nhật ký”), filter, history of a cell,
// CSV / JSONL export. Everything reads the canonical JSON column, never the display columns.
import type { Digest } from '../../domain/audit/chain';
import type { AuditEntry } from '../../domain/audit/entry';
import { verifyMessage } from '../../domain/audit/messages';
import {
  type AuditFilter,
  type CellKey,
  cellHistory,
  filterEntries,
  toCsv,
  toJsonl,
} from '../../domain/audit/query';
import { parseEntry, verifyChain, type VerifyResult } from '../../domain/audit/verify';
import type { AuditLog } from './ports';

export function readEntries(log: AuditLog): AuditEntry[] {
  return log.lines().flatMap((l) => {
    const e = parseEntry(l);
    return e ? [e] : [];
  });
}

export function verifyLog(
  deps: { log: AuditLog; digest: Digest },
  anchor?: { seq: number; hash: string },
): { result: VerifyResult; message: string } {
  const result = verifyChain(deps.log.lines(), deps.digest, anchor);
  return { result, message: verifyMessage(result) };
}

export function queryLog(log: AuditLog, filter: AuditFilter): AuditEntry[] {
  return filterEntries(readEntries(log), filter);
}

export function historyOfCell(log: AuditLog, key: CellKey): AuditEntry[] {
  return cellHistory(readEntries(log), key);
}

export function exportCsv(log: AuditLog, filter: AuditFilter = {}): string {
  return toCsv(queryLog(log, filter));
}

/** The whole chain as audit.jsonl (the stored canonical lines, unchanged, one per line). */
export function exportJsonl(log: AuditLog): string {
  const lines = log.lines();
  return lines.map((l) => `${l}\n`).join('');
}

export { toJsonl };
