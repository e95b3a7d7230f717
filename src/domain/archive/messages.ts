// What people read about snapshots and their verification, in Vietnamese (NFC).
import type { Problem } from './verify';

export const MSG = {
  statusWriting: 'đang tạo',
  statusComplete: 'hoàn tất',
  statusInterrupted: 'dở dang',
  reasonWindowClose: (label: string) => `Khóa nhập điểm ${label}`.trim(),
  reasonTermEnd: (term: number) => `Kết thúc học kì ${term === 1 ? 'I' : 'II'}`,
  reasonYearEnd: (year: string) => `Kết thúc năm học ${year}`,
  verifyAllGood: (n: number) =>
    n === 0
      ? 'Chưa có bản lưu trữ nào để kiểm tra.'
      : `Đã kiểm tra ${n} bản lưu trữ: mọi tệp đều khớp SHA256SUMS và manifest.json, chuỗi liên kết giữa các bản còn nguyên.`,
  verifyFound: (n: number, bad: number) =>
    `Đã kiểm tra ${n} bản lưu trữ: ${bad} bản có vấn đề. Không sửa bản lưu trữ; hãy báo ngay cho hiệu trưởng và đối chiếu với bản trên ổ cứng/đĩa DVD.`,
} as const;

/** One problem as a sentence naming the file or class, and what it means. */
export function describeProblem(p: Problem): string {
  switch (p.kind) {
    case 'no-sums':
      return 'Thiếu tệp SHA256SUMS: không kiểm tra được bằng sha256sum.';
    case 'bad-sums-line':
      return `Dòng ${p.line} của SHA256SUMS không đúng định dạng "<mã băm>  <tên tệp>".`;
    case 'no-manifest':
      return 'Thiếu tệp manifest.json.';
    case 'bad-manifest':
      return `manifest.json không đọc được (${p.error}).`;
    case 'missing':
      return `Thiếu tệp "${p.name}" (có trong danh sách nhưng không còn trong thư mục).`;
    case 'mismatch':
      return `Tệp "${p.name}" đã bị thay đổi: mã SHA-256 không khớp (ghi ${p.expected.slice(0, 12)}…, hiện ${p.actual.slice(0, 12)}…).`;
    case 'size':
      return `Tệp "${p.name}" có kích thước ${p.actual} byte, manifest ghi ${p.expected} byte.`;
    case 'unlisted':
      return `Tệp "${p.name}" không có trong SHA256SUMS (được thêm vào sau khi lưu trữ).`;
    case 'manifest-disagrees':
      return `manifest.json và SHA256SUMS ghi khác nhau về tệp "${p.name}".`;
    case 'broken-link':
      return p.cause === 'missing'
        ? `Liên kết bị đứt: bản lưu trữ trước "${p.previousId}" không còn.`
        : `Liên kết bị đứt: manifest.json của bản trước "${p.previousId}" đã bị thay đổi.`;
    case 'incomplete':
      return 'Bản lưu trữ chưa hoàn tất (lần tạo bị gián đoạn); chưa đủ tệp và mã kiểm tra.';
    case 'copy-missing':
      return `Bản sao Google Sheets chỉ đọc của lớp ${p.classId} không còn trong thư mục.`;
    case 'copy-writable':
      return `Bản sao Google Sheets của lớp ${p.classId} không còn khóa chỉ đọc.`;
    case 'copy-changed':
      return `Bản sao Google Sheets của lớp ${p.classId} đã bị sửa sau khi lưu trữ.`;
  }
}
