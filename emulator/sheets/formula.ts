// Formulas: the add-on computes its values itself, so no spreadsheet function is evaluated yet.
// A formula written through any path throws, naming the function, so a gap cannot pass silently.
import { NotImplementedError } from '../core/workspace';
import type { CellValue } from './model';

export function evaluateFormula(formula: string): CellValue {
  const fn = /^=\s*([A-Za-z][A-Za-z0-9_.]*)\s*\(/.exec(formula);
  if (fn) throw new NotImplementedError(`formula function ${fn[1]?.toUpperCase()}`);
  throw new NotImplementedError(`formula ${formula}`);
}

export function isFormulaText(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('=') && value.length > 1;
}
