// A student's results in one subject: term averages or Đ/CĐ, the year result, what is missing.
// TT22 Điều 9.1; TT58 Điều 10–11 (TT26 shape = TT22 shape); TT58_2011 coefficients.
import type { SubjectPlan } from './plan';
import type { Value } from './model';
import { divideHalfUp, toTenths } from './score';
import type {
  Assessment,
  Exemption,
  RuleSetId,
  TermAssessments,
  TermAssessmentsTT22,
  TermAssessmentsTT58_2011,
  TermKey,
} from './types';

export interface SubjectState {
  plan: SubjectPlan;
  term: { '1': Value | null; '2': Value | null };
  year: Value | null;
  missing: string[];
  exempt: Exemption | null;
  /** Whether the subject enters the HK I, HK II and year classification. */
  counts: { '1': boolean; '2': boolean; year: boolean };
}

interface Tally {
  taken: number;
  /** Sum of tenths (scored) or number of Đ (comment). */
  sum: number;
}

function tally(list: readonly Assessment[] | null | undefined, comment: boolean): Tally {
  let taken = 0;
  let sum = 0;
  for (const a of list ?? []) {
    if (a === null || a === undefined) continue;
    taken++;
    if (comment) sum += a === 'Đ' ? 1 : 0;
    else sum += toTenths(a as number);
  }
  return { taken, sum };
}

const present = (a: Assessment | undefined): a is NonNullable<Assessment> =>
  a !== null && a !== undefined;

/** Comment-subject rule: TT22 every assessment Đ; TT58 at least 2/3 Đ including the semester test. */
function commentMark(ruleSet: RuleSetId, passed: number, total: number, last: Assessment): Value {
  if (ruleSet === 'TT22') return passed === total ? 'Đ' : 'CĐ'; // TT22 Điều 9.1.a
  return last === 'Đ' && 3 * passed >= 2 * total ? 'Đ' : 'CĐ'; // TT58 Điều 10.4
}

function termTT22(
  ruleSet: RuleSetId,
  p: SubjectPlan,
  a: TermAssessmentsTT22 | null | undefined,
  t: TermKey,
  missing: string[],
): Value | null {
  const regular = tally(a?.regular, p.comment);
  const mid = a?.midterm;
  const fin = a?.final;
  const before = missing.length;
  if (regular.taken < p.regular) missing.push(`${t}.regular`);
  if (!present(mid)) missing.push(`${t}.midterm`);
  if (!present(fin)) missing.push(`${t}.final`);
  if (missing.length > before || !present(mid) || !present(fin)) return null;
  if (p.comment) {
    const passed = regular.sum + (mid === 'Đ' ? 1 : 0) + (fin === 'Đ' ? 1 : 0);
    return commentMark(ruleSet, passed, regular.taken + 2, fin);
  }
  // TT22 Điều 9.1.b: ĐTBmhk = (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (nĐĐGtx + 5)
  const numerator = regular.sum + 2 * toTenths(mid as number) + 3 * toTenths(fin as number);
  return divideHalfUp(numerator, regular.taken + 5);
}

function termTT58_2011(
  p: SubjectPlan,
  a: TermAssessmentsTT58_2011 | null | undefined,
  t: TermKey,
  missing: string[],
): Value | null {
  const c1 = tally(a?.coef1, p.comment);
  const c2 = tally(a?.coef2, p.comment);
  const exam = a?.exam;
  const before = missing.length;
  if (c1.taken < p.regular) missing.push(`${t}.coef1`);
  if (c2.taken < p.periodTests) missing.push(`${t}.coef2`);
  if (!present(exam)) missing.push(`${t}.exam`);
  if (missing.length > before || !present(exam)) return null;
  if (p.comment) {
    const passed = c1.sum + c2.sum + (exam === 'Đ' ? 1 : 0);
    return commentMark('TT58_2011', passed, c1.taken + c2.taken + 1, exam);
  }
  // TT58 Điều 13.2: ĐTBmhk = (ΣKTtx + 2·ΣKTđk + 3·KThk) / (nKTtx + 2·nKTđk + 3)
  const numerator = c1.sum + 2 * c2.sum + 3 * toTenths(exam as number);
  return divideHalfUp(numerator, c1.taken + 2 * c2.taken + 3);
}

/** Year result from the rounded term results (TT22 Điều 9.1.b; TT58 Điều 10–11). */
function yearValue(
  p: SubjectPlan,
  t1: Value | null,
  t2: Value | null,
  active: { '1': boolean; '2': boolean },
): Value | null {
  if (active['1'] && active['2']) {
    // Comment subject: the year result is the HK II result.
    if (p.comment) return t2;
    if (t1 === null || t2 === null) return null;
    return divideHalfUp((t1 as number) + 2 * (t2 as number), 3); // (ĐTBmhkI + 2·ĐTBmhkII) / 3
  }
  // Policy: a subject taught (or, TT58, not exempted) in one term only takes that term's result.
  if (active['1']) return t1;
  if (active['2']) return t2;
  return null;
}

export function subjectState(
  ruleSet: RuleSetId,
  p: SubjectPlan,
  byTerm: { '1': TermAssessments | null | undefined; '2': TermAssessments | null | undefined },
  exempt: Exemption | null,
): SubjectState {
  // TT58 Điều 6: an exemption takes the subject out for that term or the year. TT22 Điều 10
  // exempts only the practical part: the subject keeps its full set of results.
  const tt58Exempt = ruleSet === 'TT22' ? null : exempt;
  const active = {
    '1': p.taught['1'] && tt58Exempt !== 'year' && tt58Exempt !== '1',
    '2': p.taught['2'] && tt58Exempt !== 'year' && tt58Exempt !== '2',
  };
  const missing: string[] = [];
  const term = { '1': null as Value | null, '2': null as Value | null };
  for (const t of ['1', '2'] as const) {
    if (!active[t]) continue;
    term[t] =
      ruleSet === 'TT58_2011'
        ? termTT58_2011(p, byTerm[t] as TermAssessmentsTT58_2011 | undefined, t, missing)
        : termTT22(ruleSet, p, byTerm[t] as TermAssessmentsTT22 | undefined, t, missing);
  }
  return {
    plan: p,
    term,
    year: yearValue(p, term['1'], term['2'], active),
    missing,
    exempt,
    counts: { '1': active['1'], '2': active['2'], year: active['1'] || active['2'] },
  };
}
