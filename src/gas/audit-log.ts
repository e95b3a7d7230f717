// The chained log in the control workbook's `Nhật ký` tab: one row per entry, display columns for
// people plus the canonical JSON line (with its hash) that verification reads. The head is read
// from the last row only (2 calls), so appending stays cheap as the log grows.
import type { AuditLog } from '../app/audit/ports';
import { type ChainHead, EMPTY_HEAD } from '../domain/audit/chain';
import { entryLine } from '../domain/audit/chain';
import type { AuditEntry, AuditValue } from '../domain/audit/entry';
import { parseEntry } from '../domain/audit/verify';
import { AUDIT, encodeRow, headersOf } from '../domain/control';
import type { AuditRow } from '../domain/control';

const CANONICAL_COL = AUDIT.columns.findIndex((c) => c.key === 'canonical') + 1;
const WIDTH = AUDIT.columns.length;

const shown = (v: AuditValue): string =>
  v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

export function auditRowOf(e: AuditEntry): AuditRow {
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor ?? '',
    basis: e.basis,
    kind: e.kind,
    classId: e.classId ?? '',
    subjectId: e.subject ?? '',
    studentId: e.studentId ?? '',
    field: [e.term === null ? '' : `HK${e.term}`, e.field ?? ''].filter(Boolean).join(' '),
    oldValue: shown(e.old),
    newValue: shown(e.new),
    ref: e.ref ?? '',
    canonical: entryLine(e),
    prevHash: e.prev,
    hash: e.hash,
  };
}

export class GasAuditLog implements AuditLog {
  private sh: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  constructor(private readonly controlId: string) {}

  private sheet(): GoogleAppsScript.Spreadsheet.Sheet {
    if (this.sh) return this.sh;
    const ss = SpreadsheetApp.openById(this.controlId);
    let sh = ss.getSheetByName(AUDIT.name);
    if (!sh) {
      // The setup creates it; a control workbook from before the audit area gets it here.
      sh = ss.insertSheet(AUDIT.name);
      sh.getRange(1, 1, 1, WIDTH).setValues([headersOf(AUDIT)]);
    }
    this.sh = sh;
    return sh;
  }

  head(): ChainHead {
    const sh = this.sheet();
    const last = sh.getLastRow();
    if (last < 2) return EMPTY_HEAD;
    const line = String(sh.getRange(last, CANONICAL_COL).getValue());
    const e = parseEntry(line);
    if (!e)
      throw new Error(
        `Dòng ${last} của trang “${AUDIT.name}” không đọc được; không ghi thêm vào nhật ký. Hãy chạy “Kiểm tra nhật ký” và báo Hiệu trưởng.`,
      );
    return { seq: e.seq, hash: e.hash };
  }

  append(entries: readonly AuditEntry[]): void {
    if (entries.length === 0) return;
    const sh = this.sheet();
    const rows = entries.map((e) => encodeRow(AUDIT, auditRowOf(e)));
    const first = sh.getLastRow() + 1;
    // getRange past the sheet's last row throws ("coordinates … outside the dimensions"): grow it.
    const missing = first + rows.length - 1 - sh.getMaxRows();
    if (missing > 0) sh.insertRowsAfter(sh.getMaxRows(), missing);
    sh.getRange(first, 1, rows.length, WIDTH).setValues(rows);
  }

  lines(): string[] {
    const sh = this.sheet();
    const last = sh.getLastRow();
    if (last < 2) return [];
    return sh
      .getRange(2, CANONICAL_COL, last - 1, 1)
      .getValues()
      .map((r) => String(r[0] ?? ''));
  }
}
