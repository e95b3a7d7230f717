// Sheets API GridData for spreadsheets.get with includeGridData (or fields naming sheets.data):
// userEnteredValue, effectiveValue, formattedValue, number format, validation and note per cell.
// Doc: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#CellData
import type { Json } from './api-json';
import { resolveApiRange } from './api-values';
import { displayValue, serialOf } from './locale';
import type { CellModel, Rect, SheetModel, SpreadsheetModel, ValidationRuleModel } from './model';
import { key, lastRowCol } from './model';

const CONDITION: Record<ValidationRuleModel['kind'], string> = {
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  ONE_OF_LIST: 'ONE_OF_LIST',
  TEXT_EQ: 'TEXT_EQ',
  NUMBER_GREATER_THAN_EQ: 'NUMBER_GREATER_THAN_EQ',
  NUMBER_LESS_THAN_EQ: 'NUMBER_LESS_THAN_EQ',
  CHECKBOX: 'BOOLEAN',
};

function extendedValue(value: CellModel['value'], timeZone: string): Json | undefined {
  if (value === '') return undefined;
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (value instanceof Date) return { numberValue: serialOf(value, timeZone) };
  return { stringValue: value };
}

function cellData(model: SpreadsheetModel, cell: CellModel | undefined): Json {
  if (!cell) return {};
  const out: Json = {};
  const effective = extendedValue(cell.value, model.timeZone);
  const entered = cell.formula ? { formulaValue: cell.formula } : effective;
  if (entered) out.userEnteredValue = entered;
  if (effective) {
    out.effectiveValue = effective;
    out.formattedValue = displayValue(cell.value, cell.numberFormat, model.locale, model.timeZone);
  }
  if (cell.numberFormat || cell.format) {
    const fmt: Json = { ...(cell.format ?? {}) };
    if (cell.numberFormat) fmt.numberFormat = { type: 'NUMBER', pattern: cell.numberFormat };
    out.userEnteredFormat = fmt;
  }
  if (cell.validation) {
    const v = cell.validation;
    const rule: Json = {
      condition: {
        type: CONDITION[v.kind],
        values: v.values.map((x) => ({ userEnteredValue: String(x) })),
      },
    };
    if (v.strict) rule.strict = true;
    if (v.helpText) rule.inputMessage = v.helpText;
    if (v.showCustomUi) rule.showCustomUi = true;
    out.dataValidation = rule;
  }
  if (cell.note) out.note = cell.note;
  return out;
}

function gridData(model: SpreadsheetModel, sheet: SheetModel, rect: Rect): Json {
  const rowData: Json[] = [];
  for (let r = rect.r0; r < rect.r1; r++) {
    const values: Json[] = [];
    for (let c = rect.c0; c < rect.c1; c++)
      values.push(cellData(model, sheet.cells.get(key(r, c))));
    rowData.push({ values });
  }
  return { startRow: rect.r0, startColumn: rect.c0, rowData };
}

/** Adds sheets[].data: one GridData per requested range, or the used area of every tab. */
export function addGridData(
  model: SpreadsheetModel,
  json: Json,
  ranges: string[] | undefined,
): void {
  for (const entry of json.sheets as Json[]) {
    const sheetId = Number((entry.properties as Json).sheetId);
    const sheet = model.sheets.find((s) => s.sheetId === sheetId);
    if (!sheet) continue;
    const rects = ranges
      ? ranges
          .map((r) => resolveApiRange(model, r))
          .filter((r) => r.sheet === sheet)
          .map((r) => r.rect)
      : [{ r0: 0, c0: 0, r1: lastRowCol(sheet).row, c1: lastRowCol(sheet).col }];
    entry.data = rects.map((rect) => gridData(model, sheet, rect));
  }
}
