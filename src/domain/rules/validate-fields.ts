// Field-level checks for grade input: objects with known fields, numbers, scores, marks, subjects.
import { invalidScoreMessage, parseScore } from './score';
import { invalid } from './validation-messages';
import type { Mark, RuleSetId, SubjectInput } from './types';

export type Json = Record<string, unknown>;
export type Errors = string[];

export const RULE_SETS: readonly RuleSetId[] = ['TT22', 'TT58', 'TT58_2011'];
const ID = /^[A-Za-z0-9_-]+$/;

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const nfc = (v: unknown): unknown => (typeof v === 'string' ? v.normalize('NFC').trim() : v);
export const absent = (v: unknown): boolean => v === undefined || v === null;

export function object(
  v: unknown,
  path: string,
  allowed: readonly string[],
  errors: Errors,
): Json | null {
  if (!isObject(v)) {
    errors.push(invalid.notObject(path));
    return null;
  }
  for (const k of Object.keys(v)) {
    if (!allowed.includes(k)) errors.push(invalid.unknownField(`${path}.${k}`, allowed));
  }
  return v;
}

const SUBJECT_FIELDS = [
  'id',
  'name',
  'kind',
  'periodsPerYear',
  'periodsPerWeek',
  'regularCount',
  'periodTestCount',
  'key',
  'specialised',
  'terms',
] as const;

export function positiveInt(v: unknown, path: string, errors: Errors): number | undefined {
  if (absent(v)) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
    errors.push(invalid.positiveInteger(path, v));
    return undefined;
  }
  return v;
}

function bool(v: unknown, path: string, errors: Errors): boolean | undefined {
  if (absent(v)) return undefined;
  if (typeof v !== 'boolean') errors.push(invalid.boolean(path, v));
  return v === true;
}

export function subject(
  raw: unknown,
  path: string,
  ruleSet: RuleSetId,
  errors: Errors,
): SubjectInput | null {
  const o = object(raw, path, SUBJECT_FIELDS, errors);
  if (o === null) return null;
  const id = o['id'];
  if (typeof id !== 'string' || !ID.test(id)) errors.push(invalid.subjectId(`${path}.id`, id));
  const name = nfc(o['name']);
  if (typeof name !== 'string' || name === '') errors.push(invalid.text(`${path}.name`));
  const kind = o['kind'];
  if (kind !== 'scored' && kind !== 'comment') errors.push(invalid.kind(`${path}.kind`, kind));
  const s: SubjectInput = {
    id: String(id),
    name: String(name),
    kind: kind === 'comment' ? 'comment' : 'scored',
  };
  const perYear = positiveInt(o['periodsPerYear'], `${path}.periodsPerYear`, errors);
  if (perYear !== undefined) s.periodsPerYear = perYear;
  const perWeek = o['periodsPerWeek'];
  if (!absent(perWeek)) {
    if (typeof perWeek !== 'number' || !(perWeek > 0))
      errors.push(invalid.positiveNumber(`${path}.periodsPerWeek`, perWeek));
    else s.periodsPerWeek = perWeek;
  }
  const regular = positiveInt(o['regularCount'], `${path}.regularCount`, errors);
  if (regular !== undefined) s.regularCount = regular;
  const tests = o['periodTestCount'];
  if (!absent(tests)) {
    if (ruleSet !== 'TT58_2011') errors.push(invalid.onlyTT58_2011(`${path}.periodTestCount`));
    else if (typeof tests !== 'number' || !Number.isInteger(tests) || tests < 0) {
      errors.push(invalid.nonNegativeInteger(`${path}.periodTestCount`, tests));
    } else s.periodTestCount = tests;
  }
  if (regular === undefined) {
    if (ruleSet === 'TT58_2011' && s.periodsPerWeek === undefined)
      errors.push(invalid.periodsPerWeek(path));
    if (ruleSet !== 'TT58_2011' && kind === 'scored' && perYear === undefined)
      errors.push(invalid.periodsPerYear(path));
  }
  const key = bool(o['key'], `${path}.key`, errors);
  const specialised = bool(o['specialised'], `${path}.specialised`, errors);
  if ((key || specialised) && kind === 'comment') errors.push(invalid.keyComment(path));
  if (key) s.key = true;
  if (specialised) s.specialised = true;
  const terms = o['terms'];
  if (!absent(terms)) {
    const ok =
      Array.isArray(terms) &&
      terms.length > 0 &&
      terms.every((t) => t === 1 || t === 2) &&
      new Set(terms).size === terms.length;
    if (!ok) errors.push(invalid.terms(`${path}.terms`));
    else s.terms = terms as Array<1 | 2>;
  }
  return s;
}

export const STUDENT_FIELDS = [
  'id',
  'terms',
  'conduct',
  'absences',
  'reassessment',
  'summerConduct',
  'exempt',
];

/** A single assessment value: a score (number or "8,5") or Đ/CĐ, by the subject's kind. */
export function assessment(
  v: unknown,
  path: string,
  comment: boolean,
  errors: Errors,
): number | Mark | null {
  if (absent(v)) return null;
  if (comment) {
    // "đ" / "cđ" typed in lower case are the same marks.
    const m = nfc(v);
    const upper = typeof m === 'string' ? m.toUpperCase() : m;
    if (upper === 'Đ' || upper === 'CĐ') return upper;
    errors.push(invalid.mark(path, v));
    return null;
  }
  if (typeof v !== 'number' && typeof v !== 'string') {
    errors.push(`${path}: ${invalidScoreMessage(v)}`);
    return null;
  }
  const parsed = parseScore(v);
  if (!parsed.ok) {
    errors.push(`${path}: ${parsed.message}`);
    return null;
  }
  return parsed.tenths / 10;
}
