// The corrections register: the principal's per-term list, and the marks the books print.
import type { Term } from '../school';
import type { CorrectionRequest } from './request';
import { show } from './request';

export interface RegisterRow {
  classId: string;
  studentId: string;
  subjectId: string;
  term: Term;
  cell: string;
  old: string;
  new: string;
  reason: string;
  requestedBy: string;
  confirmedBy: string;
  approvedBy: string;
  requestedAt: string;
  appliedAt: string;
}

export const REGISTER_HEADERS = [
  'Lớp',
  'Mã HS',
  'Môn',
  'Học kì',
  'Ô',
  'Điểm cũ',
  'Điểm mới',
  'Lý do',
  'Người yêu cầu',
  'GVCN xác nhận',
  'Hiệu trưởng duyệt',
  'Thời điểm yêu cầu',
  'Thời điểm ghi sổ',
] as const;

/** Applied corrections of a term, by class then time. */
export function correctionsRegister(requests: CorrectionRequest[], term: Term): RegisterRow[] {
  return requests
    .filter((r) => r.status === 'applied' && r.term === term)
    .sort(
      (a, b) =>
        a.classId.localeCompare(b.classId) || (a.appliedAt ?? '').localeCompare(b.appliedAt ?? ''),
    )
    .map((r) => ({
      classId: r.classId,
      studentId: r.studentId,
      subjectId: r.subjectId,
      term: r.term,
      cell: r.cell,
      old: show(r.oldValue),
      new: show(r.newValue),
      reason: r.reason,
      requestedBy: r.onBehalfOf ?? r.requestedBy,
      confirmedBy: r.confirmedBy ?? '',
      approvedBy: r.decidedBy ?? '',
      requestedAt: r.requestedAt,
      appliedAt: r.appliedAt ?? '',
    }));
}

export function registerTable(rows: RegisterRow[]): string[][] {
  return [
    [...REGISTER_HEADERS],
    ...rows.map((r) => [
      r.classId,
      r.studentId,
      r.subjectId,
      r.term === 1 ? 'I' : 'II',
      r.cell,
      r.old,
      r.new,
      r.reason,
      r.requestedBy,
      r.confirmedBy,
      r.approvedBy,
      r.requestedAt,
      r.appliedAt,
    ]),
  ];
}
