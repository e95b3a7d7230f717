// A correction request ⇄ its row in the control workbook's "Yêu cầu sửa điểm" tab.
import type { CorrectionRow } from '../control/tabs';
import type { Term } from '../school';
import type { CellValue, CorrectionRequest, CorrectionStatus } from './request';

/** `toan/1/regular/2` → its parts (the layout's refKey form for subject fields). */
export function parseFieldKey(key: string): {
  subjectId: string;
  term: Term;
  field: string;
  index: number | null;
} {
  const [subjectId = '', term = '1', field = '', index] = key.split('/');
  return {
    subjectId,
    term: term === '2' ? 2 : 1,
    field,
    index: index === undefined ? null : Number(index),
  };
}

export function fieldKey(
  r: Pick<CorrectionRequest, 'subjectId' | 'term' | 'field' | 'index'>,
): string {
  const base = `${r.subjectId}/${r.term}/${r.field}`;
  return r.index === null ? base : `${base}/${r.index}`;
}

function cellText(v: CellValue): string {
  return v === null ? '' : String(v);
}

function cellValue(text: string): CellValue {
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && /^\d+(\.\d)?$/.test(text) ? n : text;
}

/** The row keeps the cell address and evidence in the paper-reference column's neighbours. */
export function toRow(r: CorrectionRequest): CorrectionRow {
  return {
    id: r.id,
    requestedAt: r.requestedAt,
    classId: r.classId,
    subjectId: r.subjectId,
    studentId: r.studentId,
    field: fieldKey(r),
    oldValue: cellText(r.oldValue),
    newValue: cellText(r.newValue),
    requestedBy: r.onBehalfOf ? `${r.onBehalfOf} (nhập thay: ${r.requestedBy})` : r.requestedBy,
    reason: r.reason,
    paperRef: r.evidence,
    confirmedBy: r.confirmedBy ?? '',
    confirmedAt: r.confirmedAt,
    status: r.status,
    decidedBy: r.decidedBy ?? '',
    decisionReason: r.decisionReason ?? '',
    decidedAt: r.decidedAt,
    cell: r.cell,
    appliedAt: r.appliedAt,
  };
}

export function fromRow(row: CorrectionRow): CorrectionRequest {
  const f = parseFieldKey(row.field);
  const behalf = /^(.*) \(nhập thay: (.*)\)$/.exec(row.requestedBy);
  return {
    id: row.id,
    classId: row.classId,
    studentId: row.studentId,
    subjectId: row.subjectId || f.subjectId,
    term: f.term,
    field: f.field,
    index: f.index,
    cell: row.cell ?? '',
    oldValue: cellValue(row.oldValue),
    newValue: cellValue(row.newValue),
    reason: row.reason,
    evidence: row.paperRef,
    requestedBy: behalf ? (behalf[2] ?? '') : row.requestedBy,
    requestedAt: row.requestedAt ?? '',
    onBehalfOf: behalf ? (behalf[1] ?? null) : null,
    status: row.status as CorrectionStatus,
    confirmedBy: row.confirmedBy || null,
    confirmedAt: row.confirmedAt,
    decidedBy: row.decidedBy || null,
    decidedAt: row.decidedAt,
    decisionReason: row.decisionReason || null,
    appliedAt: row.appliedAt ?? null,
  };
}
