// batchUpdate requests on cells: updateCells, repeatCell, mergeCells, setDataValidation, sortRange.
// Doc: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request

import { NotImplementedError } from '../core/workspace';
import type { Json } from './api-json';
import { evaluateFormula } from './formula';
import type { CellModel, GridRange, SheetModel, ValidationRuleModel } from './model';
import { ensureCell, key, rectOf, setValueAt } from './model';
import { sortRows } from './structure';
import { type Handler, sheetOf, gridOf, writable, fieldSet, forEachCell } from './api-grid';

/** Applies one CellData under the field mask. */
export function applyCellData(
  cell: CellModel | undefined,
  sheet: SheetModel,
  r: number,
  c: number,
  data: Json,
  has: (n: string) => boolean,
): void {
  if (has('userEnteredValue')) {
    const v = (data.userEnteredValue ?? {}) as Json;
    if (v.formulaValue !== undefined) {
      const formula = String(v.formulaValue);
      setValueAt(sheet, r, c, evaluateFormula(formula), formula);
    } else if (v.numberValue !== undefined) setValueAt(sheet, r, c, Number(v.numberValue));
    else if (v.boolValue !== undefined) setValueAt(sheet, r, c, Boolean(v.boolValue));
    else if (v.stringValue !== undefined) setValueAt(sheet, r, c, String(v.stringValue));
    else setValueAt(sheet, r, c, '');
  }
  if (has('userEnteredFormat')) {
    const target = ensureCell(sheet, r, c);
    const fmt = data.userEnteredFormat as Json | undefined;
    const pattern = (fmt?.numberFormat as Json | undefined)?.pattern;
    if (pattern !== undefined) target.numberFormat = String(pattern);
    else if (!fmt) delete target.numberFormat;
    const rest = { ...(fmt ?? {}) };
    delete rest.numberFormat;
    if (Object.keys(rest).length) target.format = { ...(target.format ?? {}), ...rest };
    else if (!fmt) delete target.format;
  }
  if (has('dataValidation')) {
    const target = ensureCell(sheet, r, c);
    const rule = data.dataValidation ? validationFromApi(data.dataValidation as Json) : undefined;
    if (rule) target.validation = rule;
    else delete target.validation;
  }
  if (has('note')) {
    const target = ensureCell(sheet, r, c);
    if (data.note) target.note = String(data.note);
    else delete target.note;
  }
  void cell;
}

export function validationFromApi(rule: Json): ValidationRuleModel {
  const condition = (rule.condition ?? {}) as Json;
  const values = ((condition.values ?? []) as Json[]).map((v) => String(v.userEnteredValue ?? ''));
  const type = String(condition.type);
  const kinds: Record<string, ValidationRuleModel['kind']> = {
    NUMBER_BETWEEN: 'NUMBER_BETWEEN',
    ONE_OF_LIST: 'ONE_OF_LIST',
    TEXT_EQ: 'TEXT_EQ',
    NUMBER_GREATER_THAN_EQ: 'NUMBER_GREATER_THAN_EQ',
    NUMBER_LESS_THAN_EQ: 'NUMBER_LESS_THAN_EQ',
    BOOLEAN: 'CHECKBOX',
  };
  const kind = kinds[type];
  if (!kind) throw new NotImplementedError(`Sheets data validation condition ${type}`);
  const numeric = kind.startsWith('NUMBER');
  return {
    kind,
    values: numeric ? values.map((v) => Number(v.replace(',', '.'))) : values,
    strict: Boolean(rule.strict),
    helpText: String(rule.inputMessage ?? ''),
    showCustomUi: Boolean(rule.showCustomUi),
  };
}

export const CELL_REQUESTS: Record<string, Handler> = {
  updateCells(ctx, body) {
    const rows = (body.rows ?? []) as Json[];
    const has = fieldSet(body.fields);
    let range: GridRange;
    if (body.start) {
      const start = body.start as Json;
      const r0 = Number(start.rowIndex ?? 0);
      const c0 = Number(start.columnIndex ?? 0);
      const width = Math.max(1, ...rows.map((r) => ((r.values ?? []) as Json[]).length));
      range = {
        sheetId: Number(start.sheetId ?? 0),
        startRowIndex: r0,
        endRowIndex: r0 + Math.max(1, rows.length),
        startColumnIndex: c0,
        endColumnIndex: c0 + width,
      };
    } else range = gridOf(body.range);
    const sheet = sheetOf(ctx, range.sheetId);
    writable(ctx, sheet, range);
    const rect = rectOf(range, sheet);
    rows.forEach((row, i) =>
      ((row.values ?? []) as Json[]).forEach((data, j) => {
        const r = rect.r0 + i;
        const c = rect.c0 + j;
        if (r < rect.r1 && c < rect.c1)
          applyCellData(sheet.cells.get(key(r, c)), sheet, r, c, data, has);
      }),
    );
    return undefined;
  },
  repeatCell(ctx, body) {
    const range = gridOf(body.range);
    const sheet = sheetOf(ctx, range.sheetId);
    writable(ctx, sheet, range);
    const has = fieldSet(body.fields);
    const data = (body.cell ?? {}) as Json;
    forEachCell(sheet, range, (r, c) =>
      applyCellData(sheet.cells.get(key(r, c)), sheet, r, c, data, has),
    );
    return undefined;
  },
  mergeCells(ctx, body) {
    const range = gridOf(body.range);
    const sheet = sheetOf(ctx, range.sheetId);
    writable(ctx, sheet, range);
    if (body.mergeType && body.mergeType !== 'MERGE_ALL')
      throw new NotImplementedError(`Sheets mergeCells mergeType ${String(body.mergeType)}`);
    sheet.merges.push(range);
    return undefined;
  },
  setDataValidation(ctx, body) {
    const range = gridOf(body.range);
    const sheet = sheetOf(ctx, range.sheetId);
    writable(ctx, sheet, range);
    const rule = body.rule ? validationFromApi(body.rule as Json) : undefined;
    forEachCell(sheet, range, (r, c) => {
      const cell = ensureCell(sheet, r, c);
      if (rule) cell.validation = { ...rule, values: [...rule.values] };
      else delete cell.validation;
    });
    return undefined;
  },
  sortRange(ctx, body) {
    const range = gridOf(body.range);
    const sheet = sheetOf(ctx, range.sheetId);
    writable(ctx, sheet, range);
    const rect = rectOf(range, sheet);
    const specs = ((body.sortSpecs ?? []) as Json[]).map((s) => ({
      column: Number(s.dimensionIndex ?? 0),
      ascending: s.sortOrder !== 'DESCENDING',
    }));
    sortRows(sheet, rect.r0, rect.r1, rect.c0, rect.c1, specs);
    return undefined;
  },
};
