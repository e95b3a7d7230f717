// Vietnamese labels of the control workbook's enumerations (value stored ⇄ label shown).
import type { Option } from './codec';

export const RULE_SET_OPTIONS: readonly Option[] = [
  { value: 'TT22', label: 'TT22' },
  { value: 'TT58', label: 'TT58' },
  { value: 'TT58_2011', label: 'TT58_2011' },
];

export const ROLE_OPTIONS: readonly Option[] = [
  { value: 'admin', label: 'Quản trị' },
  { value: 'principal', label: 'Hiệu trưởng' },
  { value: 'teacher', label: 'Giáo viên' },
];

export const SUBJECT_KIND_OPTIONS: readonly Option[] = [
  { value: 'scored', label: 'Tính điểm' },
  { value: 'comment', label: 'Nhận xét' },
];

export const TERM_OPTIONS: readonly Option[] = [
  { value: '1', label: 'HK I' },
  { value: '2', label: 'HK II' },
  { value: 'year', label: 'Cả năm' },
];

export const GROUP_OPTIONS: readonly Option[] = [
  { value: 'regular', label: 'Thường xuyên' },
  { value: 'midterm', label: 'Giữa kì' },
  { value: 'final', label: 'Cuối kì' },
  { value: 'conduct', label: 'Rèn luyện' },
  { value: 'attendance', label: 'Điểm danh' },
];

export const WINDOW_STATUS_OPTIONS: readonly Option[] = [
  { value: 'scheduled', label: 'Đã lên lịch' },
  { value: 'open', label: 'Đang mở' },
  { value: 'closed', label: 'Đã đóng' },
  { value: 'cancelled', label: 'Đã hủy' },
];

export const CORRECTION_STATUS_OPTIONS: readonly Option[] = [
  { value: 'requested', label: 'Chờ GVCN xác nhận' },
  { value: 'confirmed', label: 'Chờ Hiệu trưởng duyệt' },
  { value: 'approved', label: 'Đã duyệt' },
  { value: 'rejected', label: 'Từ chối' },
  { value: 'applied', label: 'Đã ghi' },
];

export const LEVEL_OPTIONS: readonly Option[] = [
  { value: 'THCS', label: 'THCS' },
  { value: 'THPT', label: 'THPT' },
];
