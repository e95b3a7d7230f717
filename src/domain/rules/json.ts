// Serialises a GradeOutput as the issue shows it: every number with one decimal (8.0, not 8).
import type { GradeOutput } from './types';

export function outputToJson(output: GradeOutput, indent = 2): string {
  return JSON.stringify(output, null, indent);
}
