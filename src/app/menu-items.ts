// The menu entries: Vietnamese label → top-level function in src/main.ts.
export interface MenuItem {
  label: string;
  fn: string;
}

export const MENU: ReadonlyArray<MenuItem | 'separator'> = [
  // Everyone: the sidebar shows each role what it needs (issue 11).
  { label: 'Mở bảng điều khiển', fn: 'openSidebar' },
  // Clerk: the control workbook and the year's class workbooks (issue 5).
  { label: 'Tạo sổ quản trị', fn: 'createControlWorkbook' },
  { label: 'Thiết lập năm học', fn: 'setUpYear' },
  { label: 'Cập nhật bảng tổng hợp', fn: 'refreshSummaries' },
  // Principal: entry windows and permissions (issue 6).
  { label: 'Khung nhập điểm…', fn: 'showEntryWindows' },
  { label: 'Mở/đóng đợt nhập điểm', fn: 'changeEntryWindows' },
  { label: 'Đồng bộ quyền', fn: 'syncPermissions' },
  { label: 'Kích hoạt hệ thống', fn: 'activateSystem' },
  // Clerk / principal: dated read-only snapshots and the archive bundle (issue 8).
  { label: 'Tạo bản lưu trữ…', fn: 'createSnapshot' },
  { label: 'Kiểm tra lưu trữ', fn: 'verifyArchive' },
  { label: 'Tải gói lưu trữ (ZIP)', fn: 'downloadArchiveBundle' },
  // Admins: check the audit chain (issue 7).
  { label: 'Kiểm tra nhật ký', fn: 'verifyAuditLog' },
  // Clerk: the record books of a term as PDF (issue 9).
  { label: 'Xuất sổ điểm (PDF)', fn: 'exportBookPdfs' },
];
