// Internal shapes shared by the engine's modules (not part of the public contract).
import type { AcademicLevel, Mark } from './types';
import type { Tenths } from './score';

/** A subject's result as the classification sees it: tenths for scored subjects, Đ/CĐ otherwise. */
export type Value = Tenths | Mark;

/** One subject entering a term or year classification. */
export interface Graded {
  id: string;
  name: string;
  key: boolean;
  specialised: boolean;
  value: Value;
}

/** A decided học lực / kết quả học tập, with the adjustment and the reasons. */
export interface Classified {
  level: AcademicLevel;
  /** Position in the rule set's order, 0 = lowest. */
  rank: number;
  adjustedFrom: AcademicLevel | null;
  adjustedBy: Graded | null;
  /** TT58 all-subject average in tenths; null under TT22. */
  average: Tenths | null;
  reasons: string[];
}

export type Classifier = (entries: readonly Graded[]) => Classified;

export function isScored(value: Value): value is Tenths {
  return typeof value === 'number';
}
