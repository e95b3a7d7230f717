// One student's full result: subjects, HK I, HK II and the year, under one rule set.
import { yearConduct } from './conduct';
import type { Classified, Classifier, Graded, Value } from './model';
import { compareNames, reasons, TERM_NAME } from './messages';
import type { SubjectPlan } from './plan';
import { decidePromotion } from './promotion';
import { fromTenths } from './score';
import { subjectState, type SubjectState } from './subject-results';
import { titleOf } from './titles';
import type {
  RuleSetId,
  StudentInput,
  StudentResult,
  SubjectResult,
  SubjectValue,
  TermKey,
  TermResult,
} from './types';

export interface Engine {
  ruleSet: RuleSetId;
  subjects: readonly SubjectPlan[];
  classify: Classifier;
}

const out = (v: Value | null): SubjectValue =>
  v === null || typeof v !== 'number' ? v : fromTenths(v);

/** The subjects entering a classification, or the incomplete ones when some result is missing. */
function entriesFor(
  states: readonly SubjectState[],
  scope: TermKey | 'year',
): { entries: Graded[]; incomplete: SubjectState[] } {
  const entries: Graded[] = [];
  const incomplete: SubjectState[] = [];
  for (const s of states) {
    if (!s.counts[scope]) continue;
    const value = scope === 'year' ? s.year : s.term[scope];
    if (value === null) incomplete.push(s);
    else
      entries.push({
        id: s.plan.id,
        name: s.plan.name,
        key: s.plan.key,
        specialised: s.plan.specialised,
        value,
      });
  }
  return { entries, incomplete };
}

function missingOf(s: SubjectState, scope: TermKey | 'year'): string[] {
  return scope === 'year' ? s.missing : s.missing.filter((m) => m.startsWith(`${scope}.`));
}

function classifyScope(
  engine: Engine,
  states: readonly SubjectState[],
  scope: TermKey | 'year',
): { result: Classified | null; entries: Graded[]; reasons: string[] } {
  const { entries, incomplete } = entriesFor(states, scope);
  if (incomplete.length > 0) {
    const list = incomplete.map((s) => ({ name: s.plan.name, missing: missingOf(s, scope) }));
    return { result: null, entries, reasons: [reasons.incompleteSubjects(list)] };
  }
  const result = engine.classify(entries);
  return { result, entries, reasons: [...result.reasons] };
}

function termResult(
  engine: Engine,
  states: readonly SubjectState[],
  student: StudentInput,
  t: TermKey,
): TermResult {
  const { result, entries, reasons: why } = classifyScope(engine, states, t);
  const conduct = student.conduct?.[t] ?? null;
  if (conduct === null) {
    why.push(
      reasons.noConduct(
        `${engine.ruleSet === 'TT22' ? 'kết quả rèn luyện' : 'hạnh kiểm'} ${TERM_NAME[t]}`,
      ),
    );
  }
  const title = titleOf(engine.ruleSet, 'term', result?.level ?? null, conduct, entries);
  if (title.reason !== null) why.push(title.reason);
  return {
    academic: result?.level ?? null,
    conduct,
    average: result?.average == null ? null : fromTenths(result.average),
    adjustedFrom: result?.adjustedFrom ?? null,
    adjustedBy: result?.adjustedBy?.id ?? null,
    title: title.title,
    complete: result !== null && conduct !== null,
    reasons: why,
  };
}

function exemptionReasons(engine: Engine, states: readonly SubjectState[]): string[] {
  const why: string[] = [];
  const exempted = states.filter((s) => s.exempt !== null);
  exempted.sort((a, b) => compareNames(a.plan.name, b.plan.name));
  for (const s of exempted) {
    if (engine.ruleSet === 'TT22') why.push(reasons.exemptTT22(s.plan.name));
    else if (s.exempt === 'year') why.push(reasons.exemptYear(s.plan.name));
    else if (s.exempt !== null) why.push(reasons.exemptTerm(s.plan.name, TERM_NAME[s.exempt]));
  }
  return why;
}

export function gradeStudent(engine: Engine, student: StudentInput): StudentResult {
  const states = engine.subjects.map((p) =>
    subjectState(
      engine.ruleSet,
      p,
      { '1': student.terms['1']?.[p.id], '2': student.terms['2']?.[p.id] },
      student.exempt?.[p.id] ?? null,
    ),
  );
  const year = classifyScope(engine, states, 'year');
  const conduct = yearConduct(engine.ruleSet, student.conduct);
  const promotion = decidePromotion({
    ruleSet: engine.ruleSet,
    conduct: conduct.level,
    academic: year.result,
    entries: year.entries,
    absences: student.absences,
    reassessment: student.reassessment,
    summerConduct: student.summerConduct,
    classify: engine.classify,
  });
  const title = titleOf(
    engine.ruleSet,
    'year',
    year.result?.level ?? null,
    conduct.level,
    year.entries,
  );
  const subjects: Record<string, SubjectResult> = {};
  for (const s of states) {
    const r: SubjectResult = {
      '1': out(s.term['1']),
      '2': out(s.term['2']),
      year: out(s.year),
      yearAfterReassessment: out(promotion.reassessed.get(s.plan.id) ?? null),
      missing: s.missing,
    };
    if (s.exempt !== null) r.exempt = s.exempt;
    subjects[s.plan.id] = r;
  }
  const yearReasons = [
    ...exemptionReasons(engine, states),
    ...year.reasons,
    ...conduct.reasons,
    ...(title.reason === null ? [] : [title.reason]),
    ...promotion.reasons,
  ];
  const r = year.result;
  return {
    id: student.id,
    subjects,
    terms: {
      '1': termResult(engine, states, student, '1'),
      '2': termResult(engine, states, student, '2'),
    },
    year: {
      academic: r?.level ?? null,
      conduct: conduct.level,
      average: r?.average == null ? null : fromTenths(r.average),
      adjustedFrom: r?.adjustedFrom ?? null,
      adjustedBy: r?.adjustedBy?.id ?? null,
      title: title.title,
      promotion: promotion.promotion,
      promotionAfterSummer: promotion.promotionAfterSummer,
      academicAfterReassessment: promotion.academicAfterReassessment,
      averageAfterReassessment:
        promotion.averageAfterReassessment === null
          ? null
          : fromTenths(promotion.averageAfterReassessment),
      conductAfterSummer: promotion.conductAfterSummer,
      complete: r !== null && conduct.level !== null && promotion.promotion !== null,
      reasons: yearReasons,
    },
  };
}
