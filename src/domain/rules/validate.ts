// Validation of untrusted JSON into a GradeInput, with Vietnamese messages naming the field
// (`students[0].terms.1.toan.regular[2]: điểm "11" không hợp lệ …`). Strings are NFC-normalised
// and scores given as text ("8,5") become numbers. Validates everything and reports every error.
import { TT22_CONDUCT, TT58_CONDUCT } from './conduct';
import {
  absent,
  assessment,
  isObject,
  nfc,
  object,
  RULE_SETS,
  STUDENT_FIELDS,
  subject,
  type Errors,
} from './validate-fields';
import { invalid } from './validation-messages';
import type {
  Absences,
  ConductInput,
  ConductLevel,
  Exemption,
  GradeInput,
  Mark,
  RuleSetId,
  StudentInput,
  SubjectInput,
  TermAssessments,
  TermAssessmentsBySubject,
} from './types';

export type ValidationResult = { ok: true; input: GradeInput } | { ok: false; errors: string[] };

const TX_FIELDS = ['regular', 'midterm', 'final'];
const COEF_FIELDS = ['coef1', 'coef2', 'exam'];

function termAssessments(
  raw: unknown,
  path: string,
  ruleSet: RuleSetId,
  s: SubjectInput,
  errors: Errors,
): TermAssessments | null {
  if (raw === null) return null;
  const coef = ruleSet === 'TT58_2011';
  const o = object(raw, path, coef ? COEF_FIELDS : TX_FIELDS, errors);
  if (o === null) return null;
  const comment = s.kind === 'comment';
  const list = (field: string): (number | Mark | null)[] | null => {
    const v = o[field];
    if (absent(v)) return null;
    if (!Array.isArray(v)) {
      errors.push(invalid.notArray(`${path}.${field}`));
      return null;
    }
    return v.map((x, i) => assessment(x, `${path}.${field}[${i}]`, comment, errors));
  };
  const one = (field: string) => assessment(o[field], `${path}.${field}`, comment, errors);
  if (coef) return { coef1: list('coef1'), coef2: list('coef2'), exam: one('exam') };
  return { regular: list('regular'), midterm: one('midterm'), final: one('final') };
}

function terms(
  raw: unknown,
  path: string,
  ruleSet: RuleSetId,
  subjects: ReadonlyMap<string, SubjectInput>,
  errors: Errors,
): StudentInput['terms'] {
  const out: StudentInput['terms'] = {};
  if (absent(raw)) return out;
  if (!isObject(raw)) {
    errors.push(invalid.notObject(path));
    return out;
  }
  for (const [t, byId] of Object.entries(raw)) {
    if (t !== '1' && t !== '2') {
      errors.push(invalid.termKey(`${path}.${t}`, t));
      continue;
    }
    if (byId === null) continue;
    if (!isObject(byId)) {
      errors.push(invalid.notObject(`${path}.${t}`));
      continue;
    }
    const term: TermAssessmentsBySubject = {};
    for (const [id, a] of Object.entries(byId)) {
      const p = `${path}.${t}.${id}`;
      const s = subjects.get(id);
      if (!s) {
        errors.push(invalid.unknownSubject(p, id));
        continue;
      }
      if (s.terms && !s.terms.includes(Number(t) as 1 | 2) && !absent(a)) {
        errors.push(invalid.notTaught(p, s.name, t));
        continue;
      }
      term[id] = termAssessments(a, p, ruleSet, s, errors);
    }
    out[t] = term;
  }
  return out;
}

function level(
  v: unknown,
  path: string,
  allowed: readonly ConductLevel[],
  errors: Errors,
): ConductLevel | null {
  if (absent(v)) return null;
  const n = nfc(v);
  if (allowed.includes(n as ConductLevel)) return n as ConductLevel;
  errors.push(invalid.level(path, v, allowed));
  return null;
}

function conduct(
  raw: unknown,
  path: string,
  ruleSet: RuleSetId,
  errors: Errors,
): ConductInput | null {
  if (absent(raw)) return null;
  const o = object(raw, path, ['1', '2', 'year'], errors);
  if (o === null) return null;
  const allowed = ruleSet === 'TT22' ? TT22_CONDUCT : TT58_CONDUCT;
  const out: ConductInput = {
    '1': level(o['1'], `${path}.1`, allowed, errors),
    '2': level(o['2'], `${path}.2`, allowed, errors),
  };
  if (!absent(o['year'])) {
    if (ruleSet === 'TT22') errors.push(invalid.yearConductTT22(`${path}.year`));
    else out.year = level(o['year'], `${path}.year`, allowed, errors);
  }
  return out;
}

function absences(raw: unknown, path: string, errors: Errors): Absences | null {
  if (absent(raw)) return null;
  const o = object(raw, path, ['excused', 'unexcused'], errors);
  if (o === null) return null;
  const count = (k: 'excused' | 'unexcused'): number => {
    const v = o[k] ?? 0;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    errors.push(invalid.nonNegativeInteger(`${path}.${k}`, v));
    return 0;
  };
  return { excused: count('excused'), unexcused: count('unexcused') };
}

function bySubject<T>(
  raw: unknown,
  path: string,
  subjects: ReadonlyMap<string, SubjectInput>,
  errors: Errors,
  each: (v: unknown, p: string, s: SubjectInput) => T | null,
): Record<string, T> | null {
  if (absent(raw)) return null;
  if (!isObject(raw)) {
    errors.push(invalid.notObject(path));
    return null;
  }
  const out: Record<string, T> = {};
  for (const [id, v] of Object.entries(raw)) {
    const s = subjects.get(id);
    if (!s) errors.push(invalid.unknownSubject(`${path}.${id}`, id));
    else {
      const value = each(v, `${path}.${id}`, s);
      if (value !== null) out[id] = value;
    }
  }
  return out;
}

function student(
  raw: unknown,
  path: string,
  ruleSet: RuleSetId,
  subjects: ReadonlyMap<string, SubjectInput>,
  errors: Errors,
): StudentInput | null {
  const o = object(raw, path, STUDENT_FIELDS, errors);
  if (o === null) return null;
  const id = nfc(o['id']);
  if (typeof id !== 'string' || id === '') errors.push(invalid.text(`${path}.id`));
  const conductLevels = ruleSet === 'TT22' ? TT22_CONDUCT : TT58_CONDUCT;
  const out: StudentInput = {
    id: String(id),
    terms: terms(o['terms'], `${path}.terms`, ruleSet, subjects, errors),
    conduct: conduct(o['conduct'], `${path}.conduct`, ruleSet, errors),
    absences: absences(o['absences'], `${path}.absences`, errors),
    reassessment: bySubject(
      o['reassessment'],
      `${path}.reassessment`,
      subjects,
      errors,
      (v, p, s) => assessment(v, p, s.kind === 'comment', errors),
    ),
    summerConduct: level(o['summerConduct'], `${path}.summerConduct`, conductLevels, errors),
    exempt: bySubject(o['exempt'], `${path}.exempt`, subjects, errors, (v, p, s) => {
      if (v !== 'year' && v !== '1' && v !== '2') {
        errors.push(invalid.exemption(p, v));
        return null;
      }
      if (ruleSet !== 'TT22' && s.kind !== 'comment') errors.push(invalid.exemptScored(p));
      return v as Exemption;
    }),
  };
  return out;
}

export function validateGradeInput(json: unknown): ValidationResult {
  const errors: Errors = [];
  const root = object(json, 'input', ['ruleSet', 'subjects', 'students'], errors);
  if (root === null) return { ok: false, errors };
  const ruleSet = root['ruleSet'];
  if (!RULE_SETS.includes(ruleSet as RuleSetId)) {
    errors.push(invalid.ruleSet(ruleSet));
    return { ok: false, errors }; // everything below depends on the rule set
  }
  const rs = ruleSet as RuleSetId;
  const subjects: SubjectInput[] = [];
  const byId = new Map<string, SubjectInput>();
  if (!Array.isArray(root['subjects'])) errors.push(invalid.notArray('subjects'));
  else {
    root['subjects'].forEach((raw, i) => {
      const s = subject(raw, `subjects[${i}]`, rs, errors);
      if (s === null) return;
      if (byId.has(s.id)) errors.push(invalid.duplicate(`subjects[${i}].id`, s.id));
      byId.set(s.id, s);
      subjects.push(s);
    });
    if (rs !== 'TT22' && !subjects.some((s) => s.key && s.kind === 'scored')) {
      errors.push(invalid.noKeySubject());
    }
  }
  const students: StudentInput[] = [];
  if (!Array.isArray(root['students'])) errors.push(invalid.notArray('students'));
  else {
    const seen = new Set<string>();
    root['students'].forEach((raw, i) => {
      const s = student(raw, `students[${i}]`, rs, byId, errors);
      if (s === null) return;
      if (seen.has(s.id)) errors.push(invalid.duplicate(`students[${i}].id`, s.id));
      seen.add(s.id);
      students.push(s);
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, input: { ruleSet: rs, subjects, students } };
}
