// Vietnamese text of the windows use cases and overview.
import { displayDateTime } from '../../domain/control';
import { windowLabel, type EntryWindow } from '../../domain/windows';
import type { WindowChange } from './service';

const VERB: Record<WindowChange, string> = {
  create: 'Đã tạo',
  open: 'Đã mở',
  close: 'Đã đóng',
  extend: 'Đã gia hạn',
  reopen: 'Đã mở lại',
};

export const WINDOW_TEXT = {
  done: (kind: WindowChange, w: EntryWindow) =>
    `${VERB[kind]} khung «${w.id}» (${windowLabel(w)}), từ ${displayDateTime(w.start)} đến ${displayDateTime(w.end)}.`,
  nothingOpen: 'Hiện không có khung nhập điểm nào đang mở.',
  nothingCloses: 'Không có khung nào sắp đóng.',
  openHeader: 'Đang mở:',
  closesHeader: 'Sắp đóng:',
};
