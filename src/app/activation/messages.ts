// Vietnamese text of the activation report.
import type { TickSchedule } from './activate';

export const ACTIVATION_TEXT = {
  title: 'Kích hoạt hệ thống',
  systemSet: (s: string) => `Tài khoản hệ thống: ${s}.`,
  systemMissing:
    'Chưa khai báo «Tài khoản hệ thống» trong trang Cài đặt của sổ quản trị. Hãy nhập email tài khoản hệ thống.',
  isSystem: (me: string) => `Đang chạy bằng tài khoản hệ thống (${me}).`,
  notSystem: (me: string, s: string) =>
    `Đang chạy bằng ${me || 'tài khoản không xác định'}, không phải tài khoản hệ thống ${s}. Hãy đăng nhập bằng tài khoản hệ thống rồi chạy lại «Kích hoạt hệ thống».`,
  notTeacher: 'Tài khoản hệ thống không phải giáo viên (đúng yêu cầu).',
  systemIsTeacher: (s: string) =>
    `Tài khoản hệ thống ${s} đang có tên trong trang Giáo viên. Chủ sở hữu tệp luôn sửa được mọi vùng bảo vệ, nên không được là giáo viên: hãy xóa dòng đó.`,
  service: (name: string) => `Dịch vụ nâng cao ${name} đã bật.`,
  serviceOff: (name: string, id: string) =>
    `Dịch vụ nâng cao ${name} chưa bật. Trong trình soạn Apps Script, chọn Dịch vụ (+) → ${id} → Thêm, rồi chạy lại.`,
  admins: (list: string[]) => `Quản trị viên: ${list.join(', ')}.`,
  noAdmins:
    'Chưa có quản trị viên nào (vai trò Quản trị hoặc Hiệu trưởng) trong trang Giáo viên. Hãy thêm ít nhất một người.',
  controlName: 'sổ quản trị',
  classBook: (id: string) => `sổ điểm lớp ${id}`,
  owns: (n: number) => `Tài khoản hệ thống sở hữu cả ${n} tệp (sổ quản trị và các sổ điểm lớp).`,
  notOwned: (names: string[], s: string) =>
    `Các tệp sau không thuộc sở hữu của ${s}: ${names.join(', ')}. Hãy chuyển quyền sở hữu cho tài khoản hệ thống.`,
  problem: (sheet: string, row: number | null, msg: string) =>
    `Sổ quản trị, trang ${sheet}${row === null ? '' : `, dòng ${row}`}: ${msg}`,
  installed: (s: TickSchedule) =>
    'everyMinutes' in s
      ? 'Đã cài lượt chạy định kì mỗi 5 phút: khung nhập điểm sẽ khóa trong vòng 5 phút sau hạn.'
      : 'Đã cài lượt chạy định kì mỗi giờ (giới hạn của tiện ích bổ sung): khung nhập điểm sẽ khóa trong vòng 1 giờ sau hạn.',
  failed: 'Chưa kích hoạt được. Hãy sửa các mục đánh dấu ✗ rồi chạy lại.',
  ok: 'Hệ thống đã được kích hoạt.',
};

export function activationText(checks: { ok: boolean; text: string }[], ok: boolean): string {
  return [
    ...checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.text}`),
    '',
    ok ? ACTIVATION_TEXT.ok : ACTIVATION_TEXT.failed,
  ].join('\n');
}
