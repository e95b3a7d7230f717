// One row of the archive index (`Lưu trữ` tab of the control workbook): every snapshot with its
// reason, time, author, term, file count and manifest SHA-256 (issue 8, item 7).
import type { Term } from '../school';
import { displayTime } from './localtime';
import { MSG } from './messages';

export type IndexStatus = 'writing' | 'complete';

export interface ArchiveIndexRow {
  snapshotId: string;
  reason: string;
  /** ISO UTC ms. */
  createdAt: string;
  createdBy: string;
  term: Term | null;
  fileCount: number;
  manifestSha256: string;
  status: IndexStatus;
  folderName: string;
}

/** Column headers of the tab, in order (the tab shows time in Việt Nam for people). */
export const INDEX_HEADERS = [
  'Mã bản lưu',
  'Lý do',
  'Thời điểm',
  'Người tạo',
  'Học kì',
  'Số tệp',
  'SHA-256 của manifest.json',
  'Trạng thái',
  'Thư mục',
  'Thời điểm (UTC)',
] as const;

const STATUS_TEXT: Record<IndexStatus, string> = {
  writing: MSG.statusWriting,
  complete: MSG.statusComplete,
};

export function indexRowCells(row: ArchiveIndexRow): (string | number)[] {
  return [
    row.snapshotId,
    row.reason,
    displayTime(Date.parse(row.createdAt)),
    row.createdBy,
    row.term === null ? '' : row.term === 1 ? 'I' : 'II',
    row.fileCount,
    row.manifestSha256,
    STATUS_TEXT[row.status],
    row.folderName,
    row.createdAt,
  ];
}

/** Reads a row written by indexRowCells; null for a row that is not one of ours. */
export function indexRowFromCells(cells: readonly unknown[]): ArchiveIndexRow | null {
  const text = (i: number): string => String(cells[i] ?? '');
  const id = text(0);
  if (!id.startsWith('snap-')) return null;
  const termText = text(4);
  return {
    snapshotId: id,
    reason: text(1),
    createdAt: text(9),
    createdBy: text(3),
    term: termText === 'I' ? 1 : termText === 'II' ? 2 : null,
    fileCount: Number(cells[5] ?? 0),
    manifestSha256: text(6),
    status: text(7) === STATUS_TEXT.complete ? 'complete' : 'writing',
    folderName: text(8),
  };
}
