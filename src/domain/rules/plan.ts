// Per-subject facts derived once per grade() call: required assessment counts, terms taught.
import type { RuleSetId, SubjectInput } from './types';

export interface SubjectPlan {
  id: string;
  name: string;
  comment: boolean;
  key: boolean;
  specialised: boolean;
  /** Taught in HK I / HK II (policy: a one-term subject takes that term's result for the year). */
  taught: { '1': boolean; '2': boolean };
  /** Required regular assessments (ĐĐGtx, or TT58_2011 coefficient-1 tests) per term. */
  regular: number;
  /** TT58_2011: required coefficient-2 (period) tests per term. */
  periodTests: number;
}

/**
 * Required regular assessments per term.
 * TT22 Điều 6.2.b (and TT58 as amended by TT26): ≤ 35 periods a year → 2, 36–70 → 3, > 70 → 4;
 * comment subjects 2 (TT22 Điều 6.2.a; policy: the same for TT26, as the task states).
 * TT58_2011 Điều 7: ≤ 1 period a week → 2, more than 1 and under 3 → 3, 3 or more → 4.
 * A school-set `regularCount` wins.
 */
export function requiredRegular(ruleSet: RuleSetId, subject: SubjectInput): number {
  if (subject.regularCount !== undefined) return subject.regularCount;
  if (ruleSet === 'TT58_2011') {
    const perWeek = subject.periodsPerWeek ?? 0;
    if (perWeek <= 1) return 2;
    return perWeek < 3 ? 3 : 4;
  }
  if (subject.kind === 'comment') return 2;
  const perYear = subject.periodsPerYear ?? 0;
  if (perYear <= 35) return 2;
  return perYear <= 70 ? 3 : 4;
}

export function planSubjects(ruleSet: RuleSetId, subjects: readonly SubjectInput[]): SubjectPlan[] {
  return subjects.map((s) => {
    const terms = s.terms ?? [1, 2];
    return {
      id: s.id,
      name: s.name,
      comment: s.kind === 'comment',
      key: s.key === true,
      specialised: s.specialised === true,
      taught: { '1': terms.includes(1), '2': terms.includes(2) },
      regular: requiredRegular(ruleSet, s),
      // TT58_2011: the number of period tests comes from the programme; policy default 1.
      periodTests: s.periodTestCount ?? 1,
    };
  });
}
