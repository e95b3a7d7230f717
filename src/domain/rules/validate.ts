// Validation of untrusted JSON into a GradeInput, with Vietnamese messages naming the field.
import type { GradeInput } from './types';

export type ValidationResult = { ok: true; input: GradeInput } | { ok: false; errors: string[] };

export function validateGradeInput(json: unknown): ValidationResult {
  return { ok: false, errors: [`chưa hỗ trợ: ${typeof json}`] };
}
