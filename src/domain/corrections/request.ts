// A correction after the entry deadline: requested by the subject teacher (or an admin citing the
// paper request), confirmed by the homeroom teacher, approved or rejected by the principal, then
// applied by the system (TT58 Điều 20–21; TT22 Điều 20.2). Pure state transitions.
import type { Term } from '../school';
import { M } from './messages';

export type CorrectionStatus = 'requested' | 'confirmed' | 'approved' | 'rejected' | 'applied';

/** A cell value as the book holds it: a score, a comment (Đ/CĐ), or empty. */
export type CellValue = number | string | null;

export interface CorrectionRequest {
  id: string;
  classId: string;
  studentId: string;
  subjectId: string;
  term: Term;
  field: string;
  index: number | null;
  /** Sheet!A1 of the cell, for people and the audit log. */
  cell: string;
  /** The value when the request was made: an approval is refused if the cell moved since. */
  oldValue: CellValue;
  newValue: CellValue;
  reason: string;
  evidence: string;
  requestedBy: string;
  requestedAt: string;
  /** Set when an admin entered it for a teacher from a paper request. */
  onBehalfOf: string | null;
  status: CorrectionStatus;
  confirmedBy: string | null;
  confirmedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  appliedAt: string | null;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = <T>(message: string): Outcome<T> => ({ ok: false, message });
const done = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** Same value for the purpose of a correction: numbers by tenths, text exactly, empty as null. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  const norm = (v: CellValue) => (v === '' ? null : v);
  const x = norm(a);
  const y = norm(b);
  if (typeof x === 'number' && typeof y === 'number')
    return Math.round(x * 10) === Math.round(y * 10);
  return x === y;
}

export function show(value: CellValue): string {
  if (value === null || value === '') return '(trống)';
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

export interface RequestContext {
  /** The caller teaches this subject in this class now. */
  callerTeaches: boolean;
  callerIsAdmin: boolean;
  /** The block is still open for entry: then the teacher edits directly. */
  blockOpen: boolean;
  currentValue: CellValue;
}

export interface RequestDraft {
  id: string;
  classId: string;
  studentId: string;
  subjectId: string;
  term: Term;
  field: string;
  index: number | null;
  cell: string;
  newValue: CellValue;
  reason: string;
  evidence: string;
  /** For an admin entering a paper request: the teacher who signed it. */
  onBehalfOf?: string | null;
}

export function requestCorrection(
  draft: RequestDraft,
  by: string,
  at: string,
  ctx: RequestContext,
): Outcome<CorrectionRequest> {
  const onBehalf = draft.onBehalfOf ?? null;
  if (onBehalf) {
    if (!ctx.callerIsAdmin) return fail(M.notTeacher(draft.classId, draft.subjectId));
    if (!draft.evidence.trim()) return fail(M.paperRefNeeded);
  } else if (!ctx.callerTeaches) {
    return fail(M.notTeacher(draft.classId, draft.subjectId));
  }
  if (!draft.reason.trim()) return fail(M.reasonNeeded);
  if (ctx.blockOpen) return fail(M.stillOpen(draft.cell));
  if (sameValue(ctx.currentValue, draft.newValue)) return fail(M.sameValue(draft.cell));
  return done({
    ...draft,
    reason: draft.reason.trim(),
    evidence: draft.evidence.trim(),
    oldValue: ctx.currentValue,
    requestedBy: by,
    requestedAt: at,
    onBehalfOf: onBehalf,
    status: 'requested',
    confirmedBy: null,
    confirmedAt: null,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    appliedAt: null,
  });
}

/** The teacher the request speaks for: the signer of a paper request, or the requester. */
export function author(req: CorrectionRequest): string {
  return req.onBehalfOf ?? req.requestedBy;
}

export function confirmCorrection(
  req: CorrectionRequest,
  by: string,
  at: string,
  ctx: { isHomeroom: boolean; isAdmin: boolean },
): Outcome<CorrectionRequest> {
  if (req.status !== 'requested') return fail(M.notRequested(req.id));
  if (!ctx.isHomeroom && !ctx.isAdmin) return fail(M.notHomeroom(req.classId));
  if (by === author(req) || by === req.requestedBy) return fail(M.ownRequest);
  return done({ ...req, status: 'confirmed', confirmedBy: by, confirmedAt: at });
}

export function decideCorrection(
  req: CorrectionRequest,
  by: string,
  at: string,
  decision: { approve: boolean; reason: string },
  ctx: { isPrincipal: boolean; currentValue: CellValue },
): Outcome<CorrectionRequest> {
  if (!ctx.isPrincipal) return fail(M.notPrincipal);
  if (req.status !== 'confirmed') return fail(M.notConfirmed(req.id));
  if (by === author(req) || by === req.requestedBy) return fail(M.ownRequest);
  if (!decision.approve) {
    if (!decision.reason.trim()) return fail(M.rejectReasonNeeded);
    return done({
      ...req,
      status: 'rejected',
      decidedBy: by,
      decidedAt: at,
      decisionReason: decision.reason.trim(),
    });
  }
  if (!sameValue(ctx.currentValue, req.oldValue)) {
    return fail(M.stale(req.cell, show(req.oldValue), show(ctx.currentValue)));
  }
  return done({
    ...req,
    status: 'approved',
    decidedBy: by,
    decidedAt: at,
    decisionReason: decision.reason.trim() || null,
  });
}

/** The system writes an approved value; the cell must still hold what the request saw. */
export function applyCorrection(
  req: CorrectionRequest,
  at: string,
  currentValue: CellValue,
): Outcome<CorrectionRequest> {
  if (req.status !== 'approved') return fail(M.notApproved(req.id));
  if (!sameValue(currentValue, req.oldValue)) {
    return fail(M.stale(req.cell, show(req.oldValue), show(currentValue)));
  }
  return done({ ...req, status: 'applied', appliedAt: at });
}

/**
 * Two approved requests for one cell are applied in the order they were requested; the second
 * then sees a value it did not expect and is reported as a conflict instead of overwriting.
 */
export function applicationOrder(requests: CorrectionRequest[]): CorrectionRequest[] {
  return [...requests]
    .filter((r) => r.status === 'approved')
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id));
}
