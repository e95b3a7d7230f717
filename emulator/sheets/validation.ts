// Data validation: rule checks for user input (script and API writes are not checked).
// Doc: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import type { CellValue, ValidationRuleModel } from './model';

export function isValid(rule: ValidationRuleModel, value: CellValue | ''): boolean {
  if (value === '') return true; // clearing a cell is always allowed
  const [a, b] = rule.values;
  switch (rule.kind) {
    case 'NUMBER_BETWEEN':
      return typeof value === 'number' && value >= Number(a) && value <= Number(b);
    case 'NUMBER_GREATER_THAN_EQ':
      return typeof value === 'number' && value >= Number(a);
    case 'NUMBER_LESS_THAN_EQ':
      return typeof value === 'number' && value <= Number(a);
    case 'ONE_OF_LIST':
      return rule.values.some((v) => String(v) === displayForList(value));
    case 'TEXT_EQ':
      return String(value) === String(a);
    case 'CHECKBOX':
      return typeof value === 'boolean';
  }
}

function displayForList(value: CellValue): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** The message shown when input is rejected: the rule's help text, else a default (Assumption, README). */
export function rejectionMessage(rule: ValidationRuleModel, a1: string): string {
  if (rule.helpText) return rule.helpText;
  const [a, b] = rule.values;
  switch (rule.kind) {
    case 'NUMBER_BETWEEN':
      return `Input must be a number between ${a} and ${b}. (${a1})`;
    case 'ONE_OF_LIST':
      return `Input must fall within specified range. (${a1})`;
    default:
      return `Input must satisfy the data validation rule. (${a1})`;
  }
}
