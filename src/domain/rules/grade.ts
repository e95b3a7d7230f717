// grade(): every student of the input, in input order, under the input's rule set.
// The input is trusted; untrusted JSON goes through validateGradeInput first.
import { classifyTT22 } from './classify-tt22';
import { makeClassifierTT58 } from './classify-tt58';
import type { Classifier } from './model';
import { planSubjects } from './plan';
import { gradeStudent, type Engine } from './student';
import type { GradeInput, GradeOutput, RuleSetId } from './types';

function classifierFor(ruleSet: RuleSetId): Classifier {
  if (ruleSet === 'TT22') return classifyTT22;
  return makeClassifierTT58(ruleSet === 'TT58' ? 'TT58/TT26' : 'TT58');
}

export function grade(input: GradeInput): GradeOutput {
  const engine: Engine = {
    ruleSet: input.ruleSet,
    subjects: planSubjects(input.ruleSet, input.subjects),
    classify: classifierFor(input.ruleSet),
  };
  return { students: input.students.map((s) => gradeStudent(engine, s)) };
}
