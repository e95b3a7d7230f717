// Test helper: a complete snapshot folder built with the pure archive functions, as bytes.
import { createHash } from 'node:crypto';
import {
  buildManifest,
  type Manifest,
  manifestBytes,
  type SnapshotLink,
  sumsFor,
} from '../../../src/domain/archive/manifest';
import { AUDIT_NAME, MANIFEST_NAME, SUMS_NAME } from '../../../src/domain/archive/naming';
import { utf8Encode } from '../../../src/domain/archive/utf8';
import type { FolderFiles } from '../../../src/domain/archive/verify';

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export function folderFiles(files: Map<string, Uint8Array>): FolderFiles {
  return {
    names: [...files.keys()],
    read: (name) => {
      const bytes = files.get(name);
      if (!bytes) throw new Error(`no file ${name}`);
      return bytes;
    },
  };
}

export interface BuiltSnapshot {
  files: Map<string, Uint8Array>;
  manifest: Manifest;
  manifestSha256: string;
}

/** A snapshot of two classes (names with Vietnamese letters and spaces), audit of 3 lines. */
export function buildSnapshot(
  id = 'snap-20251015-0830',
  previous: SnapshotLink | null = null,
): BuiltSnapshot {
  const files = new Map<string, Uint8Array>();
  files.set('10A1.xlsx', Uint8Array.from([0x50, 0x4b, 3, 4, 0xff, 0x80, 0, 1, 2]));
  files.set('Lớp chọn Toán.xlsx', utf8Encode('giả lập xlsx của lớp chọn'));
  files.set('10A1.pdf', utf8Encode('%PDF-1.7 Sổ theo dõi'));
  files.set(AUDIT_NAME, utf8Encode('{"seq":1}\n{"seq":2}\n{"seq":3}\n'));
  const manifest = buildManifest({
    snapshotId: id,
    createdAt: '2025-10-15T01:30:00.000Z',
    reason: 'Khóa nhập điểm giữa kì I',
    trigger: 'window-close',
    createdBy: 'vanthu@truong.edu.vn',
    schoolYear: '2025-2026',
    term: 1,
    folder: '2025-10-15 0830 Khóa nhập điểm giữa kì I',
    classes: [
      {
        classId: '10A1',
        name: '10A1',
        grade: 10,
        ruleSet: 'TT22',
        copy: {
          driveId: 'copy1',
          name: 'Lớp 10A1 (bản lưu 2025-10-15 0830)',
          valuesSha256: 'b'.repeat(64),
        },
        files: ['10A1.xlsx', '10A1.pdf'],
      },
      {
        classId: '10CT',
        name: 'Lớp chọn Toán',
        grade: 10,
        ruleSet: 'TT22',
        copy: null,
        files: ['Lớp chọn Toán.xlsx'],
      },
    ],
    files: [...files].map(([name, bytes]) => ({
      name,
      bytes: bytes.length,
      sha256: sha256(bytes),
    })),
    auditHead: { seq: 3, hash: 'a'.repeat(64) },
    previous,
  });
  const mBytes = manifestBytes(manifest);
  const manifestSha256 = sha256(mBytes);
  files.set(MANIFEST_NAME, mBytes);
  files.set(SUMS_NAME, utf8Encode(sumsFor(manifest, manifestSha256)));
  return { files, manifest, manifestSha256 };
}
