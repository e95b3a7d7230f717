// Vietnamese tab names and column headers of the class workbook (NFC, as printed in the books).
import type { CellKind } from './types';

export const TAB = {
  roster: 'Danh sách',
  attendance: 'Điểm danh',
  conduct: 'Rèn luyện',
  summary: 'Tổng hợp',
} as const;

export const H = {
  order: 'Số TT',
  id: 'Mã HS',
  name: 'Họ và tên',
  term1: 'Học kì I',
  term2: 'Học kì II',
  year: 'Cả năm',
  regular: 'TX',
  midterm: 'GK',
  final: 'CK',
  coef1: 'HS1-',
  coef2: 'HS2-',
  exam: 'KTHK',
  termAvg: 'ĐTBmhk',
  termResult: 'KQ học kì',
  yearAvg: 'ĐTBmcn',
  yearResult: 'KQ cả năm',
  reassessment: 'Đánh giá lại',
  note: 'Ghi chú',
  month: 'Tháng',
  conduct: 'Rèn luyện',
  conduct58: 'Hạnh kiểm',
  summerConduct: 'Sau rèn luyện hè',
  academic: 'Học tập',
  academic58: 'Học lực',
  allAverage: 'ĐTB các môn',
  title: 'Danh hiệu',
  absentP: 'Nghỉ P',
  absentK: 'Nghỉ K',
  absentTotal: 'Tổng buổi nghỉ',
  promotion: 'Lên lớp',
  academicAfter: 'Học tập sau ĐG lại',
  conductAfter: 'Rèn luyện sau hè',
  promotionAfter: 'Kết quả sau hè',
  reasons: 'Căn cứ',
} as const;

export interface RosterColumn {
  field: string;
  header: string;
  kind: CellKind;
  width: number;
}

/** Roster tab columns after Số TT, Mã HS, Họ và tên (record-books.md, "student records"). */
export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { field: 'birthDate', header: 'Ngày sinh', kind: 'date', width: 90 },
  { field: 'sex', header: 'Giới tính', kind: 'text', width: 60 },
  { field: 'ethnicity', header: 'Dân tộc', kind: 'text', width: 70 },
  { field: 'placeOfBirth', header: 'Nơi sinh', kind: 'text', width: 140 },
  { field: 'address', header: 'Địa chỉ', kind: 'text', width: 200 },
  { field: 'fatherName', header: 'Họ tên cha', kind: 'text', width: 150 },
  { field: 'motherName', header: 'Họ tên mẹ', kind: 'text', width: 150 },
  { field: 'guardianPhone', header: 'Điện thoại', kind: 'text', width: 100 },
  { field: 'joinedOn', header: 'Ngày vào lớp', kind: 'date', width: 90 },
  { field: 'leftOn', header: 'Ngày rời lớp', kind: 'date', width: 90 },
  { field: 'status', header: 'Tình trạng', kind: 'text', width: 120 },
];
