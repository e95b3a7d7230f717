// What the clerk reads from the snapshot menus and the archive index, in Vietnamese (NFC).
export const SNAP_MSG = {
  menuCreate: 'Tạo bản lưu trữ…',
  menuVerify: 'Kiểm tra lưu trữ',
  menuBundle: 'Tải gói lưu trữ (ZIP)',
  promptTitle: 'Tạo bản lưu trữ',
  promptReason:
    'Lý do tạo bản lưu trữ (ví dụ: Kiểm tra của Phòng GD&ĐT). Bản lưu là bản chỉ đọc, không bao giờ bị ghi đè.',
  promptBundle:
    'Mã bản lưu cần tải (cột "Mã" của trang Lưu trữ, ví dụ snap-20251015-0830). Để trống: bản mới nhất.',
  cancelled: 'Đã hủy, không tạo bản lưu trữ.',
  queued: (reason: string) => `Đã ghi nhận yêu cầu lưu trữ «${reason}».`,
  bySystem:
    'Bản lưu trữ do tài khoản hệ thống tạo (chủ sở hữu mọi tệp, để không ai sửa được bản lưu) ở lượt chạy định kỳ tới. Xem trạng thái ở trang «Lưu trữ» của sổ quản trị.',
  completed: (folders: readonly string[]) =>
    `Đã tạo xong bản lưu trữ: ${folders.map((f) => `«Lưu trữ/${f}»`).join(', ')}. Mã kiểm tra có trong tệp SHA256SUMS.`,
  paused: (folder: string, done: number, total: number) =>
    `Bản lưu trữ «Lưu trữ/${folder}» đã làm ${done}/${total} bước; phần còn lại sẽ tự tiếp tục ở lần chạy định kỳ sau. Chưa dùng bản này cho đến khi trang Lưu trữ ghi «Hoàn tất».`,
  continuing: 'Đang tạo bản lưu trữ (kèm sổ PDF); kết quả ghi ở trang «Lưu trữ».',
  busy: 'Một lần lưu trữ khác đang chạy; yêu cầu sẽ được làm tiếp ngay sau đó.',
  idle: 'Không có bản lưu trữ nào đang chờ.',
  noWorkbook: (cls: string) =>
    `Lớp ${cls} chưa có tệp sổ điểm (cột "Mã tệp" trống ở trang Lớp): lớp này không có trong bản lưu trữ.`,
  missingClass: (id: string) =>
    `Lớp ${id} không còn trong trang Lớp của tệp quản trị; bản lưu trữ đang tạo cần lớp này. Khôi phục dòng của lớp rồi chờ lần chạy sau.`,
  incomplete: (folder: string, problems: readonly string[]) =>
    `Bản lưu trữ «Lưu trữ/${folder}» chưa thể đánh dấu hoàn tất:\n- ${problems.join('\n- ')}\nKhông xóa hay sửa thư mục này; báo cho quản trị hệ thống.`,
  noSnapshot: (id: string) =>
    id ? `Không có bản lưu trữ hoàn tất nào mã «${id}».` : 'Chưa có bản lưu trữ hoàn tất nào.',
  bundleRefused: (folder: string) =>
    `Không tạo gói cho «${folder}» vì bản lưu trữ không còn nguyên vẹn; chạy «Kiểm tra lưu trữ» để xem chi tiết.`,
  bundleReady: (name: string, count: number) =>
    `Gói «${name}» (${count} tệp) đã được lưu vào Drive của bạn. Tải về, giải nén vào một thư mục trên ổ cứng/đĩa DVD lưu trữ rồi chạy trong thư mục đó: sha256sum -c SHA256SUMS`,
  folderGone: (id: string, folder: string) =>
    `Bản lưu trữ ${id} («${folder}») có trong trang Lưu trữ nhưng thư mục không còn trên Drive.`,
  manifestChanged:
    'manifest.json và SHA256SUMS đã bị viết lại: mã SHA-256 của manifest khác với mã ghi lúc hoàn tất.',
  inProgress: 'đang được tạo, chưa kiểm tra.',
} as const;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_MIME = 'application/pdf';
