// Year conduct: TT22 derives kết quả rèn luyện from both terms (Điều 8.2); TT58 hạnh kiểm cả năm
// is the GVCN's decision "mainly based on HK II", so an entry is accepted and HK II is the default.
import { reasons } from './messages';
import type { ConductInput, ConductLevel, ConductLevelTT22, RuleSetId } from './types';

export const TT22_CONDUCT: readonly ConductLevelTT22[] = ['Chưa đạt', 'Đạt', 'Khá', 'Tốt'];
export const TT58_CONDUCT: readonly ConductLevel[] = ['Yếu', 'Trung bình', 'Khá', 'Tốt'];

/** TT22 Điều 8.2: rows HK II, columns HK I. */
const TT22_YEAR: Record<ConductLevelTT22, Record<ConductLevelTT22, ConductLevelTT22>> = {
  Tốt: { Tốt: 'Tốt', Khá: 'Tốt', Đạt: 'Khá', 'Chưa đạt': 'Khá' },
  Khá: { Tốt: 'Khá', Khá: 'Khá', Đạt: 'Khá', 'Chưa đạt': 'Đạt' },
  Đạt: { Tốt: 'Khá', Khá: 'Đạt', Đạt: 'Đạt', 'Chưa đạt': 'Đạt' },
  'Chưa đạt': { Tốt: 'Chưa đạt', Khá: 'Chưa đạt', Đạt: 'Chưa đạt', 'Chưa đạt': 'Chưa đạt' },
};

export function conductYearTT22(
  term1: ConductLevelTT22,
  term2: ConductLevelTT22,
): ConductLevelTT22 {
  return TT22_YEAR[term2][term1];
}

export function conductOrder(ruleSet: RuleSetId): readonly ConductLevel[] {
  return ruleSet === 'TT22' ? TT22_CONDUCT : TT58_CONDUCT;
}

/** Position in the rule set's conduct order, 0 = lowest. */
export function conductRank(ruleSet: RuleSetId, level: ConductLevel): number {
  return conductOrder(ruleSet).indexOf(level);
}

export function yearConduct(
  ruleSet: RuleSetId,
  conduct: ConductInput | null | undefined,
): { level: ConductLevel | null; reasons: string[] } {
  const c1 = conduct?.['1'] ?? null;
  const c2 = conduct?.['2'] ?? null;
  if (ruleSet === 'TT22') {
    const missing = [c1 === null ? 'HK I' : null, c2 === null ? 'HK II' : null].filter(
      (x) => x !== null,
    );
    if (c1 === null || c2 === null) {
      return {
        level: null,
        reasons: [reasons.noConduct(`kết quả rèn luyện ${missing.join(', ')}`)],
      };
    }
    const level = conductYearTT22(c1 as ConductLevelTT22, c2 as ConductLevelTT22);
    return { level, reasons: [reasons.conductYearTT22(level, c1, c2)] };
  }
  const given = conduct?.year ?? null;
  if (given !== null) return { level: given, reasons: [reasons.conductYearTT58Given(given)] };
  if (c2 === null)
    return { level: null, reasons: [reasons.noConduct('hạnh kiểm cả năm (hoặc HK II)')] };
  return { level: c2, reasons: [reasons.conductYearTT58FromTerm2(c2)] };
}
