// Names in the archive: the snapshot id, the dated folder `Lưu trữ/<yyyy-mm-dd HHmm> <lý do>/`
// (verifiable-records.md, "Snapshot folder") and the per-class file names inside it.
import { folderStamp, idStamp } from './localtime';

export const ARCHIVE_FOLDER_NAME = 'Lưu trữ';
export const MANIFEST_NAME = 'manifest.json';
export const SUMS_NAME = 'SHA256SUMS';
export const AUDIT_NAME = 'audit.jsonl';
export const DEFAULT_REASON = 'Theo yêu cầu';
const MAX_REASON = 80;

/**
 * A reason as people typed it, tidied: NFC, one space between words, no characters Drive folders
 * or file systems of the external drive refuse (/ \ : * ? " < > | and control characters).
 */
export function cleanReason(reason: string): string {
  return cleanText(reason) || DEFAULT_REASON;
}

function cleanText(raw: string): string {
  const text = raw
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(text).slice(0, MAX_REASON).join('').trim();
}

/** A name safe for one file in the folder and for a `sha256sum` line (no \ nor newline). */
export function safeFileStem(name: string, fallback = 'lop'): string {
  return cleanText(name) || cleanText(fallback) || 'lop';
}

export interface SnapshotIdentity {
  id: string;
  folderName: string;
}

/**
 * The id and folder name of a snapshot created at epochMs. A collision with an existing id or
 * folder name (two snapshots in one minute, a folder someone made by hand) gets the next free
 * suffix: an existing folder is never reused nor replaced.
 */
export function snapshotIdentity(
  epochMs: number,
  reason: string,
  taken: { ids: ReadonlySet<string>; folderNames: ReadonlySet<string> },
): SnapshotIdentity {
  const baseId = `snap-${idStamp(epochMs)}`;
  const baseName = `${folderStamp(epochMs)} ${cleanReason(reason)}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? baseId : `${baseId}-${n}`;
    const folderName = n === 1 ? baseName : `${baseName} (${n})`;
    if (!taken.ids.has(id) && !taken.folderNames.has(folderName)) return { id, folderName };
  }
}

export interface ClassFileNames {
  /** The read-only Google Sheets copy (not a byte file; represented by the XLSX). */
  copy: string;
  xlsx: string;
  pdf: string;
}

/**
 * File names for each class, unique within the folder. The copy's name differs from the XLSX's
 * stem so that a download or the emulator's save (spreadsheets → .xlsx) never collides with it.
 */
export function classFileNames(
  classes: ReadonlyArray<{ id: string; name: string }>,
  folderStampText: string,
): Map<string, ClassFileNames> {
  const out = new Map<string, ClassFileNames>();
  const used = new Set<string>();
  for (const c of classes) {
    const base = safeFileStem(c.name, c.id);
    let stem = base;
    if (used.has(stem.toLowerCase())) stem = `${base} (${safeFileStem(c.id)})`;
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${base} (${n})`;
    used.add(stem.toLowerCase());
    out.set(c.id, {
      copy: `Lớp ${c.name.normalize('NFC')} (bản lưu ${folderStampText})`,
      xlsx: `${stem}.xlsx`,
      pdf: `${stem}.pdf`,
    });
  }
  return out;
}

/** The folder stamp ("2025-10-15 0830") of a folder name, or null. */
export function stampOfFolderName(name: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2} \d{4}) /.exec(name);
  return m ? m[1]! : null;
}
