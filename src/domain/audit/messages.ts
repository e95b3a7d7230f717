// What the audit area says to people (Vietnamese, NFC).
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
