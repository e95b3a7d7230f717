// The script-only Drive properties that mark snapshot folders and their files, and the chain's
// previous link read from them (not from the index tab, which people can edit).
import type { SnapshotLink } from '../../domain/archive/manifest';
import type { DriveItem } from './ports';

/** appProperties keys (Drive: key + value ≤ 124 bytes each). */
export const PROP = {
  snapshotId: 'snapshotId',
  status: 'snapshotStatus',
  createdAt: 'createdAt',
  auditSeq: 'auditSeq',
  auditHash: 'auditHash',
  prevId: 'prevId',
  prevSha: 'prevSha',
  manifestSha256: 'manifestSha256',
  classId: 'classId',
  valuesSha256: 'valuesSha256',
} as const;

export function isSnapshotFolder(item: DriveItem): boolean {
  return Boolean(item.props[PROP.snapshotId]);
}

export function isComplete(item: DriveItem): boolean {
  return item.props[PROP.status] === 'complete';
}

/** Snapshot folders oldest first (by creation time, then id). */
export function snapshotFolders(folders: readonly DriveItem[]): DriveItem[] {
  return folders
    .filter(isSnapshotFolder)
    .sort(
      (a, b) =>
        (a.props[PROP.createdAt] ?? '').localeCompare(b.props[PROP.createdAt] ?? '') ||
        (a.props[PROP.snapshotId] ?? '').localeCompare(b.props[PROP.snapshotId] ?? ''),
    );
}

/** The link to the newest complete snapshot, or null for the first one. */
export function latestComplete(folders: readonly DriveItem[]): SnapshotLink | null {
  const done = snapshotFolders(folders).filter(isComplete);
  const last = done[done.length - 1];
  if (!last) return null;
  return {
    snapshotId: last.props[PROP.snapshotId] ?? '',
    manifestSha256: last.props[PROP.manifestSha256] ?? '',
  };
}
