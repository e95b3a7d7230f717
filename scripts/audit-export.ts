// exportAuditJsonl: the local run's out/audit.jsonl — the control workbook's `Nhật ký` tab read
// from the emulator's model (no execution counted), verified, written one canonical line each.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Emulator } from '../emulator';
import type { ChainHead } from '../src/domain/audit/chain';
import { verifyMessage } from '../src/domain/audit/messages';
import { verifyChain } from '../src/domain/audit/verify';
import { AUDIT } from '../src/domain/control';
import { nodeDigest } from './node-digest';

/** The canonical JSON column of `Nhật ký`, row by row ([] when the tab does not exist yet). */
export function storedAuditLines(emu: Emulator, controlId: string): string[] {
  const ins = emu.sheet(controlId);
  if (!ins.sheetNames().includes(AUDIT.name)) return [];
  const col = AUDIT.columns.findIndex((c) => c.key === 'canonical');
  return ins
    .values(`'${AUDIT.name}'!A2:${String.fromCharCode(65 + AUDIT.columns.length - 1)}`)
    .map((r) => String(r[col] ?? ''))
    .filter((l) => l !== '');
}

export interface AuditExport {
  file: string;
  count: number;
  head: ChainHead | null;
  message: string;
}

/**
 * Writes `file` (default out/audit.jsonl) and returns what it holds. Throws when the stored chain
 * does not verify: a broken chain must not leave the run looking fine.
 */
export function exportAuditJsonl(
  emu: Emulator,
  controlId: string,
  file = path.resolve(__dirname, '..', 'out', 'audit.jsonl'),
): AuditExport {
  const lines = storedAuditLines(emu, controlId);
  const result = verifyChain(lines, nodeDigest);
  const message = verifyMessage(result);
  if (!result.ok) throw new Error(`out/audit.jsonl: ${message}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.map((l) => `${l}\n`).join(''), 'utf8');
  return { file, count: result.count, head: result.count > 0 ? result.head : null, message };
}
