// A score's identity in audit entries: subject, term (null = whole year) and field
// (`regular.2`, `midterm`, `attendance.9-15`, `conduct`), and back to the layout's ScoreRef.
import { refKey } from '../layout/cells';
import type { ScoreField, ScoreRef } from '../layout/types';

export interface AuditField {
  subject: string | null;
  term: number | null;
  field: string;
}

export function auditFieldOf(ref: ScoreRef): AuditField {
  let field: string = ref.field;
  if (ref.field === 'attendance') field = `attendance.${ref.month ?? 0}-${ref.day ?? 0}`;
  else if (ref.index !== undefined) field = `${ref.field}.${ref.index}`;
  return { subject: ref.subjectId, term: ref.term === 'year' ? null : ref.term, field };
}

/** Inverse of auditFieldOf; null when the text is not a field this layout version writes. */
export function refOfAuditField(f: AuditField): ScoreRef | null {
  const term = f.term === null ? 'year' : f.term === 1 || f.term === 2 ? f.term : null;
  if (term === null) return null;
  const m = /^([a-zA-Z]+)(?:\.(\d+)(?:-(\d+))?)?$/.exec(f.field);
  if (!m) return null;
  const field = m[1] as ScoreField;
  const ref: ScoreRef = { subjectId: f.subject, term, field };
  if (field === 'attendance') {
    if (m[3] === undefined) return null;
    return { ...ref, month: Number(m[2]), day: Number(m[3]) };
  }
  if (m[3] !== undefined) return null;
  return m[2] === undefined ? ref : { ...ref, index: Number(m[2]) };
}

/** refKey of an entry's (subject, term, field), or null. */
export function refKeyOfAuditField(f: AuditField): string | null {
  const ref = refOfAuditField(f);
  return ref ? refKey(ref) : null;
}
