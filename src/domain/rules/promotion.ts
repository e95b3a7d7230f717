// Promotion (TT22 Điều 12–14; TT58 Điều 15–17): the decision before summer, and after the summer
// re-assessment / re-test and summer conduct training when their results are supplied.
import type { Classified, Classifier, Graded, Value } from './model';
import { isScored } from './model';
import { conductRank } from './conduct';
import { reasons } from './messages';
import { toTenths, type Tenths } from './score';
import type { AcademicLevel, Absences, ConductLevel, Mark, Promotion, RuleSetId } from './types';

export interface PromotionInput {
  ruleSet: RuleSetId;
  conduct: ConductLevel | null;
  academic: Classified | null;
  /** The year results that entered the classification. */
  entries: readonly Graded[];
  absences: Absences | null | undefined;
  reassessment: Record<string, number | Mark | null> | null | undefined;
  summerConduct: ConductLevel | null | undefined;
  classify: Classifier;
}

export interface PromotionResult {
  promotion: Promotion | null;
  promotionAfterSummer: Promotion | null;
  academicAfterReassessment: AcademicLevel | null;
  averageAfterReassessment: Tenths | null;
  conductAfterSummer: ConductLevel | null;
  /** Subject id → the re-assessed year result that replaced the original. */
  reassessed: Map<string, Value>;
  reasons: string[];
}

const MAX_ABSENCES = 45;

const ARTICLES = {
  TT22: {
    promoted: 'TT22 Điều 12.1',
    absences: 'TT22 Điều 12.2',
    summer: 'TT22 Điều 13',
    retest: 'TT22 Điều 14',
  },
  TT58: {
    promoted: 'TT58 Điều 15.1',
    absences: 'TT58 Điều 15.2',
    summer: 'TT58 Điều 17',
    retest: 'TT58 Điều 16',
  },
} as const;

/** TT22: Đạt or better (rank ≥ 1) for both; TT58: hạnh kiểm ≥ Trung bình, học lực ≥ Trung bình. */
const academicPasses = (ruleSet: RuleSetId, rank: number) => rank >= (ruleSet === 'TT22' ? 1 : 2);
const conductPasses = (ruleSet: RuleSetId, level: ConductLevel) => conductRank(ruleSet, level) >= 1;

function before(input: PromotionInput, why: string[]): Promotion | null {
  const { ruleSet, conduct, academic, absences } = input;
  const art = ARTICLES[ruleSet === 'TT22' ? 'TT22' : 'TT58'];
  const total = absences ? absences.excused + absences.unexcused : null;
  if (total !== null && total > MAX_ABSENCES) {
    why.push(reasons.absencesOver(total, art.absences));
    return 'not-promoted';
  }
  if (total === null) why.push(reasons.noAbsences());
  if (conduct === null || academic === null || total === null) return null;
  why.push(reasons.absencesOk(total));
  const cPass = conductPasses(ruleSet, conduct);
  const aPass = academicPasses(ruleSet, academic.rank);
  if (cPass && aPass) {
    why.push(reasons.promoted(art.promoted));
    return 'promoted';
  }
  if (ruleSet !== 'TT22') {
    // TT58 Điều 15.2: học lực Kém, or học lực and hạnh kiểm both Yếu.
    if (academic.rank === 0) {
      why.push(reasons.notPromoted(`học lực ${academic.level}`));
      return 'not-promoted';
    }
    if (!cPass && !aPass) {
      why.push(reasons.notPromoted(`học lực ${academic.level} và hạnh kiểm ${conduct}`));
      return 'not-promoted';
    }
  }
  if (!cPass) {
    why.push(reasons.summerTraining(art.summer));
    // Policy (TT22): a result Chưa đạt is re-assessed once the conduct passes (Điều 14).
    if (!aPass) why.push(reasons.thenReassessment(eligible(input.entries), art.retest));
    return 'summer-training';
  }
  why.push(reasons.reassessment(eligible(input.entries), art.retest));
  return 'reassessment';
}

/** Subjects that may be re-assessed: CĐ or a year average under 5,0 (TT22 Điều 14; TT58 Điều 16). */
function eligible(entries: readonly Graded[]): Graded[] {
  return entries.filter((e) => e.value === 'CĐ' || (isScored(e.value) && e.value < 50));
}

function reassess(input: PromotionInput, out: PromotionResult, why: string[]): Promotion | null {
  const { ruleSet, reassessment } = input;
  const candidates = eligible(input.entries);
  const given = candidates.filter((e) => (reassessment?.[e.id] ?? null) !== null);
  // TT22 re-assesses every such subject; under TT58 the student chooses some of them.
  const waiting = ruleSet === 'TT22' ? candidates.filter((e) => !given.includes(e)) : [];
  if (given.length === 0 || waiting.length > 0) {
    why.push(reasons.waitingReassessment(waiting.length > 0 ? waiting : candidates));
    return null;
  }
  for (const e of given) {
    const r = reassessment![e.id]!;
    out.reassessed.set(e.id, typeof r === 'number' ? toTenths(r) : r);
  }
  const after = input.entries.map((e) => {
    const v = out.reassessed.get(e.id);
    return v === undefined ? e : { ...e, value: v };
  });
  const result = input.classify(after);
  out.academicAfterReassessment = result.level;
  out.averageAfterReassessment = result.average;
  why.push(reasons.afterReassessment(result.level, result.average));
  if (result.adjustedFrom !== null) why.push(...result.reasons.slice(-1));
  return academicPasses(ruleSet, result.rank) ? 'promoted' : 'not-promoted';
}

export function decidePromotion(input: PromotionInput): PromotionResult {
  const why: string[] = [];
  const out: PromotionResult = {
    promotion: null,
    promotionAfterSummer: null,
    academicAfterReassessment: null,
    averageAfterReassessment: null,
    conductAfterSummer: null,
    reassessed: new Map(),
    reasons: why,
  };
  out.promotion = before(input, why);
  const { ruleSet, summerConduct } = input;
  let needsRetest = out.promotion === 'reassessment';
  const retestPossible =
    needsRetest ||
    (out.promotion === 'summer-training' && !academicPasses(ruleSet, input.academic!.rank));
  if (out.promotion === 'summer-training') {
    if (summerConduct === null || summerConduct === undefined) {
      why.push(reasons.waitingSummerConduct());
    } else {
      out.conductAfterSummer = summerConduct;
      why.push(reasons.afterSummerConduct(summerConduct));
      if (!conductPasses(ruleSet, summerConduct)) {
        out.promotionAfterSummer = 'not-promoted';
      } else if (academicPasses(ruleSet, input.academic!.rank)) {
        out.promotionAfterSummer = 'promoted';
      } else {
        // Policy (TT22): conduct Chưa đạt and result Chưa đạt → summer training first; once the
        // conduct passes, the re-assessment of Điều 14 decides.
        needsRetest = true;
      }
    }
  } else if (out.promotion !== null && summerConduct !== null && summerConduct !== undefined) {
    why.push(reasons.summerIgnored());
  }
  if (needsRetest) out.promotionAfterSummer = reassess(input, out, why);
  if (out.promotion === null) return out;
  for (const id of Object.keys(input.reassessment ?? {})) {
    if ((input.reassessment?.[id] ?? null) === null || out.reassessed.has(id)) continue;
    const subject = input.entries.find((e) => e.id === id);
    if (!retestPossible || !subject || !eligible(input.entries).includes(subject)) {
      why.push(reasons.reassessmentIgnored(subject?.name ?? id));
    }
  }
  return out;
}
