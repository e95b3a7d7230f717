// What the audit area says to people (Vietnamese, NFC).
import type { StructureFinding, StructureKind } from './structure';
import type { ChainDefect, ChainProblem, VerifyResult } from './verify';

const PROBLEM: Record<ChainProblem, string> = {
  changed: 'bị sửa',
  missing: 'bị mất',
  inserted: 'bị chèn thêm',
  reordered: 'bị đảo thứ tự',
};

const DEFECT: Record<ChainDefect, string> = {
  malformed: 'dòng không đúng định dạng (thiếu/thừa trường hoặc sai kiểu)',
  'not-canonical': 'dòng không ở dạng JSON chuẩn tắc',
  hash: 'nội dung không khớp mã băm (hash)',
  prev: 'mã băm của mục này không khớp trường prev của mục sau: mục đã bị viết lại',
  renumbered: 'các mục đã bị đánh số lại',
  'duplicate-seq': 'hai mục cùng số thứ tự',
  'seq-gap': 'thiếu số thứ tự',
  'seq-order': 'số thứ tự không liên tiếp',
  head: 'chuỗi không khớp đầu chuỗi đã ghi trong bản lưu trữ',
};

export function verifyMessage(result: VerifyResult): string {
  if (result.ok)
    return `Nhật ký toàn vẹn: ${result.count} mục, mục cuối số ${result.head.seq}, mã băm ${result.head.hash}.`;
  return (
    `Nhật ký KHÔNG toàn vẹn: mục số ${result.seq} ${PROBLEM[result.problem]} ` +
    `(${DEFECT[result.defect]}; dòng ${result.line}). Hãy báo ngay cho hiệu trưởng và không sửa gì thêm vào nhật ký.`
  );
}

/** Reason of an entry whose actor is one of several people (hand-over, several admins). */
export function attributionReason(candidates: readonly string[]): string {
  return candidates.length === 0
    ? 'Không xác định được người sửa: không ai ngoài tài khoản hệ thống có quyền sửa ô này.'
    : `Một trong những người có quyền sửa ô này lúc đó: ${candidates.join(', ')}.`;
}

const STRUCTURE: Record<StructureKind, string> = {
  'tab-missing': 'trang tính bị xoá hoặc đổi tên',
  'tab-renamed': 'trang tính bị đổi tên',
  'tab-added': 'có trang tính lạ được thêm',
  'columns-changed': 'cột bị chèn, xoá hoặc di chuyển (tiêu đề không khớp mẫu sổ)',
  'rows-deleted': 'dòng học sinh bị xoá',
  'rows-moved': 'dòng học sinh bị sắp xếp lại hoặc di chuyển',
  'rows-inserted': 'dòng bị chèn hoặc xoá giữa danh sách học sinh',
  'duplicate-id': 'một mã học sinh xuất hiện hai lần',
};

const listText = (v: string | string[] | null): string =>
  v === null ? '' : Array.isArray(v) ? v.slice(0, 10).join(', ') + (v.length > 10 ? '…' : '') : v;

/** The principal's alert and the entry's reason for a structure finding. */
export function structureMessage(className: string, f: StructureFinding): string {
  const what = STRUCTURE[f.kind];
  const detail =
    f.kind === 'tab-renamed'
      ? ` (“${listText(f.old)}” → “${listText(f.new)}”)`
      : f.kind === 'rows-deleted'
        ? ` (mã HS: ${listText(f.old)})`
        : f.kind === 'duplicate-id'
          ? ` (mã HS: ${listText(f.new)})`
          : '';
  const action =
    f.kind === 'rows-moved'
      ? 'Điểm vẫn gắn đúng học sinh theo mã HS; nên sắp xếp lại theo Số TT.'
      : 'Điểm vẫn được giữ theo mã HS; hãy hoàn tác (Ctrl+Z) hoặc khôi phục phiên bản trước, rồi kiểm tra lại.';
  return `Lớp ${className}, trang “${f.sheet}”: ${what}${detail}. ${action}`;
}
