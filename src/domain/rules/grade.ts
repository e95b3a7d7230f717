// grade(): every student of the input, in input order, under the input's rule set.
import type { GradeInput, GradeOutput } from './types';

export function grade(input: GradeInput): GradeOutput {
  throw new Error(`grade: not implemented yet (${input.ruleSet})`);
}
