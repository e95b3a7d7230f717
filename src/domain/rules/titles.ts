// Titles: TT22 Điều 15.1.a (year only: Xuất sắc, Giỏi); TT58 Điều 18 (term and year: Giỏi, Tiên tiến).
import type { Graded } from './model';
import { isScored } from './model';
import { reasons } from './messages';
import type { AcademicLevel, ConductLevel, RuleSetId, Title } from './types';

export function titleOf(
  ruleSet: RuleSetId,
  scope: 'term' | 'year',
  academic: AcademicLevel | null,
  conduct: ConductLevel | null,
  entries: readonly Graded[],
): { title: Title | null; reason: string | null } {
  if (academic === null || conduct === null) return { title: null, reason: null };
  if (ruleSet === 'TT22') {
    // No titles per term under TT22.
    if (scope === 'term' || academic !== 'Tốt' || conduct !== 'Tốt')
      return { title: null, reason: null };
    const n90 = entries.filter((e) => isScored(e.value) && e.value >= 90).length;
    return n90 >= 6
      ? { title: 'Học sinh Xuất sắc', reason: reasons.titleExcellent(n90) }
      : { title: 'Học sinh Giỏi', reason: reasons.titleGoodTT22(n90) };
  }
  if (academic === 'Giỏi' && conduct === 'Tốt') {
    return { title: 'Học sinh Giỏi', reason: reasons.titleGoodTT58() };
  }
  if ((academic === 'Giỏi' || academic === 'Khá') && (conduct === 'Tốt' || conduct === 'Khá')) {
    return { title: 'Học sinh Tiên tiến', reason: reasons.titleAdvancedTT58() };
  }
  return { title: null, reason: null };
}
