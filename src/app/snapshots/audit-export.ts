// audit.jsonl up to a head (verifiable-records.md: "audit.jsonl up to the snapshot's last entry"):
// the stored canonical lines 1..seq, each with its hash, one per line; the last must be the head.
import type { ChainHead } from '../../domain/audit/chain';
import { parseEntry } from '../../domain/audit/verify';

export function jsonlUpTo(lines: readonly string[], head: ChainHead): string {
  if (head.seq === 0) return '';
  const taken = lines.slice(0, head.seq);
  const last = taken.length === head.seq ? parseEntry(taken[head.seq - 1] ?? '') : null;
  if (!last || last.seq !== head.seq || last.hash !== head.hash)
    throw new Error(
      `Nhật ký đã thay đổi từ khi bắt đầu lưu trữ: dòng ${head.seq} không còn là mục ${head.seq} (${head.hash.slice(0, 12)}…). Hãy chạy "Kiểm tra nhật ký".`,
    );
  return taken.map((l) => `${l}\n`).join('');
}
