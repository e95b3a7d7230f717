// The control workbook's tabs as data: name, Vietnamese headers, column types and validation.
// Owners of a tab's meaning (windows: permissions; corrections; audit; archive) may add columns.
import type { Assignment, ClassInfo, Role, SubjectDef } from '../school';
import { type TabSpec, tabSpec } from './codec';
import {
  CORRECTION_STATUS_OPTIONS,
  GROUP_OPTIONS,
  ROLE_OPTIONS,
  RULE_SET_OPTIONS,
  SUBJECT_KIND_OPTIONS,
  TERM_OPTIONS,
  WINDOW_STATUS_OPTIONS,
} from './options';

export interface TeacherRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

export type ClassRow = ClassInfo;

export interface SubjectRow extends SubjectDef {
  grade: number;
}

export type AssignmentRow = Assignment;

export interface WindowRow {
  id: string;
  term: string;
  group: string;
  start: string | null;
  end: string | null;
  /** "" (whole school), "khối 10, 11", "lớp 10A1, 11A2" — the permissions engineer parses it. */
  scope: string;
  status: string;
  reason: string;
}

export interface CorrectionRow {
  id: string;
  requestedAt: string | null;
  classId: string;
  subjectId: string;
  studentId: string;
  /** refKey of the field (src/domain/layout/cells.ts). */
  field: string;
  oldValue: string;
  newValue: string;
  requestedBy: string;
  reason: string;
  paperRef: string;
  confirmedBy: string;
  confirmedAt: string | null;
  status: string;
  decidedBy: string;
  decisionReason: string;
  decidedAt: string | null;
  /** Sheet!A1 of the corrected cell. */
  cell?: string;
  appliedAt?: string | null;
}

export interface AuditRow {
  seq: number;
  at: string | null;
  actor: string;
  basis: string;
  kind: string;
  classId: string;
  subjectId: string;
  studentId: string;
  field: string;
  oldValue: string;
  newValue: string;
  ref: string;
  /** The canonical JSON the hash covers (the audit engineer owns its shape). */
  canonical: string;
  prevHash: string;
  hash: string;
}

export interface EventRow {
  at: string | null;
  kind: string;
  actor: string;
  message: string;
  data: string;
}

export interface ArchiveRow {
  id: string;
  at: string | null;
  reason: string;
  folderId: string;
  manifestId: string;
  sha256: string;
  createdBy: string;
  note: string;
  /** Added by the archive (issue 8): '1' | '2' | 'year' (TERM_OPTIONS), files, 'writing' | 'complete'. */
  term: string | null;
  fileCount: number | null;
  status: string | null;
}

const code = 'Mã chỉ gồm chữ không dấu, số, gạch ngang.';

export const TEACHERS: TabSpec<TeacherRow> = tabSpec('Giáo viên', [
  { key: 'id', header: 'Mã GV', type: 'text', required: true, width: 80, help: code },
  { key: 'name', header: 'Họ và tên', type: 'text', required: true, width: 180 },
  {
    key: 'email',
    header: 'Email',
    type: 'email',
    required: true,
    width: 220,
    help: 'Địa chỉ email Google của giáo viên.',
  },
  {
    key: 'roles',
    header: 'Vai trò',
    type: 'list',
    options: ROLE_OPTIONS,
    width: 160,
    help: 'Quản trị, Hiệu trưởng, Giáo viên (cách nhau bởi dấu phẩy).',
  },
]);

export const CLASSES: TabSpec<ClassRow> = tabSpec('Lớp', [
  { key: 'id', header: 'Mã lớp', type: 'text', required: true, width: 80, help: code },
  { key: 'name', header: 'Tên lớp', type: 'text', required: true, width: 80 },
  {
    key: 'grade',
    header: 'Khối',
    type: 'int',
    required: true,
    min: 6,
    max: 12,
    width: 50,
    help: 'Khối 6–12.',
  },
  { key: 'homeroomTeacher', header: 'Email GVCN', type: 'email', required: true, width: 220 },
  {
    key: 'ruleSet',
    header: 'Quy chế đánh giá',
    type: 'enum',
    required: true,
    options: RULE_SET_OPTIONS,
    width: 110,
  },
  {
    key: 'workbookId',
    header: 'Mã sổ điểm',
    type: 'text',
    empty: 'omit',
    width: 200,
    help: 'Do hệ thống ghi khi tạo sổ; không sửa.',
  },
]);

export const SUBJECTS: TabSpec<SubjectRow> = tabSpec('Môn học', [
  { key: 'grade', header: 'Khối', type: 'int', required: true, min: 6, max: 12, width: 50 },
  { key: 'id', header: 'Mã môn', type: 'text', required: true, width: 90, help: code },
  { key: 'name', header: 'Tên môn', type: 'text', required: true, width: 200 },
  {
    key: 'kind',
    header: 'Hình thức đánh giá',
    type: 'enum',
    required: true,
    options: SUBJECT_KIND_OPTIONS,
    width: 120,
  },
  {
    key: 'periodsPerYear',
    header: 'Số tiết/năm',
    type: 'int',
    required: true,
    min: 0,
    max: 400,
    width: 80,
  },
  {
    key: 'periodsPerWeek',
    header: 'Số tiết/tuần',
    type: 'number',
    empty: 'omit',
    min: 0,
    max: 12,
    width: 80,
  },
  {
    key: 'regularCount',
    header: 'Số ĐĐGtx/học kì',
    type: 'int',
    required: true,
    min: 1,
    max: 8,
    width: 100,
    help: 'TT22 Điều 6.2.b: ≤35 tiết → 2; 36–70 → 3; >70 → 4.',
  },
  { key: 'key', header: 'Môn chính', type: 'bool', width: 70 },
  { key: 'specialised', header: 'Môn chuyên', type: 'bool', width: 70 },
]);

export const ASSIGNMENTS: TabSpec<AssignmentRow> = tabSpec('Phân công', [
  { key: 'classId', header: 'Mã lớp', type: 'text', required: true, width: 80 },
  { key: 'subjectId', header: 'Mã môn', type: 'text', required: true, width: 90 },
  { key: 'teacher', header: 'Email giáo viên', type: 'email', required: true, width: 220 },
  { key: 'from', header: 'Từ ngày', type: 'localtime', required: true, width: 120 },
  { key: 'to', header: 'Đến ngày', type: 'localtime', width: 120, help: 'Để trống khi đang dạy.' },
]);

export const WINDOWS: TabSpec<WindowRow> = tabSpec('Khung nhập điểm', [
  { key: 'id', header: 'Mã', type: 'text', required: true, width: 90 },
  { key: 'term', header: 'Học kì', type: 'enum', required: true, options: TERM_OPTIONS, width: 70 },
  {
    key: 'group',
    header: 'Nhóm đánh giá',
    type: 'enum',
    required: true,
    options: GROUP_OPTIONS,
    width: 110,
  },
  { key: 'start', header: 'Bắt đầu', type: 'localtime', required: true, width: 120 },
  { key: 'end', header: 'Kết thúc', type: 'localtime', required: true, width: 120 },
  {
    key: 'scope',
    header: 'Phạm vi',
    type: 'text',
    width: 160,
    help: 'Trống = toàn trường; "khối 10, 11"; "lớp 10A1".',
  },
  { key: 'status', header: 'Trạng thái', type: 'enum', options: WINDOW_STATUS_OPTIONS, width: 100 },
  { key: 'reason', header: 'Lý do', type: 'text', width: 200 },
]);

export const CORRECTIONS: TabSpec<CorrectionRow> = tabSpec('Yêu cầu sửa điểm', [
  { key: 'id', header: 'Mã', type: 'text', required: true, width: 90 },
  { key: 'requestedAt', header: 'Thời điểm yêu cầu', type: 'iso', width: 160 },
  { key: 'classId', header: 'Mã lớp', type: 'text', required: true, width: 70 },
  { key: 'subjectId', header: 'Mã môn', type: 'text', width: 80 },
  { key: 'studentId', header: 'Mã HS', type: 'text', required: true, width: 90 },
  { key: 'field', header: 'Cột điểm', type: 'text', required: true, width: 130 },
  { key: 'oldValue', header: 'Giá trị cũ', type: 'text', width: 70 },
  { key: 'newValue', header: 'Giá trị mới', type: 'text', width: 70 },
  { key: 'requestedBy', header: 'Người yêu cầu', type: 'text', width: 200 },
  { key: 'reason', header: 'Lý do', type: 'text', width: 200 },
  { key: 'paperRef', header: 'Số phiếu', type: 'text', width: 80 },
  { key: 'confirmedBy', header: 'GVCN xác nhận', type: 'text', width: 200 },
  { key: 'confirmedAt', header: 'Thời điểm xác nhận', type: 'iso', width: 160 },
  {
    key: 'status',
    header: 'Trạng thái',
    type: 'enum',
    options: CORRECTION_STATUS_OPTIONS,
    width: 150,
  },
  { key: 'decidedBy', header: 'Người duyệt', type: 'text', width: 200 },
  { key: 'decisionReason', header: 'Lý do duyệt/từ chối', type: 'text', width: 200 },
  { key: 'decidedAt', header: 'Thời điểm duyệt', type: 'iso', width: 160 },
  { key: 'cell', header: 'Ô', type: 'text', width: 90 },
  { key: 'appliedAt', header: 'Thời điểm ghi sổ', type: 'iso', width: 160 },
]);

export const AUDIT: TabSpec<AuditRow> = tabSpec('Nhật ký', [
  { key: 'seq', header: 'STT', type: 'int', required: true, min: 1, width: 60 },
  { key: 'at', header: 'Thời điểm', type: 'iso', width: 170 },
  { key: 'actor', header: 'Người thực hiện', type: 'text', width: 200 },
  { key: 'basis', header: 'Căn cứ xác định', type: 'text', width: 120 },
  { key: 'kind', header: 'Loại', type: 'text', width: 100 },
  { key: 'classId', header: 'Mã lớp', type: 'text', width: 70 },
  { key: 'subjectId', header: 'Mã môn', type: 'text', width: 80 },
  { key: 'studentId', header: 'Mã HS', type: 'text', width: 90 },
  { key: 'field', header: 'Cột điểm', type: 'text', width: 130 },
  { key: 'oldValue', header: 'Giá trị cũ', type: 'text', width: 70 },
  { key: 'newValue', header: 'Giá trị mới', type: 'text', width: 70 },
  { key: 'ref', header: 'Tham chiếu', type: 'text', width: 100 },
  { key: 'canonical', header: 'Dữ liệu (JSON)', type: 'json', width: 300 },
  { key: 'prevHash', header: 'Hash trước', type: 'text', width: 200 },
  { key: 'hash', header: 'Hash', type: 'text', width: 200 },
]);

export const EVENTS: TabSpec<EventRow> = tabSpec('Sự kiện', [
  { key: 'at', header: 'Thời điểm', type: 'iso', width: 170 },
  { key: 'kind', header: 'Loại', type: 'text', width: 120 },
  { key: 'actor', header: 'Người thực hiện', type: 'text', width: 200 },
  { key: 'message', header: 'Nội dung', type: 'text', width: 400 },
  { key: 'data', header: 'Dữ liệu (JSON)', type: 'json', width: 300 },
]);

export const ARCHIVE: TabSpec<ArchiveRow> = tabSpec('Lưu trữ', [
  { key: 'id', header: 'Mã', type: 'text', required: true, width: 140 },
  { key: 'at', header: 'Thời điểm', type: 'iso', width: 170 },
  { key: 'reason', header: 'Lý do', type: 'text', width: 200 },
  { key: 'folderId', header: 'Mã thư mục', type: 'text', width: 200 },
  { key: 'manifestId', header: 'Mã tệp manifest', type: 'text', width: 200 },
  { key: 'sha256', header: 'SHA-256', type: 'text', width: 250 },
  { key: 'createdBy', header: 'Người tạo', type: 'text', width: 200 },
  { key: 'note', header: 'Ghi chú', type: 'text', width: 200 },
  { key: 'term', header: 'Học kì', type: 'enum', options: TERM_OPTIONS, width: 70 },
  { key: 'fileCount', header: 'Số tệp', type: 'int', min: 0, width: 70 },
  {
    key: 'status',
    header: 'Trạng thái',
    type: 'enum',
    options: [
      { value: 'writing', label: 'Đang tạo' },
      { value: 'complete', label: 'Hoàn tất' },
    ],
    width: 100,
  },
]);
