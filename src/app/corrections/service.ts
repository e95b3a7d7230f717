// Correction use cases: a teacher's request and a homeroom teacher's confirmation go through the
// script-properties inbox (they cannot write the control workbook); the principal decides in the
// control workbook; the system's tick moves the inbox and writes approved values.
import { CORRECTIONS } from '../../domain/control';
import { fromRow, toRow } from '../../domain/corrections/codec';
import { inboxEntries, inboxPut, type InboxEntry } from '../../domain/corrections/inbox';
import { M } from '../../domain/corrections/messages';
import {
  applicationOrder,
  applyCorrection,
  confirmCorrection,
  decideCorrection,
  requestCorrection,
  show,
  type CellValue,
  type CorrectionRequest,
  type Outcome,
  type RequestDraft,
} from '../../domain/corrections/request';
import { isAdmin, meets } from '../../domain/roles';
import { parseScore } from '../../domain/rules/score';
import type { CorrectionDraft } from '../rpc';
import { readTab, replaceTab } from '../ports/control-store';
import type { TickStep } from '../tick/step';
import type { AdminCorrectionDeps, CorrectionDeps, ScoreAddress } from './ports';

export class CorrectionRefusedError extends Error {}

const iso = (ms: number) => new Date(ms).toISOString();

function must<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new CorrectionRefusedError(outcome.message);
  return outcome.value;
}

/** The typed value: a score (8,5 or 8.5) or a comment result (Đ / CĐ). */
export function parseNewValue(text: string, cell: string): CellValue {
  const t = text.trim().normalize('NFC');
  if (t === 'Đ' || t === 'CĐ') return t;
  const parsed = parseScore(t);
  if (!parsed.ok) throw new CorrectionRefusedError(M.badValue(cell, parsed.message));
  return parsed.tenths / 10;
}

function addressOf(d: CorrectionDraft): ScoreAddress {
  return {
    classId: d.classId,
    studentId: d.studentId,
    subjectId: d.subjectId,
    term: d.term,
    field: d.field,
    index: d.index,
  };
}

/** A subject teacher (or an admin with `onBehalfOf`) asks for a correction; returns its id. */
export function submitRequest(
  deps: CorrectionDeps,
  caller: string,
  draft: CorrectionDraft & { onBehalfOf?: string | null },
): { id: string; message: string } {
  const now = deps.now();
  const facts = deps.roles();
  const where = addressOf(draft);
  const { value, cell } = deps.cells.read(where);
  const wanted: RequestDraft = {
    ...where,
    id: deps.newId(),
    cell,
    newValue: parseNewValue(draft.newValue, cell),
    reason: draft.reason,
    evidence: draft.evidence,
    onBehalfOf: draft.onBehalfOf ?? null,
  };
  const request = must(
    requestCorrection(wanted, caller, iso(now), {
      callerTeaches: meets(
        facts,
        { kind: 'subjectTeacher', classId: draft.classId, subjectId: draft.subjectId },
        caller,
        now,
      ),
      callerIsAdmin: isAdmin(facts, caller),
      blockOpen: deps.blockOpen(where, draft.onBehalfOf ?? caller, now),
      currentValue: value,
    }),
  );
  const id = request.id;
  queue(deps, {
    kind: 'request',
    draft: { ...wanted, reason: request.reason, evidence: request.evidence },
    oldValue: request.oldValue,
    by: caller,
    at: iso(now),
  });
  return { id, message: M.requested(id) };
}

/** The homeroom teacher confirms; checked again against the register when the tick moves it. */
export function submitConfirmation(
  deps: CorrectionDeps,
  caller: string,
  requestId: string,
  classId: string,
  /** The request as last published: refuses at once what the tick would refuse (own request). */
  known?: CorrectionRequest,
): string {
  const now = deps.now();
  const facts = deps.roles();
  const isHomeroom = meets(facts, { kind: 'homeroom', classId }, caller, now);
  const admin = isAdmin(facts, caller);
  if (!isHomeroom && !admin) throw new CorrectionRefusedError(M.notHomeroom(classId));
  if (known) must(confirmCorrection(known, caller, iso(now), { isHomeroom, isAdmin: admin }));
  queue(deps, { kind: 'confirm', requestId, by: caller, at: iso(now) });
  return M.confirmed(requestId);
}

function queue(deps: CorrectionDeps, entry: InboxEntry): void {
  const put = inboxPut(deps.inbox.all(), entry);
  if (!put.ok) throw new CorrectionRefusedError(put.message);
  deps.inbox.set(put.key, put.value);
}

function readRegister(deps: AdminCorrectionDeps): CorrectionRequest[] {
  return readTab(deps.control, CORRECTIONS).items.map(fromRow);
}

function writeRegister(deps: AdminCorrectionDeps, requests: CorrectionRequest[]): void {
  replaceTab(deps.control, CORRECTIONS, requests.map(toRow));
}

/** The entry of a step that writes nothing: no field and no values, so replay skips it. */
function stepOf(r: CorrectionRequest, at: string, actor: string, reason: string) {
  return { ...auditOf(r, at, actor, reason), field: null, old: null, new: null };
}

function auditOf(r: CorrectionRequest, at: string, actor: string, reason: string) {
  return {
    at,
    kind: 'correction' as const,
    basis: 'request' as const,
    actor,
    classId: r.classId,
    studentId: r.studentId,
    subject: r.subjectId,
    term: r.term,
    field: r.index === null ? r.field : `${r.field}.${r.index}`,
    cell: r.cell,
    old: r.oldValue,
    new: r.newValue,
    reason,
    ref: r.id,
  };
}

/** The principal approves or rejects a confirmed request (admins write the register directly). */
export function decideRequest(
  deps: AdminCorrectionDeps,
  caller: string,
  requestId: string,
  approve: boolean,
  reason: string,
): string {
  const now = deps.now();
  const register = readRegister(deps);
  const index = register.findIndex((r) => r.id === requestId);
  const req = register[index];
  if (!req) throw new CorrectionRefusedError(M.notConfirmed(requestId));
  const decided = must(
    decideCorrection(
      req,
      caller,
      iso(now),
      { approve, reason },
      {
        isPrincipal: meets(deps.roles(), { kind: 'principal' }, caller, now),
        currentValue: deps.cells.read(req).value,
      },
    ),
  );
  register[index] = decided;
  writeRegister(deps, register);
  const what = approve
    ? `Duyệt yêu cầu sửa điểm`
    : `Từ chối yêu cầu sửa điểm: ${decided.decisionReason ?? ''}`;
  deps.audit.append([stepOf(decided, iso(now), caller, what)]);
  return approve ? M.approved(requestId) : M.rejected(requestId);
}

/**
 * The tick's step (system account): move the inbox into the register, then write every approved
 * value in request order. A stale or conflicting one is reported, never written.
 */
export function correctionsStep(deps: AdminCorrectionDeps): TickStep {
  return {
    id: 'corrections',
    run: () => {
      const summary: string[] = [];
      const register = readRegister(deps);
      const waiting = inboxEntries(deps.inbox.all());
      const audits = [];
      for (const { entry } of waiting) {
        if (entry.kind === 'request') {
          if (register.some((r) => r.id === entry.draft.id)) continue;
          // The value the teacher saw; if the cell moved since, the approval will say it is stale.
          const oldValue =
            entry.oldValue !== undefined ? entry.oldValue : deps.cells.read(entry.draft).value;
          const req: CorrectionRequest = {
            ...entry.draft,
            onBehalfOf: entry.draft.onBehalfOf ?? null,
            oldValue,
            requestedBy: entry.by,
            requestedAt: entry.at,
            status: 'requested',
            confirmedBy: null,
            confirmedAt: null,
            decidedBy: null,
            decidedAt: null,
            decisionReason: null,
            appliedAt: null,
          };
          register.push(req);
          audits.push(
            stepOf(
              req,
              entry.at,
              entry.by,
              `Yêu cầu sửa điểm: ${req.reason} (đề nghị ${show(req.newValue)})`,
            ),
          );
          summary.push(`Nhận yêu cầu sửa điểm ${req.id} (${req.cell}).`);
        } else {
          const i = register.findIndex((r) => r.id === entry.requestId);
          const req = register[i];
          if (!req) continue;
          const at = Date.parse(entry.at);
          const facts = deps.roles();
          const outcome = confirmCorrection(req, entry.by, entry.at, {
            isHomeroom: meets(facts, { kind: 'homeroom', classId: req.classId }, entry.by, at),
            isAdmin: isAdmin(facts, entry.by),
          });
          if (outcome.ok) {
            register[i] = outcome.value;
            audits.push(
              stepOf(outcome.value, entry.at, entry.by, 'GVCN xác nhận yêu cầu sửa điểm'),
            );
          } else summary.push(`${req.id}: ${outcome.message}`);
        }
      }
      const now = iso(deps.now());
      const written = new Set<string>();
      for (const req of applicationOrder(register)) {
        const current = deps.cells.read(req).value;
        const outcome = applyCorrection(req, now, current);
        if (!outcome.ok) {
          // A conflict (an earlier request for the same cell, or any change since) ends this one:
          // it is never written, and says why so the teacher can ask again from the new value.
          const ended: CorrectionRequest = {
            ...req,
            status: 'rejected',
            decisionReason: M.notApplied(outcome.message),
          };
          register[register.findIndex((r) => r.id === req.id)] = ended;
          audits.push(stepOf(ended, now, deps.system(), ended.decisionReason ?? ''));
          summary.push(`${req.id}: ${outcome.message}`);
          continue;
        }
        deps.cells.write(req, req.newValue);
        written.add(req.classId);
        register[register.findIndex((r) => r.id === req.id)] = outcome.value;
        audits.push(
          auditOf(
            outcome.value,
            now,
            req.decidedBy ?? '',
            `Sửa điểm theo yêu cầu ${req.id}: ${req.reason}`,
          ),
        );
        summary.push(
          M.applied(req.id, req.cell) + ` (${show(req.oldValue)} → ${show(req.newValue)})`,
        );
      }
      if (waiting.length > 0 || audits.length > 0) writeRegister(deps, register);
      if (audits.length > 0) deps.audit.append(audits);
      deps.inbox.remove(waiting.map((w) => w.key));
      if (written.size > 0 && deps.afterApply) {
        try {
          deps.afterApply([...written]);
        } catch (e) {
          summary.push(
            M.summaryFailed([...written].join(', '), e instanceof Error ? e.message : String(e)),
          );
        }
      }
      return { done: true, summary };
    },
  };
}

/** Requests still in progress, for the sidebars (admins read the register). */
export function openRequests(deps: AdminCorrectionDeps): CorrectionRequest[] {
  return readRegister(deps).filter((r) => r.status !== 'applied' && r.status !== 'rejected');
}
