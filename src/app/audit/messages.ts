// What the audit use cases say to people (Vietnamese, NFC).
export const AUDIT_TEXT = {
  reconciled: (read: number, entries: number, unchanged: number) =>
    `Đối soát nhật ký: đọc ${read} sổ lớp, ghi ${entries} mục; ${unchanged} sổ không đổi.`,
  structure: (n: number) => `Phát hiện ${n} thay đổi cấu trúc trong sổ lớp; xem trang “Sự kiện”.`,
  left: (n: number) => `Còn ${n} sổ lớp chưa đối soát; lần chạy sau sẽ tiếp tục.`,
  verifyTitle: 'Kiểm tra nhật ký',
  notAdmin: 'Chỉ quản trị (Hiệu trưởng, văn thư) mới được kiểm tra nhật ký.',
  invalidScore: (cell: string, raw: string, why: string) =>
    `Ô ${cell}: “${raw}” không phải điểm hợp lệ. ${why}`,
  editRecorded: 'Đã ghi nhận.',
} as const;
