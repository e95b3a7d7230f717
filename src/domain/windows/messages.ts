// Vietnamese text for entry windows: labels and the errors a principal reads.
import type { AssessmentGroup } from '../school';
import type { EntryWindow, WindowScope, WindowState, WindowTerm } from './types';

export const GROUP_LABEL: Record<AssessmentGroup, string> = {
  regular: 'Đánh giá thường xuyên',
  midterm: 'Đánh giá giữa kì',
  final: 'Đánh giá cuối kì',
  conduct: 'Rèn luyện (hạnh kiểm)',
  attendance: 'Điểm danh',
};

export const STATE_LABEL: Record<WindowState, string> = {
  scheduled: 'chưa mở',
  open: 'đang mở',
  closed: 'đã đóng',
  reopened: 'mở lại riêng',
};

export function termLabel(term: WindowTerm): string {
  return term === 'year' ? 'Cả năm' : term === 1 ? 'Học kì I' : 'Học kì II';
}

export function scopeLabel(scope: WindowScope): string {
  switch (scope.kind) {
    case 'school':
      return 'Toàn trường';
    case 'grades':
      return `Khối ${scope.grades.join(', ')}`;
    case 'classes':
      return `Lớp ${scope.classIds.join(', ')}`;
  }
}

export function windowLabel(w: EntryWindow): string {
  return `${GROUP_LABEL[w.group]} – ${termLabel(w.term)} – ${scopeLabel(w.scope)}`;
}

export const WINDOW_ERRORS = {
  badTime: (what: string, value: string) =>
    `Thời điểm ${what} "${value}" không hợp lệ. Hãy nhập theo dạng 2025-10-31T17:00:00Z hoặc chọn lại ngày giờ.`,
  endBeforeStart: (start: string, end: string) =>
    `Thời điểm đóng (${end}) phải sau thời điểm mở (${start}). Hãy sửa lại thời điểm đóng.`,
  emptyScope:
    'Phạm vi chưa có khối hoặc lớp nào. Hãy chọn toàn trường, ít nhất một khối hoặc một lớp.',
  unknownWindow: (id: string) => `Không tìm thấy khung nhập điểm "${id}". Hãy tải lại danh sách.`,
  duplicateId: (id: string) => `Đã có khung nhập điểm mã "${id}".`,
  extendNotLater: (end: string) =>
    `Hạn mới phải sau hạn hiện tại (${end}) và sau thời điểm hiện tại. Hãy chọn hạn muộn hơn.`,
  reopenNoTarget:
    'Mở lại phải chỉ rõ một giáo viên hoặc một lớp. Hãy chọn giáo viên hoặc lớp được mở lại.',
  reopenNoReason: 'Mở lại cần ghi lí do (ví dụ: số đơn đề nghị, giáo viên ốm). Hãy nhập lí do.',
  reopenEndPast: (end: string) =>
    `Hạn mở lại (${end}) đã qua. Hãy chọn hạn sau thời điểm hiện tại.`,
  openNeedsEnd: (end: string) =>
    `Khung này đã đóng lúc ${end}. Muốn mở lại cả khung, hãy nhập hạn đóng mới (sau thời điểm hiện tại).`,
  alreadyClosed: (end: string) => `Khung này đã đóng lúc ${end}; không cần đóng lại.`,
};

/** A rule a principal broke, in Vietnamese; the use case shows it as is. */
export class WindowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WindowError';
  }
}
