// The rules engine's public API: grade a class (or a school) under TT22, TT58 (TT26) or TT58_2011.
export type * from './types';
export { formatScore, formatTenths, parseScore, divideHalfUp } from './score';
export type { ParsedScore, Tenths } from './score';
export { grade } from './grade';
export { validateGradeInput } from './validate';
export type { ValidationResult } from './validate';
export { outputToJson } from './json';
export { requiredRegular as requiredRegularCount } from './plan';
