// The rules engine's public API: grade students under TT22, TT58 (as amended by TT26) or TT58_2011.
// Rules: shared/domain/assessment-rules.md. Policies chosen where the texts are silent, each also
// commented next to its rule:
// - missing assessments are never zeros: the subject gets no result, `missing` names the gaps and
//   every classification needing it is incomplete (level null), never guessed;
// - a subject taught in one term (or, TT58, exempted for one term) takes that term's result for
//   the year; TT22 exemption (Điều 10) keeps the full set of results;
// - adjustment: leave one subject out of every condition (TT58: the all-subject average stays);
//   exactly one such subject lifting the level to Tốt/Khá (Giỏi/Khá) two or more levels above →
//   one level up; TT58 Giỏi→Kém (not listed) becomes Yếu, as the Khá→Kém row;
// - TT22 conduct and result both Chưa đạt → summer training, then the Điều 14 re-assessment;
// - TT22 re-assessment needs every CĐ / < 5,0 subject; TT58 re-test takes the subjects given;
// - absences missing → promotion undecided; TT58 year hạnh kiểm defaults to HK II;
// - TT58_2011 period tests per term default to 1 (`periodTestCount`); TT26 comment subjects need
//   2 regular assessments, as TT22.
export type * from './types';
export { formatScore, formatTenths, parseScore, divideHalfUp } from './score';
export type { ParsedScore, Tenths } from './score';
export { grade } from './grade';
export { validateGradeInput } from './validate';
export type { ValidationResult } from './validate';
export { outputToJson } from './json';
export { requiredRegular as requiredRegularCount } from './plan';
export { missingName } from './messages';
export { TT22_LEVELS } from './classify-tt22';
export { TT58_LEVELS } from './classify-tt58';
export { TT22_CONDUCT, TT58_CONDUCT, conductYearTT22 } from './conduct';
