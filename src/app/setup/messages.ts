// Vietnamese texts of the setup menu items (alerts, toasts, event log).
import { describeProblem, type Problem } from '../../domain/control';

export const S = {
  eventSummary: (created: number, updated: number, remaining: number) =>
    `Thiết lập năm học: tạo ${created} sổ lớp, cập nhật ${updated} sổ` +
    (remaining > 0 ? `, còn ${remaining} lớp sẽ tiếp tục ở lần chạy sau.` : '.'),
  invalidTitle: 'Chưa thể thiết lập năm học',
  invalid: (problems: readonly Problem[]) =>
    `Có ${problems.length} lỗi trong sổ quản trị. Chưa tạo gì cả. Hãy sửa rồi chạy lại:\n` +
    problems
      .slice(0, 40)
      .map((p) => `• ${describeProblem(p)}`)
      .join('\n') +
    (problems.length > 40 ? `\n… và ${problems.length - 40} lỗi khác (xem trang «Sự kiện»).` : ''),
  doneTitle: 'Đã thiết lập năm học',
  done: (created: number, updated: number, unchanged: number) =>
    `Đã tạo ${created} sổ lớp, cập nhật ${updated} sổ, ${unchanged} sổ không đổi.`,
  partial: (remaining: number) =>
    `Đã xử lý một phần; còn ${remaining} lớp. Hệ thống sẽ tiếp tục ở lần chạy sau (hoặc bấm lại «Thiết lập năm học»).`,
  summaryTitle: 'Cập nhật bảng tổng hợp',
  summaryDone: (n: number) => `Đã tính lại trang «Tổng hợp» của ${n} lớp theo quy chế đánh giá.`,
  notAdmin: 'Chỉ người có vai trò «Quản trị» mới được thiết lập năm học.',
  controlCreated: (name: string) =>
    `Đã tạo sổ quản trị «${name}». Hãy điền các trang rồi chọn «Thiết lập năm học».`,
};
