// Vietnamese text of the permission sync report.
import type { ClassSync } from './sync';

export const SYNC_TEXT = {
  title: 'Đồng bộ quyền nhập điểm',
  noWorkbook: (cls: string) =>
    `Lớp ${cls}: chưa có sổ điểm (cột «Mã sổ điểm» trống). Hãy tạo sổ cho lớp rồi đồng bộ lại.`,
  failed: (cls: string, why: string) =>
    `Lớp ${cls}: không đồng bộ được (${why}). Lượt chạy định kì sẽ thử lại.`,
  pending: (n: number) =>
    `Còn ${n} lớp chưa đồng bộ vì hết thời gian của lượt chạy; lượt sau sẽ làm tiếp.`,
};

export function describeClassSync(s: ClassSync): string[] {
  const lines: string[] = [];
  if (s.error !== null) return [SYNC_TEXT.failed(s.classId, s.error)];
  const changes = s.added + s.updated + s.deleted;
  lines.push(
    changes === 0 && s.shared.length === 0
      ? `Lớp ${s.classId}: quyền đã đúng, không cần thay đổi.`
      : `Lớp ${s.classId}: thêm ${s.added}, sửa ${s.updated}, xóa ${s.deleted} vùng bảo vệ.`,
  );
  for (const f of s.foreign) {
    const what = f.wholeSheet
      ? `bảo vệ cả trang «${f.sheet}»`
      : `vùng bảo vệ trên trang «${f.sheet}»`;
    const desc = f.description === '' ? '' : ` («${f.description}»)`;
    const action =
      f.action === 'kept'
        ? 'không do hệ thống tạo; đã giữ nguyên. Hãy xem lại và xóa nếu không cần.'
        : f.action === 'removed'
          ? 'không do hệ thống tạo; đã xóa theo yêu cầu của quản trị.'
          : 'không do hệ thống tạo; đã chuyển thành bảo vệ của hệ thống theo yêu cầu.';
    lines.push(`  – ${what}${desc}: ${action}`);
  }
  if (s.shared.length > 0) {
    lines.push(
      `  – đã cho ${s.shared.join(', ')} quyền chỉnh sửa sổ (giáo viên mới được phân công).`,
    );
  }
  for (const sheet of s.missingSheets) {
    lines.push(`  – thiếu trang «${sheet}»: hãy chạy lại tạo sổ cho lớp ${s.classId}.`);
  }
  for (const sheet of s.blockedSheets) {
    lines.push(
      `  – trang «${sheet}» đang có bảo vệ khác nên chưa khóa được; chọn «Đồng bộ quyền» và đồng ý tiếp quản để sửa.`,
    );
  }
  return lines;
}
