// Serialises a GradeOutput as the issue shows it: every number with one decimal (8.0, not 8).
// Every number in the output is a score or an average in tenths, so one decimal is exact.
import type { GradeOutput } from './types';

function write(value: unknown, indent: string, step: string): string {
  if (typeof value === 'number') return value.toFixed(1);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = indent + step;
  const nl = step === '' ? '' : '\n';
  const sep = step === '' ? ':' : ': ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => inner + write(v, inner, step));
    return `[${nl}${items.join(`,${nl}`)}${nl}${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const items = entries.map(
    ([k, v]) => `${inner}${JSON.stringify(k)}${sep}${write(v, inner, step)}`,
  );
  return `{${nl}${items.join(`,${nl}`)}${nl}${indent}}`;
}

/** JSON text of the output, numbers with one decimal; `indent` 0 gives one line. */
export function outputToJson(output: GradeOutput, indent = 2): string {
  return write(output, '', ' '.repeat(indent));
}
